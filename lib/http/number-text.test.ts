import { describe, expect, it } from "vitest";
import { parseDecimalText } from "./text";

describe("a number typed into a form", () => {
  it.each([
    ["1.5", 1.5],
    ["1,5", 1.5],
    [" 72.8 ", 72.8],
    ["-20", -20],
    [".5", 0.5],
    ["10", 10],
  ])("reads %j as %d", (text, value) => {
    expect(parseDecimalText(text)).toBe(value);
  });

  it("reads a blank field as no value", () => {
    expect(parseDecimalText("  ")).toBeNull();
  });

  it.each(["1e3", "1,000.5", "1.2.3", "12 bar", "0x10", "Infinity", "abc", "1,5,0"])("refuses %j (not a plain decimal)", (text) => {
    expect(parseDecimalText(text)).toBeNaN();
  });
});
