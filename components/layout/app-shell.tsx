"use client";

import { Menu, X } from "lucide-react";
import { type ReactNode, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";

type AppShellProps = {
  isAdmin: boolean;
  isStaff?: boolean;
  hasApiAccess?: boolean;
  canViewAnalytics?: boolean;
  tenantSwitcher: ReactNode;
  userMenu: ReactNode;
  banner?: ReactNode;
  trialBadge?: ReactNode;
  children: ReactNode;
};

/** Sidebar on wide screens; on narrow ones a top bar whose menu button opens it as a drawer. */
export function AppShell({
  isAdmin,
  isStaff = false,
  hasApiAccess = false,
  canViewAnalytics = false,
  tenantSwitcher,
  userMenu,
  banner,
  trialBadge,
  children,
}: AppShellProps) {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open]);

  return (
    <div className="min-h-screen bg-surface lg:flex">
      <a href="#main" className="sr-only z-50 rounded-md bg-background px-3 py-2 focus:not-sr-only focus:fixed focus:left-4 focus:top-4">
        Skip to content
      </a>
      <div className="sticky top-0 z-30 flex h-14 items-center justify-between border-b border-border bg-background px-4 lg:hidden">
        <Logo href="/app" />
        <Button variant="ghost" size="icon" aria-expanded={open} aria-controls="app-sidebar" onClick={() => setOpen((v) => !v)}>
          {open ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
          <span className="sr-only">{open ? "Close navigation" : "Open navigation"}</span>
        </Button>
      </div>
      {open ? <div className="fixed inset-0 z-30 bg-slate-950/40 lg:hidden" aria-hidden="true" onClick={() => setOpen(false)} /> : null}
      <aside
        id="app-sidebar"
        className={cn(
          "fixed inset-y-0 left-0 z-40 flex w-72 flex-col gap-6 border-r border-border bg-background p-4 transition-transform lg:sticky lg:top-0 lg:h-screen lg:w-64 lg:translate-x-0",
          open ? "translate-x-0" : "-translate-x-full",
        )}
      >
        <div className="hidden flex-wrap items-center justify-between gap-2 lg:flex">
          <Logo href="/app" />
          {trialBadge}
        </div>
        {tenantSwitcher}
        <div className="flex-1 overflow-y-auto">
          <NavLinks
            isAdmin={isAdmin}
            isStaff={isStaff}
            hasApiAccess={hasApiAccess}
            canViewAnalytics={canViewAnalytics}
            onNavigate={() => setOpen(false)}
          />
        </div>
        <div className="border-t border-border pt-4">{userMenu}</div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        {banner}
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
