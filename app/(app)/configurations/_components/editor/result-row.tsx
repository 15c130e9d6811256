import { describeFlag, FLAG_LABELS, flagVariant, SPRAY_TYPE_LABELS, SUPPLIER_LABELS } from "@/components/format/catalog";
import { formatInterval, formatNumber, formatShare, formatUsd } from "@/components/format/numbers";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { STICKY_FIRST_COLUMN, STICKY_SECOND_COLUMN, TableCell, TableRow } from "@/components/ui/table";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";
import type { DropletSummaryFields } from "./droplet-summary";
import { rowFlags } from "./ranking-notes";

function ScoreBar({ score }: { score: number }) {
  const value = Math.max(0, Math.min(100, score));
  return (
    <div className="flex items-center gap-2">
      <div className="h-2 w-16 overflow-hidden rounded-full bg-muted" aria-hidden="true">
        <div
          className={cn("h-full rounded-full", value >= 70 ? "bg-emerald-500" : value >= 40 ? "bg-amber-500" : "bg-red-500")}
          style={{ width: `${value}%` }}
        />
      </div>
      <span className="tabular-nums">{Math.round(value)}</span>
    </div>
  );
}

function Tolerance({ ok, label }: { ok: boolean | null; label: string }) {
  if (ok === null) return null;
  return (
    <span
      className={cn("ml-1 text-xs", ok ? "text-emerald-700" : "text-amber-700")}
      title={`${label} ${ok ? "within" : "outside"} tolerance`}
    >
      {ok ? "✓" : "≠"}
      <span className="sr-only">{`${label} ${ok ? "within" : "outside"} tolerance`}</span>
    </span>
  );
}

// The flat-fan (ASABE-style) class where the family has one, else the absolute band; the
// tooltip names the scheme.
function DropletClassCell({ actuator: a }: { actuator: RankedActuatorResult }) {
  const { dropletClass, volumeFractionBelow }: DropletSummaryFields = a;
  const shown = dropletClass?.asabe ?? dropletClass?.absolute;
  return (
    <TableCell className="whitespace-nowrap">
      <span title={shown?.scheme}>{shown?.label ?? "—"}</span>
      <span className="block text-xs tabular-nums text-muted-foreground">
        {formatShare(volumeFractionBelow?.um150)} · {formatNumber(a.span, 2)}
      </span>
    </TableCell>
  );
}

type ResultRowProps = {
  rank: number;
  actuator: RankedActuatorResult;
  selected: boolean;
  onSelect: () => void;
  /** Selects the row and brings its charts into view. */
  onShowCharts: () => void;
  /** In the side-by-side comparison; `canCompare` is false once four are. */
  compared: boolean;
  canCompare: boolean;
  onToggleCompare: () => void;
};

export function ResultRow({ rank, actuator: a, selected, onSelect, onShowCharts, compared, canCompare, onToggleCompare }: ResultRowProps) {
  return (
    <TableRow aria-selected={selected} className={cn("cursor-pointer", selected && "bg-primary/5 hover:bg-primary/10")} onClick={onSelect}>
      <TableCell className={cn(STICKY_FIRST_COLUMN, "w-10 min-w-10 tabular-nums text-muted-foreground")}>{rank}</TableCell>
      <TableCell className={cn(STICKY_SECOND_COLUMN, "whitespace-nowrap font-medium")}>
        <button
          type="button"
          aria-pressed={selected}
          aria-label={`Show charts for ${a.sku}`}
          onClick={(e) => {
            e.stopPropagation();
            onShowCharts();
          }}
          className="rounded-sm text-primary hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {a.sku}
        </button>
        <span className="block text-xs font-normal text-muted-foreground">
          {SUPPLIER_LABELS[a.supplier]} · {SPRAY_TYPE_LABELS[a.sprayType]}
        </span>
      </TableCell>
      <TableCell className="text-right tabular-nums">{formatNumber(a.requiredPressureBar.p50)}</TableCell>
      <TableCell className="text-right tabular-nums">{formatNumber(a.flowMlMin.p50)}</TableCell>
      <TableCell className="whitespace-nowrap text-right tabular-nums">
        {formatNumber(a.dv50Um.p50)}
        <Tolerance ok={a.withinTolerance.droplet} label="Droplet size" />
        <span className="block text-xs text-muted-foreground">{formatInterval(a.dv50Um)}</span>
      </TableCell>
      <DropletClassCell actuator={a} />
      <TableCell className="whitespace-nowrap text-right tabular-nums">
        {formatNumber(a.coneDeg.p50)}
        <Tolerance ok={a.withinTolerance.cone} label="Cone angle" />
      </TableCell>
      <TableCell>
        <span className="flex flex-wrap gap-1">
          {rowFlags(a.flags).map((flag) => (
            <Badge key={flag} variant={flagVariant(flag)} title={describeFlag(flag)}>
              {FLAG_LABELS[flag]}
              <span className="sr-only">: {describeFlag(flag)}</span>
            </Badge>
          ))}
        </span>
      </TableCell>
      <TableCell className="text-right tabular-nums">{formatUsd(a.priceUsd)}</TableCell>
      <TableCell className="text-right tabular-nums">{a.stockUnits === undefined ? "—" : a.stockUnits.toLocaleString("en-US")}</TableCell>
      <TableCell>
        <ScoreBar score={a.score} />
      </TableCell>
      <TableCell onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          className="size-4 rounded border-input accent-primary"
          aria-label={`Compare ${a.sku}`}
          title={!compared && !canCompare ? "Up to four actuators are compared at once" : undefined}
          checked={compared}
          disabled={!compared && !canCompare}
          onChange={onToggleCompare}
        />
      </TableCell>
    </TableRow>
  );
}
