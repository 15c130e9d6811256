import { CheckCircle2, Circle } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

type Step = { label: string; href: string; done: boolean };

type NextStepsProps = {
  isAdmin: boolean;
  canCreate: boolean;
  configurationCount: number;
  memberCount: number;
  hasBillingEmail: boolean;
  subscribed: boolean;
};

/** The first things to do, each ticked only when it has really been done. */
export function NextSteps({ isAdmin, canCreate, configurationCount, memberCount, hasBillingEmail, subscribed }: NextStepsProps) {
  const steps: Step[] = [];
  if (canCreate) steps.push({ label: "Create your first configuration", href: "/configurations/new", done: configurationCount > 0 });
  else steps.push({ label: "Open your team's configurations", href: "/configurations", done: false });
  if (isAdmin) {
    steps.push(
      { label: "Invite your team", href: "/settings/team", done: memberCount > 1 },
      { label: "Set a billing email", href: "/settings/organization", done: hasBillingEmail },
      { label: "Choose a plan", href: "/settings/billing", done: subscribed },
    );
  } else {
    steps.push({ label: "Meet your team", href: "/settings/team", done: memberCount > 1 });
  }
  const left = steps.filter((step) => !step.done).length;
  return (
    <Card>
      <CardHeader>
        <CardDescription>{left === 0 ? "All done" : `${left} of ${steps.length} to do`}</CardDescription>
        <CardTitle className="text-lg">Get your organization ready</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-2 text-sm">
          {steps.map((step) => (
            <li key={step.href} className="flex items-center gap-2">
              {step.done ? (
                <CheckCircle2 className="size-4 text-emerald-600" aria-label="Done" />
              ) : (
                <Circle className="size-4 text-muted-foreground" aria-label="To do" />
              )}
              <Link
                href={step.href}
                className={step.done ? "text-muted-foreground line-through" : "font-medium text-primary hover:underline"}
              >
                {step.label}
              </Link>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
