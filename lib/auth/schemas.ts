import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { passwordSchema } from "./password-policy";

export const emailSchema = singleLineTextSchema
  .trim()
  .toLowerCase()
  .max(255, "Use at most 255 characters")
  .pipe(z.email("Enter a valid email address"));

export const nameSchema = singleLineTextSchema.trim().min(1, "Enter your name").max(200, "Use at most 200 characters");

export const signupSchema = z.strictObject({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  companyName: singleLineTextSchema.trim().min(2, "Enter your company name").max(255, "Use at most 255 characters"),
});
export type SignupInput = z.infer<typeof signupSchema>;

export const loginSchema = z.strictObject({
  email: emailSchema,
  password: singleLineTextSchema.min(1, "Enter your password").max(200),
  tenantId: z.uuid().optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z.strictObject({
  token: singleLineTextSchema.min(20).max(200),
  password: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const switchTenantSchema = z.strictObject({ tenantId: z.uuid() });
