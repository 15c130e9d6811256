import QRCode from "qrcode";
import type { ActorContext } from "@/lib/auth/actor";
import { appLink } from "@/lib/http/request";
import type { ProcurementRow } from "./present";
import { formatReceiptCode, receiptCodeExpiresAt, receiptCodeOf } from "./receipt-code";

/** The receipt code of a delivered order, for members who may confirm it: as text, as a link and as a QR code. */
export async function receiptFor(ctx: ActorContext, row: ProcurementRow) {
  if (row.status !== "delivered" || !row.deliveredAt) return null;
  const code = receiptCodeOf({ id: row.id, deliveredAt: row.deliveredAt });
  const url = appLink(ctx.meta, `/procurements/${row.id}?receipt=${code}`);
  return {
    code: formatReceiptCode(code),
    url,
    qrSvg: await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }),
    expiresAt: receiptCodeExpiresAt(row.deliveredAt),
  };
}
