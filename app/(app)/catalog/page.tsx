import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { cn } from "@/components/ui/cn";
import { auth } from "@/lib/auth/auth";
import { can } from "@/lib/rbac/permissions";
import { ActuatorBrowser } from "./_components/actuator-browser";
import { FluidLibrary } from "./_components/fluid-library";

export const metadata: Metadata = { title: "Catalog" };

const TABS = [
  { id: "actuators", label: "Actuators" },
  { id: "fluids", label: "Fluid library" },
] as const;

export default async function CatalogPage({ searchParams }: { searchParams: Promise<{ tab?: string }> }) {
  const { tab } = await searchParams;
  const session = await auth();
  const canWrite = session?.actor ? can(session.actor.role, "configurations.write") : false;
  const active = tab === "fluids" ? "fluids" : "actuators";
  return (
    <>
      <PageHeader title="Catalog" description="Spray actuators from Spencer and Coster, and the fluid library the engine draws on." />
      <nav aria-label="Catalog sections" className="mb-6 flex gap-1 border-b border-border">
        {TABS.map((t) => (
          <Link
            key={t.id}
            href={`/catalog?tab=${t.id}`}
            aria-current={active === t.id ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-4 py-2 text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              active === t.id ? "border-primary text-primary" : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {active === "fluids" ? <FluidLibrary canWrite={canWrite} /> : <ActuatorBrowser />}
    </>
  );
}
