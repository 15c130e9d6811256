import { singleLineTextSchema } from "@/lib/http/text";

// Pure rules shared by the API and the browser forms (no native hashing code here).
export const MIN_PASSWORD_LENGTH = 12;

export const passwordSchema = singleLineTextSchema
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Use at most 200 characters");
