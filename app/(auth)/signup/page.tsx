import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { TRIAL_DAYS } from "@/lib/billing/plans";
import { SignupForm } from "./_components/signup-form";

export const metadata: Metadata = { title: "Start your free trial" };

export default function SignupPage() {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          Start your free trial
        </CardTitle>
        <CardDescription>{TRIAL_DAYS} days of Professional for your whole team. No card needed.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignupForm />
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        Already have an account?
        <Link href="/login" className="font-medium text-primary hover:underline">
          Sign in
        </Link>
      </CardFooter>
    </Card>
  );
}
