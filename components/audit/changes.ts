// An audit entry's `changes` as lines a person reads: "Viscosity cp: 1 → 12" rather than JSON.

export type ChangeLine = { field: string; from?: string; to: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const isFromTo = (value: unknown): value is { from: unknown; to: unknown } =>
  isRecord(value) && Object.keys(value).length === 2 && "from" in value && "to" in value;

/** "billingEmail" → "Billing email", "fluid.viscosityCp" → "Fluid viscosity cp". */
export function humanizeField(path: string): string {
  const words = path
    .split(/[._]/)
    .flatMap((part) => part.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(" "))
    .map((word) => word.toLowerCase())
    .filter((word) => word !== "");
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(formatValue).join(", ");
  return JSON.stringify(value);
}

/** Old → new per field; nested objects are compared key by key so only what changed is listed. */
function fromToLines(path: string, from: unknown, to: unknown): ChangeLine[] {
  if (isRecord(from) && isRecord(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    return keys.flatMap((key) =>
      JSON.stringify(from[key]) === JSON.stringify(to[key]) ? [] : fromToLines(`${path}.${key}`, from[key], to[key]),
    );
  }
  return [{ field: humanizeField(path), from: formatValue(from), to: formatValue(to) }];
}

export function describeChanges(changes: unknown): ChangeLine[] {
  if (!isRecord(changes)) return [];
  return Object.entries(changes).flatMap(([key, value]) =>
    isFromTo(value) ? fromToLines(key, value.from, value.to) : [{ field: humanizeField(key), to: formatValue(value) }],
  );
}
