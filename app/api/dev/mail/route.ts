import { canReadLocalMailbox } from "@/lib/email/local-mailbox";
import { listOutboxMessages } from "@/lib/email/outbox";
import { outboxSchema } from "@/lib/email/response-schemas";
import { listOutboxSchema } from "@/lib/email/schemas";
import { AppError } from "@/lib/http/errors";
import { withPublic } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/dev/mail — the email outbox as JSON: local or test mode, from this machine only
export const GET = withPublic({ query: listOutboxSchema, response: outboxSchema }, async ({ req, query }) => {
  if (!canReadLocalMailbox(req.headers)) throw new AppError("not_found", "Not found");
  return { messages: await listOutboxMessages(query) };
});
