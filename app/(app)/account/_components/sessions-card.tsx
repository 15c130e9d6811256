"use client";

import { MonitorSmartphone } from "lucide-react";
import { toast } from "sonner";
import { formatDateTime } from "@/components/format/dates";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { type AccountSession, useEndOtherSessions, useEndSession, useSessions } from "@/lib/auth/hooks";
import { errorMessage } from "@/lib/http/client";

/** "Chrome on Linux" from a user agent, or the raw string's start when it is unfamiliar. */
function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : null;
  const system = /Windows/.test(userAgent)
    ? "Windows"
    : /Android/.test(userAgent)
      ? "Android"
      : /iPhone|iPad/.test(userAgent)
        ? "iOS"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? userAgent.slice(0, 60);
}

function SessionItem({ session }: { session: AccountSession }) {
  const end = useEndSession();
  const device = describeDevice(session.userAgent);
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3">
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-2 font-medium">
          {device}
          {session.current ? <Badge variant="secondary">This browser</Badge> : null}
        </p>
        <p className="text-sm text-muted-foreground">
          {session.tenantName} · {session.ipAddress ?? "address unknown"} · last active {formatDateTime(session.lastActivityAt)}
        </p>
      </div>
      {session.current ? null : (
        <ConfirmDialog
          title={`Sign out ${device}?`}
          description={`That browser is signed out of ${session.tenantName} at once; whoever uses it must sign in again.`}
          confirmLabel="Sign out"
          onConfirm={() =>
            end.mutateAsync(session.id).catch((error: unknown) => {
              toast.error("Could not sign that session out", { description: errorMessage(error) });
              throw error;
            })
          }
          trigger={
            <Button variant="outline" size="sm" aria-label={`Sign out ${device}, last active ${formatDateTime(session.lastActivityAt)}`}>
              Sign out
            </Button>
          }
        />
      )}
    </li>
  );
}

export function SessionsCard() {
  const sessions = useSessions();
  const endOthers = useEndOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  return (
    <Card>
      <CardHeader>
        <CardTitle>Where you are signed in</CardTitle>
        <CardDescription>Open sessions of your account in every organization, most recently used first.</CardDescription>
      </CardHeader>
      <CardContent>
        {sessions.isPending ? <TableSkeleton columns={2} rows={2} label="Loading sessions" /> : null}
        {sessions.isError ? (
          <Alert variant="destructive" role="alert">
            <div>
              <p>Could not load your sessions: {errorMessage(sessions.error)}</p>
              <Button variant="outline" size="sm" className="mt-2" onClick={() => void sessions.refetch()}>
                Try again
              </Button>
            </div>
          </Alert>
        ) : null}
        {sessions.data && sessions.data.length === 0 ? (
          <EmptyState icon={MonitorSmartphone} title="No other sessions" description="Only this browser is signed in." />
        ) : null}
        {sessions.data && sessions.data.length > 0 ? (
          <ul aria-label="Sessions" className="divide-y divide-border">
            {sessions.data.map((session) => (
              <SessionItem key={session.id} session={session} />
            ))}
          </ul>
        ) : null}
      </CardContent>
      <CardFooter className="justify-end border-t border-border pt-6">
        <ConfirmDialog
          title="Sign out every other device?"
          description="Every other browser and device signed in to your account is signed out, in every organization. This one stays signed in."
          confirmLabel="Sign out other devices"
          onConfirm={() =>
            endOthers.mutateAsync().then(
              ({ ended }) => toast.success(ended === 1 ? "1 other session signed out" : `${ended} other sessions signed out`),
              (error: unknown) => {
                toast.error("Could not sign the other devices out", { description: errorMessage(error) });
                throw error;
              },
            )
          }
          trigger={
            <Button variant="outline" disabled={others === 0}>
              Sign out other devices
            </Button>
          }
        />
      </CardFooter>
    </Card>
  );
}
