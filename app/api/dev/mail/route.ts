import { z } from "zod";
import { listOutboxMessages } from "@/lib/email/outbox";
import { canReadLocalMailbox } from "@/lib/email/local-mailbox";
import { AppError } from "@/lib/http/errors";
import { withPublic } from "@/lib/http/route";

const query = z.strictObject({ to: z.string().max(255).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });

// GET /api/dev/mail — the email outbox as JSON: local or test mode, from this machine only
export const GET = withPublic({ query }, async ({ req, query }) => {
  if (!canReadLocalMailbox(req.headers)) throw new AppError("not_found", "Not found");
  return { messages: await listOutboxMessages(query) };
});
