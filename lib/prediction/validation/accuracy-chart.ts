import type { SprayType } from "../schemas";
import type { ValidationSplit } from "./measurements";

export interface ChartPoint {
  sprayType: SprayType;
  split: ValidationSplit;
  measuredUm: number;
  predictedUm: number;
}

const SIZE = 520;
const MARGIN = 60;
const PLOT = SIZE - 2 * MARGIN;
const AXIS_MIN_UM = 10;
const AXIS_MAX_UM = 2000;
const TICKS_UM = [10, 20, 50, 100, 200, 500, 1000, 2000];
const COLORS: Record<SprayType, string> = {
  hollow_cone: "#2563eb",
  full_cone: "#dc2626",
  flat_fan: "#16a34a",
  fine_mist: "#9333ea",
  solid_stream: "#ea580c",
};

// Logarithmic in both directions: a factor of two looks the same at 20 µm and at 800 µm.
function scale(um: number): number {
  const clamped = Math.min(AXIS_MAX_UM, Math.max(AXIS_MIN_UM, um));
  return (Math.log(clamped / AXIS_MIN_UM) / Math.log(AXIS_MAX_UM / AXIS_MIN_UM)) * PLOT;
}

function x(um: number): string {
  return (MARGIN + scale(um)).toFixed(1);
}

function y(um: number): string {
  return (SIZE - MARGIN - scale(um)).toFixed(1);
}

function drawAxes(): string[] {
  const parts: string[] = [];
  for (const t of TICKS_UM) {
    parts.push(`<line x1="${x(t)}" y1="${y(AXIS_MIN_UM)}" x2="${x(t)}" y2="${y(AXIS_MAX_UM)}" stroke="#e5e7eb"/>`);
    parts.push(`<line x1="${x(AXIS_MIN_UM)}" y1="${y(t)}" x2="${x(AXIS_MAX_UM)}" y2="${y(t)}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${x(t)}" y="${SIZE - MARGIN + 16}" text-anchor="middle">${t}</text>`);
    parts.push(`<text x="${MARGIN - 6}" y="${Number(y(t)) + 4}" text-anchor="end">${t}</text>`);
  }
  // predicted = factor · measured, cut to the plot square.
  const band = (factor: number) => {
    const [x1, y1] = factor > 1 ? [AXIS_MIN_UM, AXIS_MIN_UM * factor] : [AXIS_MIN_UM / factor, AXIS_MIN_UM];
    const [x2, y2] = factor > 1 ? [AXIS_MAX_UM / factor, AXIS_MAX_UM] : [AXIS_MAX_UM, AXIS_MAX_UM * factor];
    return `<line x1="${x(x1)}" y1="${y(y1)}" x2="${x(x2)}" y2="${y(y2)}" stroke="#9ca3af" stroke-dasharray="4 4"/>`;
  };
  parts.push(`<line x1="${x(AXIS_MIN_UM)}" y1="${y(AXIS_MIN_UM)}" x2="${x(AXIS_MAX_UM)}" y2="${y(AXIS_MAX_UM)}" stroke="#111827"/>`);
  parts.push(band(1.3), band(1 / 1.3));
  parts.push(`<text x="${SIZE / 2}" y="${SIZE - 16}" text-anchor="middle">measured Dv50 (µm)</text>`);
  parts.push(`<text x="16" y="${SIZE / 2}" text-anchor="middle" transform="rotate(-90 16 ${SIZE / 2})">predicted Dv50 (µm)</text>`);
  return parts;
}

function drawLegend(points: readonly ChartPoint[]): string[] {
  const families = [...new Set(points.map((p) => p.sprayType))];
  const rows = families.map((f, i) => {
    const top = MARGIN + 8 + i * 16;
    return `<circle cx="${MARGIN + 12}" cy="${top}" r="4" fill="${COLORS[f]}"/><text x="${MARGIN + 22}" y="${top + 4}">${f}</text>`;
  });
  const top = MARGIN + 8 + families.length * 16;
  rows.push(`<text x="${MARGIN + 8}" y="${top + 4}">filled: fit split, hollow: held out; dashed: ±30 %</text>`);
  return rows;
}

// Predicted against measured Dv50 as a standalone SVG document (no script, no external refs).
export function renderAccuracyChart(points: readonly ChartPoint[]): string {
  const marks = points.map((p) => {
    const color = COLORS[p.sprayType];
    const fill = p.split === "fit" ? color : "none";
    return `<circle cx="${x(p.measuredUm)}" cy="${y(p.predictedUm)}" r="4" fill="${fill}" stroke="${color}" stroke-width="1.5"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" font-family="sans-serif" font-size="11" role="img">`,
    "<title>Predicted against measured Dv50, logarithmic axes</title>",
    `<rect width="${SIZE}" height="${SIZE}" fill="#ffffff"/>`,
    ...drawAxes(),
    ...marks,
    ...drawLegend(points),
    "</svg>",
    "",
  ].join("\n");
}
