import { cn } from "@/components/ui/cn";
import { formatLimit, UNLIMITED } from "@/lib/billing/plans";

/** From this share of a limit on, a meter turns amber to warn before the limit is hit. */
const USAGE_WARNING_RATIO = 0.8;

type UsageMeterProps = {
  id: string;
  label: string;
  used: number;
  /** -1 for unlimited, 0 when the plan does not include it. */
  allowed: number;
  hint?: string;
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How close usage is to a finite limit; unlimited and not-included limits are never "full". */
function usageLevel(used: number, allowed: number): "ok" | "warning" | "full" {
  if (allowed === UNLIMITED || allowed <= 0) return "ok";
  const ratio = used / allowed;
  if (ratio >= 1) return "full";
  return ratio >= USAGE_WARNING_RATIO ? "warning" : "ok";
}

/** One plan limit: a labelled progress bar with "used / allowed", or a note when it has no ceiling. */
export function UsageMeter({ id, label, used, allowed, hint }: UsageMeterProps) {
  const title = capitalize(label);
  const labelId = `${id}-label`;
  const hintId = `${id}-hint`;
  const level = usageLevel(used, allowed);
  const shown = used.toLocaleString("en-US");
  const finite = allowed !== UNLIMITED && allowed > 0;
  const percent = finite ? Math.min(100, (used / allowed) * 100) : 0;

  return (
    <div className="grid gap-2">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span id={labelId} className="font-medium">
          {title}
        </span>
        <span
          className={cn(
            "tabular-nums",
            level === "full" ? "font-medium text-red-700" : level === "warning" ? "font-medium text-amber-700" : "text-muted-foreground",
          )}
        >
          {allowed === UNLIMITED ? `${shown} / Unlimited` : `${shown} / ${formatLimit(allowed)}`}
        </span>
      </div>
      {finite ? (
        <div
          role="progressbar"
          aria-labelledby={labelId}
          aria-describedby={hint ? hintId : undefined}
          aria-valuemin={0}
          aria-valuemax={allowed}
          aria-valuenow={Math.min(used, allowed)}
          aria-valuetext={`${shown} of ${formatLimit(allowed)} used`}
          className="h-2 w-full overflow-hidden rounded-full bg-muted"
        >
          <div
            className={cn(
              "h-full rounded-full transition-[width]",
              level === "full" ? "bg-red-600" : level === "warning" ? "bg-amber-500" : "bg-primary",
            )}
            style={{ width: `${percent}%` }}
          />
        </div>
      ) : (
        <p className="text-xs text-muted-foreground">{allowed === UNLIMITED ? "Unlimited on this plan" : "Not included in this plan"}</p>
      )}
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {level === "full" ? `Limit reached. ${hint}` : hint}
        </p>
      ) : null}
    </div>
  );
}
