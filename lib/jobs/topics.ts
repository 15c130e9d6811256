// Every kind of background job, with what it carries. Jobs carry ids, never the data itself:
// the handler reads the current state, so a late or repeated job does the right thing.
export const JOB_TOPICS = [
  "payment.updated",
  "billing.invoice_commission",
  "procurement.place_order",
  "procurement.cancel_order",
  "procurement.capture",
  "procurement.poll",
  "procurement.auto_confirm",
  "suppliers.sync",
  "ml.recalibrate",
  "ml.recalibrate_global",
  "ml.train_custom_model",
  "webhooks.deliver",
] as const;

export type JobTopic = (typeof JOB_TOPICS)[number];

type Payloads = {
  "payment.updated": { tenantId: string; paymentId: string; reference: string };
  "billing.invoice_commission": { tenantId: string; commissionId: string };
  "procurement.place_order": { tenantId: string; procurementId: string };
  "procurement.cancel_order": { tenantId: string; procurementId: string };
  "procurement.capture": { tenantId: string; procurementId: string };
  "procurement.poll": { tenantId: null };
  "procurement.auto_confirm": { tenantId: null };
  "suppliers.sync": { tenantId: null; trigger?: "schedule" | "staff" };
  "ml.recalibrate": { tenantId: string };
  "ml.recalibrate_global": { tenantId: null };
  "ml.train_custom_model": { tenantId: string; modelId: string };
  "webhooks.deliver": { tenantId: string; deliveryId: string };
};

export type JobPayload<T extends JobTopic> = Payloads[T];
