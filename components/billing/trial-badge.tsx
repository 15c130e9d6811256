import Link from "next/link";
import { formatTrialDaysLeft } from "@/components/format/subscription";
import { Badge } from "@/components/ui/badge";

type TrialBadgeProps = { daysLeft: number | null; ended: boolean };

/** The trial's countdown in the shell; it links to billing, where a plan is chosen. */
export function TrialBadge({ daysLeft, ended }: TrialBadgeProps) {
  if (!ended && daysLeft === null) return null;
  return (
    <Link href="/settings/billing" className="rounded-full focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
      {ended ? (
        <Badge variant="destructive">Trial ended</Badge>
      ) : (
        <Badge variant="warning">Trial · {formatTrialDaysLeft(daysLeft ?? 0).toLowerCase()}</Badge>
      )}
    </Link>
  );
}
