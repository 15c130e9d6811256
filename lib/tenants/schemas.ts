import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";
import { emailSchema, nameSchema } from "@/lib/auth/schemas";
import { singleLineTextSchema } from "@/lib/http/text";
import { ROLES } from "@/lib/rbac/permissions";

export const roleSchema = z.enum(ROLES, { error: "Role must be admin, user or viewer" });

export const updateTenantSchema = z
  .strictObject({
    name: singleLineTextSchema.trim().min(2, "Use at least 2 characters").max(255, "Use at most 255 characters").optional(),
    billingEmail: emailSchema.nullable().optional(),
    // USD; orders above it placed by non-admins wait for an admin's approval. Null: none do.
    procurementApprovalThreshold: z
      .number({ error: "The approval threshold must be an amount in dollars" })
      .min(0, "The approval threshold cannot be negative")
      .max(10_000_000, "The approval threshold can be at most $10,000,000")
      .multipleOf(0.01, "Use at most two decimals (cents)")
      .nullable()
      .optional(),
    // Count the organization's lab results in the anonymised cross-tenant aggregates and the
    // global calibration (its own calibration is private either way).
    shareFeedback: z.boolean({ error: "shareFeedback must be true or false" }).optional(),
  })
  .refine(
    (v) =>
      v.name !== undefined || v.billingEmail !== undefined || v.procurementApprovalThreshold !== undefined || v.shareFeedback !== undefined,
    { message: "Send at least one of name, billingEmail, procurementApprovalThreshold, shareFeedback" },
  );
export type UpdateTenantInput = z.infer<typeof updateTenantSchema>;

export const deleteTenantSchema = z.strictObject({
  confirmName: singleLineTextSchema.min(1, "Type the organization name to confirm"),
});

export const inviteMemberSchema = z.strictObject({ email: emailSchema, role: roleSchema.default("user") });
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const updateMemberSchema = z.strictObject({ role: roleSchema });

export const userIdParamsSchema = z.strictObject({ user_id: z.uuid("Not a valid user id") });

/** Accepting while signed out creates the account from the invited email. */
export const acceptInvitationSchema = z.union([z.strictObject({}), z.strictObject({ name: nameSchema, password: passwordSchema })]);
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
