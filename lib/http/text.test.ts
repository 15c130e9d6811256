import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { signupSchema } from "@/lib/auth/schemas";
import { createCustomFluidSchema, listActuatorsSchema, listFluidsSchema } from "@/lib/catalog/schemas";
import { createConfigurationSchema, listConfigurationsSchema, updateConfigurationSchema } from "@/lib/configurations/schemas";
import { listCommissionsSchema, listTenantsSchema } from "@/lib/platform/schemas";
import { updateTenantSchema } from "@/lib/tenants/schemas";
import { BROKEN_CHARACTER_MESSAGE, CONTROL_CHARACTER_MESSAGE, LINE_BREAK_MESSAGE, multiLineTextSchema, singleLineTextSchema } from "./text";

const C0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i));
const C1 = Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i));
const LINE_BREAKS = ["\t", "\n", "\r"];
const OTHER_CONTROLS = [...C0, ...C1].filter((c) => !LINE_BREAKS.includes(c));
const LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800"];

/** Text with no control characters and well-formed UTF-16 (emoji and other astral characters included). */
const cleanText = fc.string({ unit: "grapheme", maxLength: 40 });
/** `inner` put somewhere inside clean text. */
const around = (inner: fc.Arbitrary<string>) => fc.tuple(cleanText, inner, cleanText).map(([a, b, c]) => a + b + c);

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("single-line text", () => {
  it("accepts any clean text, emoji included", () => {
    fc.assert(
      fc.property(cleanText, (text) => {
        expect(singleLineTextSchema.parse(text)).toBe(text);
      }),
    );
    expect(singleLineTextSchema.parse("Spray 💧 test — ünïcode")).toBe("Spray 💧 test — ünïcode");
  });

  it("refuses every C0 and C1 control character, saying what to remove", () => {
    fc.assert(
      fc.property(around(fc.constantFrom(...OTHER_CONTROLS)), (text) => {
        expect(messages(singleLineTextSchema, text)).toEqual([CONTROL_CHARACTER_MESSAGE]);
      }),
    );
    expect(messages(singleLineTextSchema, "a\u0000b")).toEqual(["Remove control characters such as NUL"]);
  });

  it("refuses line breaks and tabs", () => {
    fc.assert(
      fc.property(around(fc.constantFrom(...LINE_BREAKS)), (text) => {
        expect(messages(singleLineTextSchema, text)).toEqual([LINE_BREAK_MESSAGE]);
      }),
    );
  });

  it("refuses unpaired surrogates", () => {
    fc.assert(
      fc.property(around(fc.constantFrom(...LONE_SURROGATES)), (text) => {
        expect(messages(singleLineTextSchema, text)).toEqual([BROKEN_CHARACTER_MESSAGE]);
      }),
    );
  });

  it("keeps the string methods of zod, with the control check first", () => {
    const name = singleLineTextSchema.trim().min(1).max(5);
    expect(name.parse("  abc ")).toBe("abc");
    expect(messages(name, "a\u0000")).toEqual([CONTROL_CHARACTER_MESSAGE]);
    expect(name.safeParse("abcdef").success).toBe(false);
  });
});

describe("multi-line text", () => {
  it("allows line feeds, carriage returns and tabs", () => {
    expect(multiLineTextSchema.parse("first line\r\nsecond\tline\n")).toBe("first line\r\nsecond\tline\n");
  });

  it("refuses the other control characters and unpaired surrogates", () => {
    fc.assert(
      fc.property(around(fc.constantFrom(...OTHER_CONTROLS)), (text) => {
        expect(messages(multiLineTextSchema, text)).toEqual([CONTROL_CHARACTER_MESSAGE]);
      }),
    );
    fc.assert(
      fc.property(around(fc.constantFrom(...LONE_SURROGATES)), (text) => {
        expect(messages(multiLineTextSchema, text)).toEqual([BROKEN_CHARACTER_MESSAGE]);
      }),
    );
  });
});

const fluid = { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 };
const NUL = "bad\u0000value";

// Every text field a client can send that reaches Postgres: a NUL is refused there, naming the field.
const FIELDS: { schema: z.ZodType; valid: Record<string, unknown>; field: string; value: unknown; path: string }[] = [
  { schema: createConfigurationSchema, valid: { name: "Ok", fluid }, field: "name", value: NUL, path: "name" },
  { schema: createConfigurationSchema, valid: { name: "Ok", fluid }, field: "description", value: NUL, path: "description" },
  { schema: createConfigurationSchema, valid: { name: "Ok", fluid }, field: "tags", value: ["ok", NUL], path: "tags.1" },
  { schema: updateConfigurationSchema, valid: { status: "draft" }, field: "tags", value: [NUL], path: "tags.0" },
  { schema: createCustomFluidSchema, valid: { name: "Ok", ...fluid }, field: "name", value: NUL, path: "name" },
  { schema: createCustomFluidSchema, valid: { name: "Ok", ...fluid }, field: "notes", value: NUL, path: "notes" },
  { schema: updateTenantSchema, valid: { billingEmail: null }, field: "name", value: NUL, path: "name" },
  {
    schema: signupSchema,
    valid: { name: "A", email: "a@example.test", password: "long-enough-password", companyName: "Co" },
    field: "name",
    value: NUL,
    path: "name",
  },
  {
    schema: signupSchema,
    valid: { name: "A", email: "a@example.test", password: "long-enough-password", companyName: "Co" },
    field: "companyName",
    value: NUL,
    path: "companyName",
  },
  {
    schema: signupSchema,
    valid: { name: "A", email: "a@example.test", password: "long-enough-password", companyName: "Co" },
    field: "password",
    value: `${NUL}-long-enough`,
    path: "password",
  },
  { schema: listConfigurationsSchema, valid: {}, field: "q", value: NUL, path: "q" },
  { schema: listConfigurationsSchema, valid: {}, field: "tag", value: NUL, path: "tag" },
  { schema: listActuatorsSchema, valid: {}, field: "q", value: NUL, path: "q" },
  { schema: listActuatorsSchema, valid: {}, field: "cursor", value: NUL, path: "cursor" },
  { schema: listFluidsSchema, valid: {}, field: "q", value: NUL, path: "q" },
  { schema: listTenantsSchema, valid: {}, field: "q", value: NUL, path: "q" },
  { schema: listCommissionsSchema, valid: {}, field: "supplier", value: NUL, path: "supplier" },
];

describe("request schemas", () => {
  it.each(FIELDS)("refuse a NUL in $field ($path)", ({ schema, valid, field, value, path: issuePath }) => {
    expect(schema.safeParse(valid).success).toBe(true);
    const result = schema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.filter((issue) => issue.message === CONTROL_CHARACTER_MESSAGE).map((issue) => issue.path.join("."));
    expect(paths).toEqual([issuePath]);
  });

  it("build every string on the shared text types (no bare z.string())", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const libSchemas = readdirSync(path.join(root, "lib"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== "prediction") // pure engine input: numbers and catalog data only
      .map((entry) => path.join("lib", entry.name, "schemas.ts"));
    const routes = readdirSync(path.join(root, "app/api"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts"))
      .map((file) => path.join("app/api", file));
    const offenders = [...libSchemas, ...routes].filter((file) => {
      try {
        return /\bz\s*\.\s*string\s*\(/.test(readFileSync(path.join(root, file), "utf8"));
      } catch {
        return false;
      }
    });
    expect(offenders).toEqual([]);
  });
});
