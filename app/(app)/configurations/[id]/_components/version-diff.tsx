import { formatNumber } from "@/components/format/numbers";

const LABELS: Record<string, string> = {
  name: "Name",
  description: "Description",
  tags: "Tags",
  status: "Status",
  fluidId: "Library fluid",
  viscosityCp: "Viscosity (cP)",
  densityKgM3: "Density (kg/m³)",
  surfaceTensionMNm: "Surface tension (mN/m)",
  flashPointC: "Flash point (°C)",
  coneDeg: "Cone angle (deg)",
  dropletUm: "Droplet size (µm)",
  maxPressureBar: "Maximum pressure (bar)",
  flowMlMin: "Flow rate (ml/min)",
  calibrationVersion: "Ranked again with calibration",
};

type Change = { field: string; from: unknown; to: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return formatNumber(value, 6);
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map(String).join(", ");
  return String(value);
}

/** A `{ from, to }` pair on fluid or targets becomes one line per property that changed. */
function listChanges(changes: Record<string, unknown>): Change[] {
  const out: Change[] = [];
  for (const [field, value] of Object.entries(changes)) {
    if (!isRecord(value) || !("from" in value)) continue;
    const { from, to } = value;
    if (isRecord(from) && isRecord(to)) {
      for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
        if (JSON.stringify(from[key]) !== JSON.stringify(to[key])) out.push({ field: key, from: from[key], to: to[key] });
      }
    } else {
      out.push({ field, from, to });
    }
  }
  return out;
}

export function VersionDiff({ changes }: { changes: Record<string, unknown> }) {
  if ("created" in changes) {
    return (
      <p className="text-sm text-muted-foreground">
        {"duplicatedFrom" in changes ? "Created as a copy of another configuration." : "Created."}
      </p>
    );
  }
  const list = listChanges(changes);
  if (list.length === 0) return <p className="text-sm text-muted-foreground">No field changes recorded.</p>;
  return (
    <dl className="grid gap-1 text-sm">
      {list.map((c) => (
        <div key={c.field} className="flex flex-wrap gap-x-2">
          <dt className="font-medium">{LABELS[c.field] ?? c.field}:</dt>
          <dd>
            <del className="text-muted-foreground">{show(c.from)}</del> <span aria-hidden="true">→</span>
            <span className="sr-only">changed to</span> <ins className="no-underline">{show(c.to)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
