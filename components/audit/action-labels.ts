import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/actions";

/** Words for every audit action (a Record, so a new action without a label fails the type check). */
const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "user.signup": "Signed up",
  "user.signed_out_everywhere": "Signed out everywhere",
  "user.profile_update": "Changed their name",
  "user.password_change": "Changed their password",
  "user.session_end": "Signed out another session",
  "user.other_sessions_end": "Signed out their other devices",
  "tenant.create": "Created the organization",
  "tenant.update": "Updated organization settings",
  "member.invite": "Invited a member",
  "member.join": "Joined the organization",
  "member.role_change": "Changed a member's role",
  "member.remove": "Removed a member",
  "invitation.resend": "Resent an invitation",
  "invitation.revoke": "Revoked an invitation",
  "configuration.create": "Created a configuration",
  "configuration.update": "Updated a configuration",
  "configuration.duplicate": "Duplicated a configuration",
  "configuration.share": "Shared a configuration",
  "configuration.unshare": "Stopped sharing a configuration",
  "configuration.export": "Exported configurations",
  "configuration.archive": "Archived a configuration",
  "configuration.unarchive": "Unarchived a configuration",
  "procurement.create": "Started an order",
  "procurement.update": "Changed an order",
  "procurement.quote": "Compared supplier quotes",
  "procurement.cancel": "Cancelled an order",
  "procurement.checkout_start": "Checked out an order",
  "procurement.receive": "Confirmed an order's receipt",
  "procurement.approval_request": "Asked for an order's approval",
  "procurement.approve": "Approved an order",
  "procurement.reject": "Rejected an order",
  "feedback.create": "Recorded a lab result",
  "feedback.update": "Changed a lab result",
  "feedback.delete": "Deleted a lab result",
  "ml.calibration.recalibrate": "Recalibrated the predictions",
  "ml.custom_model.train": "Started training a custom model",
  "ml.custom_model.activate": "Activated a custom model",
  "fluid.create": "Added a custom fluid",
  "fluid.update": "Edited a custom fluid",
  "fluid.archive": "Archived a custom fluid",
  "billing.customer_create": "Set up billing",
  "billing.checkout_start": "Started a checkout",
  "billing.plan_change": "Changed the plan",
  "billing.cancel": "Scheduled cancellation",
  "billing.resume": "Resumed the subscription",
  "billing.enterprise_set": "Moved to an Enterprise agreement",
  "billing.enterprise_end": "Ended the Enterprise agreement",
  "api_key.create": "Created an API key",
  "service_token.create": "Created a service token",
  "service_token.revoke": "Revoked a service token",
  "api_key.revoke": "Revoked an API key",
  "webhook.create": "Added a webhook endpoint",
  "webhook.update": "Changed a webhook endpoint",
  "webhook.delete": "Deleted a webhook endpoint",
  "webhook.rotate_secret": "Rotated a webhook signing secret",
  "webhook.test": "Sent a test webhook event",
  "webhook.redeliver": "Redelivered a webhook event",
  "webhook.disable": "A failing webhook endpoint was disabled",
};

/** Prefix filters offered in the audit log's action select. */
export const AUDIT_ACTION_FILTERS: { value: string; label: string }[] = [
  { value: "member.", label: "Members (all)" },
  { value: "invitation.", label: "Invitations (all)" },
  { value: "tenant.", label: "Organization (all)" },
  { value: "user.", label: "Accounts (all)" },
  { value: "configuration.", label: "Configurations (all)" },
  { value: "fluid.", label: "Fluids (all)" },
  { value: "billing.", label: "Billing (all)" },
  { value: "api_key.", label: "API keys (all)" },
  { value: "webhook.", label: "Webhooks (all)" },
  ...AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })),
];

const isKnown = (action: string): action is AuditAction => Object.hasOwn(AUDIT_ACTION_LABELS, action);

/** The words for an action read back from the log (an action since retired keeps its code). */
export function describeAuditAction(action: string): string {
  return isKnown(action) ? AUDIT_ACTION_LABELS[action] : action;
}
