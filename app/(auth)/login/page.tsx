import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { enabledOAuthProviders } from "@/lib/auth/auth";
import { safeRedirectPath } from "@/lib/http/redirect";
import { LoginForm } from "./_components/login-form";
import { OAuthButtons } from "./_components/oauth-buttons";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { callbackUrl } = await searchParams;
  const providers = enabledOAuthProviders();
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          Sign in to AeroSpec
        </CardTitle>
        <CardDescription>Welcome back. Pick up where your team left off.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        {providers.length > 0 ? <OAuthButtons providers={providers} /> : null}
        <LoginForm callbackUrl={safeRedirectPath(callbackUrl)} />
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        New to AeroSpec?
        <Link href="/signup" className="font-medium text-primary hover:underline">
          Start a free trial
        </Link>
      </CardFooter>
    </Card>
  );
}
