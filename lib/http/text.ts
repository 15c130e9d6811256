import { z } from "zod";

// Every string a client sends is built on one of these, so a NUL (which Postgres cannot store
// in text) or a broken UTF-16 sequence is refused, naming the field, before it reaches the
// database. Paired surrogates (emoji and other astral characters) are ordinary text.

export const CONTROL_CHARACTER_MESSAGE = "Remove control characters such as NUL";
export const LINE_BREAK_MESSAGE = "Keep this to one line: remove line breaks and tabs";
export const BROKEN_CHARACTER_MESSAGE = "Remove the broken character (an unpaired UTF-16 surrogate)";

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is its purpose
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LINE_BREAK = /[\t\n\r]/;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const isWellFormed = (value: string) => !LONE_SURROGATE.test(value);

/** One line of text (names, search terms, tokens, passwords): no control characters at all. */
export const singleLineTextSchema = z
  .string()
  .refine((value) => !CONTROL_EXCEPT_LINE_BREAKS.test(value), { error: CONTROL_CHARACTER_MESSAGE })
  .refine((value) => !LINE_BREAK.test(value), { error: LINE_BREAK_MESSAGE })
  .refine(isWellFormed, { error: BROKEN_CHARACTER_MESSAGE });

/** Free text over several lines (descriptions, notes): line feeds, carriage returns and tabs allowed. */
export const multiLineTextSchema = z
  .string()
  .refine((value) => !CONTROL_EXCEPT_LINE_BREAKS.test(value), { error: CONTROL_CHARACTER_MESSAGE })
  .refine(isWellFormed, { error: BROKEN_CHARACTER_MESSAGE });

const DECIMAL_TEXT = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * A number typed into a form: digits with one decimal point or comma ("1.5", "1,5"), nothing
 * else — no exponents ("1e3"), thousands separators or units. Blank is null; anything else that
 * is not such a number is NaN, which the schemas report as "must be a number".
 */
export function parseDecimalText(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return DECIMAL_TEXT.test(trimmed) ? Number(trimmed.replace(",", ".")) : Number.NaN;
}
