import { z } from "zod";
import { SUPPLIERS } from "@/lib/prediction/schemas";

// What the supplier sync endpoints for AeroSpec staff answer; the routes are typed by these.

export const syncRunListSchema = z.object({
  runs: z.array(
    z.object({
      id: z.uuid(),
      supplier: z.enum(SUPPLIERS),
      trigger: z.string(),
      status: z.string(),
      startedAt: z.date(),
      finishedAt: z.date().nullable(),
      pages: z.int(),
      rowsSeen: z.int(),
      rowsChanged: z.int(),
      error: z.string().nullable(),
    }),
  ),
});

export const syncQueuedSchema = z.object({ queued: z.boolean() });
