import { describe, expect, it } from "vitest";
import { listInvoiceRows } from "./invoice-pdf";
import type { Invoice } from "./queries";

const paid: Invoice = {
  tenantId: "00000000-0000-4000-8000-000000000001",
  id: "00000000-0000-4000-8000-000000000002",
  stripeInvoiceId: "in_test",
  stripeSubscriptionId: "sub_test",
  number: "AS-0001",
  billingReason: "subscription_update",
  invoiceDate: new Date("2026-11-01T00:00:00Z"),
  dueDate: new Date("2026-11-01T00:00:00Z"),
  periodStart: new Date("2026-11-01T00:00:00Z"),
  periodEnd: new Date("2026-12-01T00:00:00Z"),
  subscriptionAmount: "1500.00",
  procurementCommissions: null,
  creditsApplied: "0",
  subtotal: "1500.00",
  tax: "0",
  total: "1500.00",
  amountPaid: "1500.00",
  amountDue: "1500.00",
  currency: "usd",
  status: "paid",
  paidAt: new Date("2026-11-01T00:05:00Z"),
  pdfUrl: null,
  hostedInvoiceUrl: null,
  memo: null,
  lines: [
    {
      description: "Remaining time on Professional after 15 Nov 2026",
      amountCents: 100_000,
      periodStart: "2026-11-15T00:00:00.000Z",
      periodEnd: "2026-12-01T00:00:00.000Z",
      proration: true,
    },
    { description: "Unused time on Starter after 15 Nov 2026", amountCents: -25_000, periodStart: null, periodEnd: null, proration: true },
    { description: "1 × Professional (at $2,000.00 / month)", amountCents: 200_000, periodStart: null, periodEnd: null, proration: false },
  ],
  stripeSyncedAt: new Date("2026-11-01T00:05:00Z"),
  createdAt: new Date("2026-11-01T00:00:00Z"),
};

describe("the invoice PDF's rows", () => {
  it("names each line with its plan and period, and marks prorations", () => {
    const rows = listInvoiceRows(paid);
    expect(rows[0]).toMatchObject({
      label: "Remaining time on Professional after 15 Nov 2026",
      amount: "$1,000.00",
      detail: "2026-11-15 to 2026-12-01 · prorated",
    });
    expect(rows[1]).toMatchObject({ label: "Unused time on Starter after 15 Nov 2026", amount: "-$250.00", detail: "prorated" });
    expect(rows[2]).toMatchObject({ label: "1 × Professional (at $2,000.00 / month)", amount: "$2,000.00" });
  });

  it("says nothing is due on a paid invoice", () => {
    const due = listInvoiceRows(paid).find((row) => row.label === "Amount due");
    expect(due?.amount).toBe("$0.00");
  });

  it("still owes what is unpaid on an open invoice", () => {
    const open = { ...paid, status: "sent" as const, amountPaid: "0", paidAt: null };
    expect(listInvoiceRows(open).find((row) => row.label === "Amount due")?.amount).toBe("$1,500.00");
  });

  it("falls back to one subscription line for invoices stored before lines were kept", () => {
    expect(listInvoiceRows({ ...paid, lines: [] })[0]).toMatchObject({ label: "Subscription", amount: "$1,500.00" });
  });
});
