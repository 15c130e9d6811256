import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { TRIAL_DAYS } from "@/lib/billing/plans";

export function Hero() {
  return (
    <section className="relative overflow-hidden border-b border-border bg-gradient-to-b from-indigo-50/70 to-background">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-20 sm:px-6 lg:py-28">
        <p className="text-sm font-semibold uppercase tracking-wider text-primary">Spray actuator selection</p>
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight text-slate-950 sm:text-5xl">
          From fluid properties to the right actuator, ordered and proven in the lab.
        </h1>
        <p className="max-w-2xl text-lg text-muted-foreground">
          Describe your fluid and spray targets. AeroSpec ranks actuators from Spencer and Coster with physics-based predictions of flow,
          droplet size and cone angle — each with its uncertainty — compares live supplier quotes, and learns from your lab results.
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Button asChild size="lg">
            <Link href="/signup">
              Start your {TRIAL_DAYS}-day trial <ArrowRight aria-hidden="true" />
            </Link>
          </Button>
          <Button asChild size="lg" variant="outline">
            <Link href="#pricing">See pricing</Link>
          </Button>
        </div>
      </div>
    </section>
  );
}
