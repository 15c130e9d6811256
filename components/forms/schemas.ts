import { z } from "zod";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
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

/** The create dialog offers an expiry in days from now (or none); the API takes the moment. */
export const API_KEY_EXPIRY_OPTIONS = [
  { value: "never", label: "Never" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
] as const;

export const createApiKeyFormSchema = z.object({
  name: createApiKeySchema.shape.name,
  scopes: createApiKeySchema.shape.scopes,
  expiry: z.enum(["never", "30", "90", "365"]),
});
export type CreateApiKeyFormInput = z.input<typeof createApiKeyFormSchema>;

/** The API's input for what the dialog holds. */
export function toCreateApiKeyInput(values: z.output<typeof createApiKeyFormSchema>, now = Date.now()) {
  const expiresAt = values.expiry === "never" ? null : new Date(now + Number(values.expiry) * 86_400_000).toISOString();
  return { name: values.name, scopes: values.scopes, expiresAt };
}
