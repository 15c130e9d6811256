import { z } from "zod";
import { singleLineTextSchema } from "@/lib/http/text";
import { passwordSchema } from "./password-policy";
import { nameSchema } from "./schemas";

export const updateProfileSchema = z.strictObject({ name: nameSchema });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const changePasswordSchema = z
  .strictObject({
    currentPassword: singleLineTextSchema.min(1, "Enter your current password").max(1024),
    newPassword: passwordSchema,
  })
  .refine((v) => v.currentPassword !== v.newPassword, { error: "Choose a password you are not using now", path: ["newPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const sessionIdParamsSchema = z.strictObject({ id: z.uuid("Not a valid session id") });
