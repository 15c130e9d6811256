import { z } from "zod";
import { MIN_PASSWORD_LENGTH, passwordSchema } from "@/lib/auth/password-policy";
import { emailSchema, forgotPasswordSchema, nameSchema, signupSchema } from "@/lib/auth/schemas";
import { roleSchema, updateTenantSchema } from "@/lib/tenants/schemas";

// Form shapes built from the API's own schemas, so the browser and the server check the same rules.
export { MIN_PASSWORD_LENGTH };

export const signupFormSchema = signupSchema;
export type SignupFormInput = z.input<typeof signupFormSchema>;

export const loginFormSchema = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password").max(200) });
export type LoginFormInput = z.input<typeof loginFormSchema>;

export const forgotPasswordFormSchema = forgotPasswordSchema;

export const resetPasswordFormSchema = z
  .object({ password: passwordSchema, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The passwords do not match" });
export type ResetPasswordFormInput = z.input<typeof resetPasswordFormSchema>;

export const acceptInvitationFormSchema = z.object({ name: nameSchema, password: passwordSchema });
export type AcceptInvitationFormInput = z.input<typeof acceptInvitationFormSchema>;

export const inviteMemberFormSchema = z.object({ email: emailSchema, role: roleSchema });
export type InviteMemberFormInput = z.input<typeof inviteMemberFormSchema>;

// The form shows an empty billing email as "", which the API takes as null.
const tenantFields = updateTenantSchema.shape;
export const organizationFormSchema = z.object({
  name: tenantFields.name.unwrap(),
  billingEmail: z.union([z.literal(""), emailSchema]),
});
export type OrganizationFormInput = z.input<typeof organizationFormSchema>;
