import {
  handleAutoConfirm,
  handleCancelOrder,
  handleCapture,
  handlePaymentUpdated,
  handlePlaceOrder,
  handlePoll,
} from "@/lib/procurement/fulfilment";
import type { JobHandlers } from "./worker";

/** Every queue's handler: the modules' background work, in one place for the worker. */
export const JOB_HANDLERS: JobHandlers = {
  "payment.updated": handlePaymentUpdated,
  "procurement.place_order": handlePlaceOrder,
  "procurement.cancel_order": handleCancelOrder,
  "procurement.capture": handleCapture,
  "procurement.poll": handlePoll,
  "procurement.auto_confirm": handleAutoConfirm,
};
