"use client";

import { Building2, FlaskConical, LayoutDashboard, Library, type LucideIcon, ScrollText, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

type NavItem = { href: string; label: string; icon: LucideIcon; adminOnly?: boolean };

const MAIN: NavItem[] = [
  { href: "/app", label: "Overview", icon: LayoutDashboard },
  { href: "/configurations", label: "Configurations", icon: FlaskConical },
  { href: "/catalog", label: "Catalog", icon: Library },
];

const SETTINGS: NavItem[] = [
  { href: "/settings/organization", label: "Organization", icon: Building2, adminOnly: true },
  { href: "/settings/team", label: "Team", icon: Users },
  { href: "/settings/audit", label: "Audit log", icon: ScrollText, adminOnly: true },
];

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

export function NavLinks({ isAdmin, onNavigate }: { isAdmin: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  const settings = SETTINGS.filter((item) => isAdmin || !item.adminOnly);
  const isActive = (href: string) => (href === "/app" ? pathname === href : pathname.startsWith(href));
  return (
    <nav aria-label="Main" className="grid gap-6">
      <div className="grid gap-1">
        {MAIN.map((item) => (
          <NavLink key={item.href} item={item} active={isActive(item.href)} onNavigate={onNavigate} />
        ))}
      </div>
      <div className="grid gap-1">
        <p className="px-3 pb-1 text-xs font-semibold uppercase tracking-wider text-muted-foreground">Settings</p>
        {settings.map((item) => (
          <NavLink key={item.href} item={item} active={isActive(item.href)} onNavigate={onNavigate} />
        ))}
      </div>
    </nav>
  );
}
