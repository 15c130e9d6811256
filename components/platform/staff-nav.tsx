import Link from "next/link";
import { cn } from "@/components/ui/cn";

const SECTIONS = [
  { id: "revenue", href: "/staff/revenue", label: "Revenue" },
  { id: "commissions", href: "/staff/commissions", label: "Commissions" },
  { id: "tenants", href: "/staff/tenants", label: "Organizations" },
  { id: "suppliers", href: "/staff/suppliers", label: "Suppliers" },
  { id: "service-tokens", href: "/staff/service-tokens", label: "Service tokens" },
] as const;

/** Tabs between the staff pages (AeroSpec operators only). */
export function StaffNav({ active }: { active: (typeof SECTIONS)[number]["id"] }) {
  return (
    <nav aria-label="Staff sections" className="mb-6 flex gap-1 overflow-x-auto border-b border-border">
      {SECTIONS.map((section) => (
        <Link
          key={section.id}
          href={section.href}
          aria-current={active === section.id ? "page" : undefined}
          className={cn(
            "-mb-px shrink-0 whitespace-nowrap border-b-2 px-4 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            active === section.id ? "border-primary text-primary" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {section.label}
        </Link>
      ))}
    </nav>
  );
}
