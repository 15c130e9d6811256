import { handleInvoiceCommission } from "@/lib/billing/commission-invoicing";
import { recalibrateGlobal, recalibrateTenant } from "@/lib/ml/calibration-service";
import { trainCustomModel } from "@/lib/ml/custom-models/training-job";
import {
  handleAutoConfirm,
  handleCancelOrder,
  handleCapture,
  handlePaymentUpdated,
  handlePlaceOrder,
  handlePoll,
} from "@/lib/procurement/fulfilment";
import { syncAllSuppliers } from "@/lib/suppliers/sync";
import { deliverWebhook } from "@/lib/webhooks/deliver";
import type { JobHandlers } from "./worker";

/** Every queue's handler: the modules' background work, in one place for the worker. */
export const JOB_HANDLERS: JobHandlers = {
  "payment.updated": handlePaymentUpdated,
  "billing.invoice_commission": handleInvoiceCommission,
  "procurement.place_order": handlePlaceOrder,
  "procurement.cancel_order": handleCancelOrder,
  "procurement.capture": handleCapture,
  "procurement.poll": handlePoll,
  "procurement.auto_confirm": handleAutoConfirm,
  "suppliers.sync": async ({ trigger }) => void (await syncAllSuppliers(trigger ?? "schedule")),
  "ml.recalibrate": ({ tenantId }) => recalibrateTenant(tenantId),
  "ml.recalibrate_global": async () => void (await recalibrateGlobal()),
  "ml.train_custom_model": (job) => trainCustomModel(job),
  "webhooks.deliver": (job) => deliverWebhook(job),
};
