import { formatNumber, formatShare } from "@/components/format/numbers";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";

// The numbers spray users compare nozzles on, each with the scheme or basis it comes from.
export function DropletSummary({ actuator: a }: { actuator: RankedActuatorResult }) {
  const fines = a.volumeFractionBelow;
  const asabe = a.dropletClass.asabe;
  const items: [string, string, string?][] = [
    ["Droplet class", a.dropletClass.absolute.label, a.dropletClass.absolute.scheme],
    ...(asabe ? [["ASABE-style class", asabe.label, asabe.scheme] satisfies [string, string, string]] : []),
    ["Volume < 100 µm", formatShare(fines.um100)],
    ["Volume < 150 µm", formatShare(fines.um150)],
    ["Volume < 200 µm", formatShare(fines.um200)],
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
