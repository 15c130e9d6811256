import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { enabledOAuthProviders } from "@/lib/auth/auth";
import { safeRedirectPath } from "@/lib/http/redirect";
import { LoginForm } from "./_components/login-form";
import { OAuthButtons } from "./_components/oauth-buttons";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<{ callbackUrl?: string | string[]; notice?: string | string[] }> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const { callbackUrl, notice } = await searchParams;
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
        {notice === "removed" ? (
          <Alert variant="warning" role="status">
            <div>
              <p className="font-medium">You no longer belong to that organization</p>
              <p>
                An admin removed you from it. Sign in again to continue in your other organizations, or ask its admin to invite you back.
              </p>
            </div>
          </Alert>
        ) : null}
        {notice === "no-organization" ? (
          <Alert variant="warning" role="status">
            <div>
              <p className="font-medium">Your account is not in any organization</p>
              <p>Ask an admin of your organization to invite you again; the link in their email signs you in.</p>
            </div>
          </Alert>
        ) : null}
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
