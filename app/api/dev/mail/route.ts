import { z } from "zod";
import { devRoutesEnabled } from "@/lib/env";
import { listOutboxMessages } from "@/lib/email/outbox";
import { AppError } from "@/lib/http/errors";
import { withPublic } from "@/lib/http/route";

const query = z.strictObject({ to: z.string().max(255).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });

// GET /api/dev/mail — the email outbox as JSON, outside production only (the local mailbox)
export const GET = withPublic({ query }, async ({ query }) => {
  if (!devRoutesEnabled()) throw new AppError("not_found", "Not found");
  return { messages: await listOutboxMessages(query) };
});
