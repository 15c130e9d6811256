import { describeFlag, FLAG_LABELS, FLUID_FLAGS, flagVariant } from "@/components/format/catalog";
import { formatNumber } from "@/components/format/numbers";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { RankedActuatorResult } from "@/lib/configurations/hooks";
import type { ValidityFlag } from "@/lib/prediction/validity";

/** The fluid's own flags, once, with what each means (not on every row, not only on hover). */
export function FluidFlags({ ranked }: { ranked: RankedActuatorResult[] }) {
  const flags = FLUID_FLAGS.filter((flag) => ranked.length > 0 && ranked.every((a) => a.flags.includes(flag)));
  if (flags.length === 0) return null;
  return (
    <Alert variant="warning">
      <div className="grid gap-1.5">
        <p className="font-medium">About this fluid</p>
        <ul className="grid gap-1">
          {flags.map((flag) => (
            <li key={flag}>
              <Badge variant={flagVariant(flag)}>{FLAG_LABELS[flag]}</Badge> {describeFlag(flag)}
            </li>
          ))}
        </ul>
      </div>
    </Alert>
  );
}

/** The flags a row shows: its own, not the fluid's. */
export function rowFlags(flags: ValidityFlag[]): ValidityFlag[] {
  return flags.filter((flag) => !FLUID_FLAGS.includes(flag));
}

type ExplanationProps = { ranked: RankedActuatorResult[]; dropletTargetUm: number | null; coneTargetDeg: number | null };

/** What the score, the marks and the row flags mean, and why every score is low when it is. */
export function RankingExplanation({ ranked, dropletTargetUm, coneTargetDeg }: ExplanationProps) {
  const shownFlags = [...new Set(ranked.flatMap((a) => rowFlags(a.flags)))];
  const best = ranked[0];
  const farFromTargets = best !== undefined && best.score < 15 && (dropletTargetUm !== null || coneTargetDeg !== null);
  return (
    <div className="grid gap-3 text-sm">
      {farFromTargets ? (
        <p role="note" className="rounded-md border border-border bg-muted/40 p-3">
          No actuator comes close to the targets: the best scores {Math.round(best.score)} of 100.
          {dropletTargetUm !== null ? ` It predicts a Dv50 of ${formatNumber(best.dv50Um.p50)} µm against ${dropletTargetUm} µm.` : ""}
          {coneTargetDeg !== null ? ` Its cone is ${formatNumber(best.coneDeg.p50)}° against ${coneTargetDeg}°.` : ""} Relax the
          droplet-size or cone target, or change the fluid, to see better matches.
        </p>
      ) : null}
      <details className="rounded-md border border-border p-3 [&_summary]:cursor-pointer">
        <summary className="font-medium">What the score and the marks mean</summary>
        <div className="mt-2 grid gap-2 text-muted-foreground">
          <p>
            <span className="font-medium text-foreground">Score</span> (0–100) is how close the predicted droplet size (weight 60%) and cone
            angle (40%) come to your targets: 100 on target, 61 at the edge of the tolerance (±20% droplet size, ±10° cone), 14 at twice the
            tolerance. With neither target set, every actuator that reaches the flow scores 100.
          </p>
          <p>
            <span className="font-medium text-foreground">✓</span> within tolerance, <span className="font-medium text-foreground">≠</span>{" "}
            outside it. Pressure and flow are what the actuator needs for your target flow; P10–P90 is the range the prediction expects
            eight times in ten.
          </p>
          {shownFlags.length > 0 ? (
            <ul className="grid gap-1">
              {shownFlags.map((flag) => (
                <li key={flag}>
                  <Badge variant={flagVariant(flag)}>{FLAG_LABELS[flag]}</Badge> {describeFlag(flag)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </details>
    </div>
  );
}
