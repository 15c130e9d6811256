import type { AuditEntry } from "@/lib/audit/hooks";

function prettyChanges(changes: unknown): string {
  if (changes === null || changes === undefined) return "No recorded changes";
  return JSON.stringify(changes, null, 2);
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
        <pre className="max-h-72 overflow-auto rounded-md border border-border bg-background p-3 font-mono text-xs leading-relaxed">
          {prettyChanges(entry.changes)}
        </pre>
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
