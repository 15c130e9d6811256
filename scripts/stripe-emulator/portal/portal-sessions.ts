import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { CustomerRecord, PortalSessionRecord } from "../core/records";

const CONFIGURATION_ID = newId("bpc");

/** Stores a billing portal session whose page is `<publicUrl>/portal/<id>`. */
export function createPortalSession(ctx: Ctx, customer: CustomerRecord, returnUrl: string | null): PortalSessionRecord {
  const id = newId("bps");
  const session: PortalSessionRecord = {
    id,
    object: "billing_portal.session",
    configuration: CONFIGURATION_ID,
    created: ctx.clock.now(),
    customer: customer.id,
    customer_account: null,
    flow: null,
    livemode: false,
    locale: null,
    on_behalf_of: null,
    return_url: returnUrl,
    url: `${ctx.config.publicUrl}/portal/${id}`,
  };
  ctx.state.portalSessions.set(id, session);
  return session;
}
