import { Beaker, Droplets, FlaskConical, type LucideIcon, PackageCheck, Receipt } from "lucide-react";

type Step = { icon: LucideIcon; title: string; body: string };

const STEPS: Step[] = [
  {
    icon: Droplets,
    title: "Describe the fluid",
    body: "Viscosity, density, surface tension and flash point, plus your targets: cone angle, droplet size, flow rate and maximum pressure.",
  },
  {
    icon: FlaskConical,
    title: "Get ranked actuators",
    body: "Every Spencer and Coster SKU is scored with physics-based predictions (Dv10, Dv50, Dv90, cone angle, pressure) and P10–P90 bands, with validity flags where the correlations stop holding.",
  },
  {
    icon: Receipt,
    title: "Compare live quotes",
    body: "Prices, quantity breaks, stock and lead times straight from both suppliers, side by side.",
  },
  {
    icon: PackageCheck,
    title: "Order samples",
    body: "Pay by card and track the delivery to your lab without leaving the configuration.",
  },
  {
    icon: Beaker,
    title: "Feed back lab results",
    body: "Measured droplet sizes and cone angles calibrate the model per SKU and fluid class, so the next prediction is closer.",
  },
];

export function HowItWorks() {
  return (
    <section aria-labelledby="how-heading" className="mx-auto max-w-6xl px-4 py-20 sm:px-6">
      <h2 id="how-heading" className="text-3xl font-bold tracking-tight">
        One loop, from datasheet to lab bench
      </h2>
      <p className="mt-3 max-w-2xl text-muted-foreground">
        Stop matching fluids to nozzles by spreadsheet and phone call. Each step keeps its numbers, so your team sees why an actuator was
        chosen and how well it performed.
      </p>
      <ol className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-5">
        {STEPS.map((step, index) => (
          <li key={step.title} className="rounded-xl border border-border bg-card p-5 shadow-sm">
            <div className="flex items-center gap-3">
              <span className="flex size-9 items-center justify-center rounded-lg bg-primary/10 text-primary">
                <step.icon className="size-5" aria-hidden="true" />
              </span>
              <span className="text-xs font-semibold text-muted-foreground">Step {index + 1}</span>
            </div>
            <h3 className="mt-4 font-semibold">{step.title}</h3>
            <p className="mt-2 text-sm text-muted-foreground">{step.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
