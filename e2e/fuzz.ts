import fc from "fast-check";

// Generators of hostile HTTP input, shaped by a route's zod schema (as JSON Schema): mostly
// plausible values so requests get past validation and reach the database, mixed with the
// inputs that used to break it — control characters, lone surrogates, huge numbers, wrong
// types, broken percent-encodings and tampered cursors.

export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
};

/** A JSON token written as is (`1e999`, `-0`, a 30-digit integer), which JSON.stringify cannot produce. */
class RawJson {
  constructor(readonly text: string) {}
}

function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Percent-encodes text as UTF-8 (a lone surrogate, which has no UTF-8 form, becomes U+FFFD). */
export function encodeText(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((b) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

const controlCharacter = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));
const loneSurrogate = fc.constantFrom("\ud800", "\udbff", "\udc00", "\udfff", "\udc00\ud800");
const around = (inner: fc.Arbitrary<string>) =>
  fc.tuple(fc.string({ maxLength: 8 }), inner, fc.string({ maxLength: 8 })).map(([a, b, c]) => a + b + c);

const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: around(fc.constant("\u0000")) },
  { weight: 3, arbitrary: around(controlCharacter) },
  { weight: 3, arbitrary: around(loneSurrogate) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u200b",
      "\u202e",
      "\u2028",
      "\ufeff",
      "%00",
      "%ff",
      "'; select 1; --",
      "\\",
      "%_%",
      "💧".repeat(60),
      "a\u0301",
      "null",
      "0",
      "-1",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 256, max: 6000 }).map((n) => "x".repeat(n)) },
);

const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...["1e999", "-1e999", "123456789012345678901234567890", "-0", "1E+2", "1e-400", "0.1e1"].map((t) => new RawJson(t))),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 0, -1, 2 ** 31, -(2 ** 63), 0.5),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(true, false, null, [], {}, "12", "true", 0, [null]),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Extra plausible values by property name (real ids, cursors, emails). */
export type Hints = (key: string) => fc.Arbitrary<unknown> | undefined;

function numberRange(schema: JsonSchema) {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? Math.max(min + 1e6, 1e6);
  return { min, max, minExcluded: schema.exclusiveMinimum !== undefined, maxExcluded: schema.exclusiveMaximum !== undefined };
}

function plausibleString(schema: JsonSchema, key: string): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.uuid();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      // a pattern fast-check cannot generate from: fall through to free text
    }
  }
  if (/email/i.test(key)) return fc.emailAddress();
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  return fc.oneof(fc.string({ unit: "grapheme", minLength, maxLength }), fc.string({ minLength, maxLength }));
}

function plausible(schema: JsonSchema, key: string, hints: Hints): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => plausible(option, key, hints)));
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if ("const" in schema) return fc.constant(schema.const);
  switch (schema.type) {
    case "object": {
      const properties = Object.entries(schema.properties ?? {});
      const record = fc.record(Object.fromEntries(properties.map(([k, s]) => [k, fromSchema(s, hints, k)])), {
        requiredKeys: (schema.required ?? []).filter((k) => properties.some(([p]) => p === k)),
      });
      return record as fc.Arbitrary<unknown>;
    }
    case "array": {
      const items = schema.items ? fromSchema(schema.items, hints, key) : wrongType;
      // At most 5 items, unless the schema asks for more.
      const minLength = schema.minItems ?? 0;
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 5, 5)) });
    }
    case "string":
      return plausibleString(schema, key);
    case "integer": {
      const { min, max } = numberRange(schema);
      return fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31)) });
    }
    case "number":
      return fc.double({ ...numberRange(schema), noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    default:
      return wrongType;
  }
}

function hostile(schema: JsonSchema, hints: Hints, key: string): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((option) => hostile(option, hints, key)));
  if (schema.enum) return fc.oneof(hostileText, fc.constantFrom(...schema.enum.map((v) => `${String(v).toUpperCase()}\u0000`)));
  switch (schema.type) {
    case "object":
      return fc
        .tuple(plausible(schema, key, hints), fc.string({ maxLength: 12 }), wrongType)
        .map(([value, extra, v]) => ({ ...(value as object), [extra || "extra"]: v }));
    case "array": {
      const items = schema.items ? fromSchema(schema.items, hints, key) : wrongType;
      const tooMany = (schema.maxItems ?? 20) + 1;
      return fc.oneof(
        fc.array(items, { minLength: tooMany, maxLength: tooMany + 2 }),
        fc.array(hostileText, { minLength: 1, maxLength: 3 }),
      );
    }
    case "integer":
    case "number": {
      const { min, max } = numberRange(schema);
      return fc.oneof(hostileNumber, fc.constantFrom(min - 1, max + 1, min - 0.5, max + 0.5, min + 0.25));
    }
    default:
      return hostileText;
  }
}

