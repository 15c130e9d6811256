import { Badge } from "@/components/ui/badge";
import type { ConfigurationStatus } from "@/lib/configurations/schemas";

export const STATUS_OPTIONS: { value: ConfigurationStatus; label: string }[] = [
  { value: "draft", label: "Draft" },
  { value: "complete", label: "Complete" },
  { value: "ordered", label: "Ordered" },
  { value: "testing", label: "Testing" },
];

const VARIANTS = { draft: "secondary", complete: "success", ordered: "default", testing: "warning" } as const;

export function StatusBadge({ status }: { status: ConfigurationStatus }) {
  return <Badge variant={VARIANTS[status]}>{STATUS_OPTIONS.find((o) => o.value === status)?.label ?? status}</Badge>;
}
