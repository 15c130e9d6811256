import { describe, expect, it } from "vitest";
import { decodeCursor, decodeKeyCursor, encodeCursor, encodeKeyCursor, InvalidCursorError, isCursorTimestamp } from "./keyset";

const ID = "0b7e4f0e-5d0c-4a51-9a43-3f1c2b8d9e10";
const AT = "2026-03-04T05:06:07.123456Z";
const raw = (text: string) => Buffer.from(text).toString("base64url");

describe("keyset cursors", () => {
  it("decode what they encode", () => {
    expect(decodeCursor(encodeCursor({ createdAt: AT, id: ID }))).toEqual({ createdAt: AT, id: ID });
    expect(decodeKeyCursor(encodeKeyCursor({ key: AT, id: ID }), "timestamptz")).toEqual({ key: AT, id: ID });
    expect(decodeKeyCursor(encodeKeyCursor({ key: "nozzle ä 💧", id: ID }), "text")).toEqual({ key: "nozzle ä 💧", id: ID });
  });

  it.each([
    ["not base64 JSON", "bm90LWEtY3Vyc29y"],
    ["an id of 36 dashes", raw(`${AT}|${"-".repeat(36)}`)],
    ["an id of 36 hex digits without dashes", raw(`${AT}|${"a".repeat(36)}`)],
    ["a number for a timestamp", raw(`1|${ID}`)],
    ["a day the calendar lacks", raw(`2026-02-30T00:00:00.000000Z|${ID}`)],
    ["a timestamp without a zone", raw(`2026-03-04 05:06:07|${ID}`)],
    ["an extra part", raw(`${AT}|${ID}|x`)],
  ])("refuse %s (created_at cursor)", (_, value) => {
    expect(() => decodeCursor(value)).toThrow(InvalidCursorError);
  });

  it.each([
    ["a number for a timestamp sort", JSON.stringify(["1", ID]), "timestamptz"],
    ["a date-like word for a timestamp sort", JSON.stringify(["March 4", ID]), "timestamptz"],
    ["an hour past 23", JSON.stringify(["2026-03-04T24:00:00.000000Z", ID]), "timestamptz"],
    ["an id of 36 dashes", JSON.stringify([AT, "-".repeat(36)]), "timestamptz"],
    ["a NUL in a text key", JSON.stringify(["a\u0000b", ID]), "text"],
    ["an unpaired surrogate in a text key", JSON.stringify(["a\ud800", ID]), "text"],
    ["a number as the key", JSON.stringify([1, ID]), "text"],
    ["an object", JSON.stringify({ key: "a", id: ID }), "text"],
    ["three elements", JSON.stringify(["a", ID, "b"]), "text"],
    ["not JSON", "%%%", "text"],
  ] as const)("refuse %s (key cursor)", (_, text, keyType) => {
    expect(() => decodeKeyCursor(raw(text), keyType)).toThrow(InvalidCursorError);
  });

  it("recognise only the timestamps Postgres prints for cursors", () => {
    expect(isCursorTimestamp("2024-02-29T23:59:59.999999Z")).toBe(true);
    expect(isCursorTimestamp("2026-01-01T00:00:00Z")).toBe(true);
    expect(isCursorTimestamp("2023-02-29T00:00:00Z")).toBe(false);
    expect(isCursorTimestamp("0000-01-01T00:00:00Z")).toBe(false);
    expect(isCursorTimestamp("2026-01-01T00:00:00.1234567Z")).toBe(false);
  });
});