/** Values for one schema node: mostly plausible, sometimes hostile, occasionally of the wrong type. */
function fromSchema(schema: JsonSchema, hints: Hints, key = ""): fc.Arbitrary<unknown> {
  const hinted = hints(key);
  return fc.oneof(
    { weight: 14, arbitrary: hinted ? fc.oneof(hinted, plausible(schema, key, hints)) : plausible(schema, key, hints) },
    { weight: 2, arbitrary: hostile(schema, hints, key) },
    { weight: 1, arbitrary: wrongType },
  );
}

/** A request body as sent: schema-shaped JSON most of the time, otherwise broken or of the wrong shape. */
export function bodyText(schema: JsonSchema | undefined, hints: Hints): fc.Arbitrary<string> {
  const malformed = fc.constantFrom('{"name":', "{", "[", "nul", '{"a":1}}', "\u0000", '\ufeff{"a":1}', "{'a':1}", '{"a":NaN}', "", "   ");
  const deep = fc.integer({ min: 100, max: 20_000 }).map((n) => "[".repeat(n) + "]".repeat(n));
  const huge = fc.constant(`{"name":"${"x".repeat(70_000)}"}`);
  return fc.oneof(
    { weight: schema ? 24 : 2, arbitrary: (schema ? fromSchema(schema, hints) : wrongType).map(toJsonText) },
    { weight: 2, arbitrary: malformed },
    { weight: 2, arbitrary: wrongType.map(toJsonText) },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: huge },
  );
}

/** A query string as sent: schema-shaped parameters, sometimes with raw broken encodings appended. */
export function queryString(schema: JsonSchema | undefined, hints: Hints): fc.Arbitrary<string> {
  const keys = Object.keys(schema?.properties ?? {});
  const key = keys.length > 0 ? fc.constantFrom(...keys) : fc.constant("q");
  const broken = fc
    .tuple(
      key,
      fc.constantFrom("%ff%fe", "%u0000", "%C0%AE", "%00", "%", "%zz", "1e400", "-0", "9".repeat(400), "%ED%A0%80", "a%00b", "+%2B+"),
    )
    .map(([k, v]) => `${k}=${v}`);
  const extra = fc.constantFrom("%ff=1", "%00=%00", "=", "&&", "unknown=1", "q[]=1");
  const params = (schema ? fromSchema(schema, hints) : fc.constant({})).map((value) => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return `q=${encodeText(toJsonText(value))}`;
    return Object.entries(value)
      .map(([k, v]) => `${encodeText(k)}=${encodeText(typeof v === "string" ? v : toJsonText(v))}`)
      .join("&");
  });
  return fc
    .tuple(
      params,
      fc.array(fc.oneof({ weight: 3, arbitrary: broken }, { weight: 1, arbitrary: extra }), { maxLength: 2 }),
      fc.integer({ min: 0, max: 3 }),
    )
    .map(([p, extras, chance]) => [p, ...(chance === 0 ? extras : [])].filter((part) => part !== "").join("&"));
}

/** Path segments that are not what the route expects, including ones Next cannot decode. */
export const hostileSegment: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(
      "%ff%fe",
      "%u0000",
      "%C0%AE",
      "%ED%A0%80",
      "%00",
      "%",
      "%zz",
      "%E2%80%AE",
      "not-a-uuid",
      "-".repeat(36),
      "00000000-0000-0000-0000-000000000000",
      "..%2f..%2fetc%2fpasswd",
      "0".repeat(3000),
      "1e400",
      "-1",
      "1.5",
      "NaN",
    ),
    fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")),
    hostileText.map(encodeText),
  )
  // An empty or dot segment is another URL (the client normalises it, Next redirects it), not a bad one.
  .filter((segment) => segment !== "" && !/^(?:\.|%2e){1,2}$/i.test(segment));
