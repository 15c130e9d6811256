import { formatDateTime } from "@/components/format/dates";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Procurement } from "@/lib/procurement/hooks";
import { PROCUREMENT_STATUS_LABELS } from "../../_components/procurement-status";

type Event = Procurement["timeline"][number];

const SOURCES: Record<string, string> = { supplier: "the supplier", payment: "the payment", system: "AeroSpec" };

function describeEvent(event: Event): string {
  if (event.fromStatus === null) return "Order started";
  return `${PROCUREMENT_STATUS_LABELS[event.fromStatus]} → ${PROCUREMENT_STATUS_LABELS[event.toStatus]}`;
}

/** Every step of the order: what changed, who or what changed it, when. */
export function TimelineCard({ timeline }: { timeline: Event[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Timeline</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4 border-l border-border pl-4">
          {timeline.map((event) => (
            <li key={event.id} className="relative grid gap-0.5 text-sm">
              <span aria-hidden="true" className="absolute -left-[21px] top-1.5 size-2.5 rounded-full bg-primary" />
              <span className="font-medium">{describeEvent(event)}</span>
              <span className="text-muted-foreground">
                {formatDateTime(event.createdAt)} · {event.actor?.name ?? SOURCES[event.source] ?? "someone no longer here"}
              </span>
              {event.note ? <span>{event.note}</span> : null}
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
