import { formatNumber } from "@/components/format/numbers";

// Accuracy figures in words people compare: a log-space bias as "measured 12 % above the
// prediction", a log-space RMSE as the typical factor between them (×1.20).

/** A log-space mean error as a signed percentage of the prediction: +12 % means measured above predicted. */
export function formatLogBias(bias: number | null | undefined): string {
  if (bias === null || bias === undefined || !Number.isFinite(bias)) return "—";
  const percent = (Math.exp(bias) - 1) * 100;
  return `${percent >= 0 ? "+" : "−"}${formatNumber(Math.abs(percent), 2)} %`;
}

/** A log-space RMSE as the typical factor between measured and predicted: ×1.2. */
export function formatLogRmse(rmse: number | null | undefined): string {
  if (rmse === null || rmse === undefined || !Number.isFinite(rmse)) return "—";
  return `×${Math.exp(rmse).toFixed(2)}`;
}

/** Degrees, signed for a bias. */
export function formatDegrees(value: number | null | undefined, signed = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const sign = signed ? (value >= 0 ? "+" : "−") : value < 0 ? "−" : "";
  return `${sign}${formatNumber(Math.abs(value), 2)}°`;
}
