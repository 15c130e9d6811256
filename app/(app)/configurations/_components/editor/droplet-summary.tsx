import { formatNumber, formatShare } from "@/components/format/numbers";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";

// Rankings stored with model 2026.11-1 carry neither field: they show as "—" until re-run.
export type DropletSummaryFields = Partial<Pick<RankedActuatorResult, "dropletClass" | "volumeFractionBelow">>;

// The numbers spray users compare nozzles on, each with the scheme or basis it comes from.
export function DropletSummary({ actuator: a }: { actuator: RankedActuatorResult }) {
  const { dropletClass, volumeFractionBelow: fines }: DropletSummaryFields = a;
  const asabe = dropletClass?.asabe;
  const items: [string, string, string?][] = [
    ["Droplet class", dropletClass?.absolute.label ?? "—", dropletClass?.absolute.scheme],
    ...(asabe ? [["ASABE-style class", asabe.label, asabe.scheme] satisfies [string, string, string]] : []),
    ["Volume < 100 µm", formatShare(fines?.um100)],
    ["Volume < 150 µm", formatShare(fines?.um150)],
    ["Volume < 200 µm", formatShare(fines?.um200)],
    ["Relative span", formatNumber(a.span), "(Dv90 − Dv10) / Dv50"],
  ];
  return (
    <section aria-label={`Droplet summary for ${a.sku}`} className="lg:col-span-2">
      <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {items.map(([term, value, basis]) => (
          <div key={term}>
            <dt className="text-xs text-muted-foreground">{term}</dt>
            <dd className="font-medium tabular-nums" title={basis}>
              {value}
            </dd>
            {basis ? <dd className="text-xs text-muted-foreground">{basis}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
