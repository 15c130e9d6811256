import { listOutboxMessages } from "@/lib/email/outbox";
import { listOutboxSchema } from "@/lib/email/schemas";
import { devRoutesEnabled } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { withPublic } from "@/lib/http/route";

// GET /api/dev/mail — the email outbox as JSON, outside production only (the local mailbox)
export const GET = withPublic({ query: listOutboxSchema }, async ({ query }) => {
  if (!devRoutesEnabled()) throw new AppError("not_found", "Not found");
  return { messages: await listOutboxMessages(query) };
});
