import { describe, expect, it } from "vitest";
import { checkReceiptCode, formatReceiptCode, normalizeReceiptCode, receiptCodeOf } from "./receipt-code";

const SECRET = "test-secret-test-secret-test-secret-0123456789";
const ORDER = { id: "4f0c1e3a-5b7d-4c2e-9a1f-0e2d3c4b5a69", deliveredAt: new Date("2026-12-01T10:00:00Z") };

describe("receipt codes", () => {
  it("are ten characters of Crockford base32, the same for the same delivery", () => {
    const code = receiptCodeOf(ORDER, SECRET);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(receiptCodeOf(ORDER, SECRET)).toBe(code);
    expect(formatReceiptCode(code)).toBe(`${code.slice(0, 5)}-${code.slice(5)}`);
  });

  it("differ for another order, another delivery time or another secret (a forged code fails)", () => {
    const code = receiptCodeOf(ORDER, SECRET);
    expect(receiptCodeOf({ ...ORDER, id: "5f0c1e3a-5b7d-4c2e-9a1f-0e2d3c4b5a69" }, SECRET)).not.toBe(code);
    expect(receiptCodeOf({ ...ORDER, deliveredAt: new Date("2026-12-01T10:00:01Z") }, SECRET)).not.toBe(code);
    expect(checkReceiptCode(ORDER, receiptCodeOf(ORDER, `${SECRET}x`), ORDER.deliveredAt, SECRET)).toBe("wrong");
    expect(checkReceiptCode(ORDER, "", ORDER.deliveredAt, SECRET)).toBe("wrong");
  });

  it("accept what a person types: lower case, dashes, spaces, O for 0 and I or L for 1", () => {
    const code = receiptCodeOf(ORDER, SECRET);
    const typed = ` ${formatReceiptCode(code).toLowerCase().replace(/0/g, "o").replace(/1/g, "l")} `;
    expect(normalizeReceiptCode(typed)).toBe(code);
    expect(checkReceiptCode(ORDER, typed, ORDER.deliveredAt, SECRET)).toBe("valid");
  });

  it("expire 30 days after delivery", () => {
    const code = receiptCodeOf(ORDER, SECRET);
    expect(checkReceiptCode(ORDER, code, new Date("2026-12-31T10:00:00Z"), SECRET)).toBe("valid");
    expect(checkReceiptCode(ORDER, code, new Date("2026-12-31T10:00:01Z"), SECRET)).toBe("expired");
  });
});
