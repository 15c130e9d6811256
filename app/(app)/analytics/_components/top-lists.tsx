import type { TopConfigurations } from "@/lib/analytics/hooks";

type Entry = { key: string; label: string; count: number; detail?: string };

function TopList({ title, unit, entries, empty }: { title: string; unit: string; entries: Entry[]; empty: string }) {
  return (
    <div className="min-w-0 rounded-lg border border-border p-4">
      <h3 className="text-sm font-medium">{title}</h3>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-muted-foreground">{empty}</p>
      ) : (
        <ol className="mt-3 grid grid-cols-1 gap-2">
          {entries.map((e) => (
            <li key={e.key} className="flex items-baseline justify-between gap-3 text-sm">
              <span className="min-w-0 truncate" title={e.label}>
                {e.label}
                {e.detail ? <span className="ml-1 text-xs text-muted-foreground">{e.detail}</span> : null}
              </span>
              <span className="shrink-0 tabular-nums text-muted-foreground">
                {e.count.toLocaleString("en-US")} {unit}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

const sprayLabel = (type: string | null) => (type ? type.replaceAll("_", " ") : undefined);

/** The SKUs ranked first, tested and ordered most, and the fluids configured most. */
export function TopLists({ top }: { top: TopConfigurations }) {
  const skus = (list: TopConfigurations["skus"]["tested"]) =>
    list.map((s) => ({ key: s.sku, label: s.sku, count: s.count, detail: sprayLabel(s.sprayType) }));
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <TopList
        title="Best match in saved rankings"
        unit="configs"
        entries={skus(top.skus.rankedFirst)}
        empty="No saved configurations yet."
      />
      <TopList title="Tested most" unit="results" entries={skus(top.skus.tested)} empty="No lab results yet." />
      <TopList
        title="Ordered most"
        unit="units"
        entries={top.skus.ordered.map((s) => ({
          key: s.sku,
          label: s.sku,
          count: s.count,
          detail: `${s.orders} ${s.orders === 1 ? "order" : "orders"}`,
        }))}
        empty="No orders placed yet."
      />
      <TopList
        title="Fluids used most"
        unit="configs"
        entries={top.fluids.map((f) => ({ key: f.fluidId ?? "own", label: f.name ?? "Own fluid values", count: f.count }))}
        empty="No configurations yet."
      />
    </div>
  );
}
