/** Human wording for audit actions; unknown actions fall back to the raw code. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "user.signup": "Signed up",
  "user.signed_out_everywhere": "Signed out everywhere",
  "tenant.create": "Created the organization",
  "tenant.update": "Updated organization settings",
  "member.invite": "Invited a member",
  "member.join": "Joined the organization",
  "member.role_change": "Changed a member's role",
  "member.remove": "Removed a member",
  "invitation.resend": "Resent an invitation",
  "invitation.revoke": "Revoked an invitation",
  "configuration.update": "Updated a configuration",
  "configuration.archive": "Archived a configuration",
  "configuration.unarchive": "Unarchived a configuration",
};

/** Prefix filters offered in the audit log's action select. */
export const AUDIT_ACTION_FILTERS: { value: string; label: string }[] = [
  { value: "member.", label: "Members (all)" },
  { value: "invitation.", label: "Invitations (all)" },
  { value: "tenant.", label: "Organization (all)" },
  { value: "user.", label: "Accounts (all)" },
  ...Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label })),
];

export function describeAuditAction(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}
