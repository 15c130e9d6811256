import { CheckCircle2, Circle } from "lucide-react";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

type Step = { label: string; href: string; done: boolean };

type NextStepsProps = { isAdmin: boolean; memberCount: number; hasBillingEmail: boolean };

export function NextSteps({ isAdmin, memberCount, hasBillingEmail }: NextStepsProps) {
  const steps: Step[] = isAdmin
    ? [
        { label: "Invite your team", href: "/settings/team", done: memberCount > 1 },
        { label: "Set a billing email", href: "/settings/organization", done: hasBillingEmail },
        { label: "Review recent activity", href: "/settings/audit", done: false },
      ]
    : [{ label: "Meet your team", href: "/settings/team", done: memberCount > 1 }];
  return (
    <Card>
      <CardHeader>
        <CardDescription>Set up</CardDescription>
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
