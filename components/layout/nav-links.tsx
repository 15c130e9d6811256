"use client";

import {
  BarChart3,
  Building2,
  CreditCard,
  FlaskConical,
  KeyRound,
  LayoutDashboard,
  Library,
  type LucideIcon,
  ScrollText,
  ShoppingCart,
  TrendingUp,
  Users,
  Webhook,
} from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

type NavItem = {
  href: string;
  label: string;
  icon: LucideIcon;
  adminOnly?: boolean;
  /** Shown to members with API access (admins; users when the plan enables it). */
  apiOnly?: boolean;
  /** Shown to members who may view analytics (admins and users, spec §1.2). */
  analyticsOnly?: boolean;
  activePrefix?: string;
};

const MAIN: NavItem[] = [
  { href: "/app", label: "Overview", icon: LayoutDashboard },
  { href: "/configurations", label: "Configurations", icon: FlaskConical },
  { href: "/procurements", label: "Orders", icon: ShoppingCart },
  { href: "/catalog", label: "Catalog", icon: Library },
  { href: "/analytics", label: "Analytics", icon: BarChart3, analyticsOnly: true },
];

const SETTINGS: NavItem[] = [
  { href: "/settings/organization", label: "Organization", icon: Building2, adminOnly: true },
  { href: "/settings/team", label: "Team", icon: Users },
  { href: "/settings/billing", label: "Billing", icon: CreditCard },
  { href: "/settings/api-keys", label: "API keys", icon: KeyRound, apiOnly: true },
  { href: "/settings/webhooks", label: "Webhooks", icon: Webhook, adminOnly: true },
  { href: "/settings/audit", label: "Audit log", icon: ScrollText, adminOnly: true },
];

// Operators of AeroSpec itself; the pages behind it answer 404 to everyone else.
const STAFF: NavItem[] = [{ href: "/staff/revenue", label: "Platform", icon: TrendingUp, activePrefix: "/staff" }];

function NavLink({ item, active, onNavigate }: { item: NavItem; active: boolean; onNavigate?: () => void }) {
  return (
    <Link
      href={item.href}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
        active ? "bg-primary/10 text-primary" : "text-slate-600 hover:bg-muted hover:text-foreground",
      )}
    >
      <item.icon className="size-4" aria-hidden="true" />
      {item.label}
    </Link>
  );
}

function NavGroup({
  title,
  items,
  isActive,
  onNavigate,
}: {
  title?: string;
  items: NavItem[];
  isActive: (item: NavItem) => boolean;
  onNavigate?: () => void;
}) {
  return (
    <div className="grid gap-1">
      {title ? <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wider text-muted-foreground">{title}</p> : null}
      {items.map((item) => (
        <NavLink key={item.href} item={item} active={isActive(item)} onNavigate={onNavigate} />
      ))}
    </div>
  );
}

type NavLinksProps = { isAdmin: boolean; isStaff?: boolean; hasApiAccess?: boolean; canViewAnalytics?: boolean; onNavigate?: () => void };

export function NavLinks({ isAdmin, isStaff = false, hasApiAccess = false, canViewAnalytics = false, onNavigate }: NavLinksProps) {
  const pathname = usePathname();
  const main = MAIN.filter((item) => canViewAnalytics || !item.analyticsOnly);
  const settings = SETTINGS.filter((item) => (isAdmin || !item.adminOnly) && (hasApiAccess || !item.apiOnly));
  const isActive = (item: NavItem) => {
    if (item.href === "/app") return pathname === item.href;
    return pathname.startsWith(item.activePrefix ?? item.href);
  };
  return (
    <nav aria-label="Main" className="grid gap-6">
      <NavGroup items={main} isActive={isActive} onNavigate={onNavigate} />
      <NavGroup title="Settings" items={settings} isActive={isActive} onNavigate={onNavigate} />
      {isStaff ? <NavGroup title="Staff" items={STAFF} isActive={isActive} onNavigate={onNavigate} /> : null}
    </nav>
  );
}
