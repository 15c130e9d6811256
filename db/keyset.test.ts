import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, InvalidCursorError, isCursorTimestamp, paginate } from "./keyset";

const ID = "0b7e4f0e-5d0c-4a51-9a43-3f1c2b8d9e10";
const AT = "2026-03-04T05:06:07.123456Z";
const raw = (text: string) => Buffer.from(text).toString("base64url");

describe("keyset cursors", () => {
  it("decode what they encode", () => {
    expect(decodeCursor(encodeCursor({ key: AT, id: ID }), "timestamptz")).toEqual({ key: AT, id: ID });
    expect(decodeCursor(encodeCursor({ key: "nozzle ä 💧", id: ID }), "text")).toEqual({ key: "nozzle ä 💧", id: ID });
  });

  it.each([
    ["not base64 JSON", "bm90LWEtY3Vyc29y", "text"],
    ["a pipe-separated pair", `${AT}|${ID}`, "timestamptz"],
    ["a number for a timestamp sort", JSON.stringify(["1", ID]), "timestamptz"],
    ["a date-like word for a timestamp sort", JSON.stringify(["March 4", ID]), "timestamptz"],
    ["a day the calendar lacks", JSON.stringify(["2026-02-30T00:00:00.000000Z", ID]), "timestamptz"],
    ["a timestamp without a zone", JSON.stringify(["2026-03-04 05:06:07", ID]), "timestamptz"],
    ["an hour past 23", JSON.stringify(["2026-03-04T24:00:00.000000Z", ID]), "timestamptz"],
    ["an id of 36 dashes", JSON.stringify([AT, "-".repeat(36)]), "timestamptz"],
    ["an id of 36 hex digits without dashes", JSON.stringify([AT, "a".repeat(36)]), "timestamptz"],
    ["a NUL in a text key", JSON.stringify(["a\u0000b", ID]), "text"],
    ["an unpaired surrogate in a text key", JSON.stringify(["a\ud800", ID]), "text"],
    ["a number as the key", JSON.stringify([1, ID]), "text"],
    ["an object", JSON.stringify({ key: "a", id: ID }), "text"],
    ["three elements", JSON.stringify(["a", ID, "b"]), "text"],
    ["not JSON", "%%%", "text"],
  ] as const)("refuse %s", (_, text, keyType) => {
    expect(() => decodeCursor(raw(text), keyType)).toThrow(InvalidCursorError);
  });

  it("recognise only the timestamps Postgres prints for cursors", () => {
    expect(isCursorTimestamp("2024-02-29T23:59:59.999999Z")).toBe(true);
    expect(isCursorTimestamp("2026-01-01T00:00:00Z")).toBe(true);
    expect(isCursorTimestamp("2023-02-29T00:00:00Z")).toBe(false);
    expect(isCursorTimestamp("0000-01-01T00:00:00Z")).toBe(false);
    expect(isCursorTimestamp("2026-01-01T00:00:00.1234567Z")).toBe(false);
  });
});

describe("paginate", () => {
  const rows = ["a", "b", "c"].map((key, i) => ({ key, id: ID.replace(/0$/, String(i)) }));

  it("shows `limit` rows and points the next cursor at the last one shown when more came back", () => {
    const page = paginate(rows, 2, (r) => r);
    expect(page.items).toEqual(rows.slice(0, 2));
    expect(decodeCursor(page.nextCursor!, "text")).toEqual(rows[1]);
  });

  it("has no next cursor on the last page", () => {
    expect(paginate(rows, 3, (r) => r)).toEqual({ items: rows, nextCursor: null });
    expect(paginate([], 3, (r: (typeof rows)[number]) => r)).toEqual({ items: [], nextCursor: null });
  });
});
