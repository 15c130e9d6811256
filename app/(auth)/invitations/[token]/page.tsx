import type { Metadata } from "next";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { auth } from "@/lib/auth/auth";
import { AppError } from "@/lib/http/errors";
import { getInvitationPreview, type InvitationPreview } from "@/lib/tenants/invitations";
import { AcceptSignedIn } from "./_components/accept-signed-in";
import { AcceptWithNewAccount } from "./_components/accept-with-new-account";
import { InvitationProblem } from "./_components/invitation-problem";

export const metadata: Metadata = { title: "Invitation" };

type InvitationPageProps = { params: Promise<{ token: string }> };

async function loadPreview(token: string): Promise<{ preview: InvitationPreview } | { problem: string }> {
  try {
    return { preview: await getInvitationPreview(token) };
  } catch (error) {
    if (error instanceof AppError) return { problem: error.message };
    throw error;
  }
}

export default async function InvitationPage({ params }: InvitationPageProps) {
  const { token } = await params;
  const loaded = await loadPreview(token);
  if ("problem" in loaded) return <InvitationProblem message={loaded.problem} />;
  const { preview } = loaded;
  const session = await auth();
  const signedInEmail = session?.user?.email ?? null;
  const sameEmail = signedInEmail?.toLowerCase() === preview.email.toLowerCase();
  const signInUrl = `/login?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`;

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h1" className="text-xl">
          Join {preview.tenantName} as <Badge className="align-middle text-sm capitalize">{preview.role}</Badge>
        </CardTitle>
        <CardDescription>
          This invitation is for <span className="font-medium text-foreground">{preview.email}</span>. It expires on{" "}
          {new Date(preview.expiresAt).toLocaleDateString("en-US", { dateStyle: "medium" })}.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {signedInEmail && sameEmail ? <AcceptSignedIn token={token} tenantName={preview.tenantName} /> : null}
        {signedInEmail && !sameEmail ? (
          <div className="grid gap-3 text-sm">
            <p>
              You are signed in as <span className="font-medium">{signedInEmail}</span>, but this invitation is for{" "}
              <span className="font-medium">{preview.email}</span>. Sign out, then open the link again to accept it.
            </p>
            <div>
              <SignOutButton redirectTo={`/invitations/${token}`} label={`Sign out of ${signedInEmail}`} />
            </div>
          </div>
        ) : null}
        {!signedInEmail ? <AcceptWithNewAccount token={token} email={preview.email} signInUrl={signInUrl} /> : null}
      </CardContent>
    </Card>
  );
}
