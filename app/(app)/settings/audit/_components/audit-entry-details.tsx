import { describeChanges } from "@/components/audit/changes";
import type { AuditEntry } from "@/lib/audit/hooks";

function ChangeList({ changes }: { changes: unknown }) {
  const lines = describeChanges(changes);
  if (lines.length === 0) return <p className="text-sm text-muted-foreground">No recorded changes</p>;
  return (
    <dl className="grid gap-1.5 rounded-md border border-border bg-background p-3 text-sm">
      {lines.map((line) => (
        <div key={line.field} className="grid gap-x-3 sm:grid-cols-[minmax(8rem,auto)_1fr]">
          <dt className="text-muted-foreground">{line.field}</dt>
          <dd className="min-w-0 break-words">
            {line.from !== undefined ? (
              <>
                <del className="text-muted-foreground">{line.from}</del> <span aria-hidden="true">→</span>
                <span className="sr-only">changed to</span> <ins className="no-underline">{line.to}</ins>
              </>
            ) : (
              line.to
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditEntryDetails({ entry }: { entry: AuditEntry }) {
  const facts: { term: string; value: string | null }[] = [
    { term: "Resource id", value: entry.resourceId },
    { term: "IP address", value: entry.ipAddress },
    { term: "User agent", value: entry.userAgent },
    { term: "Request id", value: entry.requestId },
  ];
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <div className="min-w-0">
        <p className="mb-1 text-xs font-medium uppercase tracking-wide text-muted-foreground">Changes</p>
        <ChangeList changes={entry.changes} />
      </div>
      <dl className="grid content-start gap-2 text-xs">
        {facts.map((fact) => (
          <div key={fact.term} className="min-w-0">
            <dt className="text-muted-foreground">{fact.term}</dt>
            <dd className="break-all font-mono">{fact.value ?? "—"}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
