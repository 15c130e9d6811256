"use client";

import { Webhook } from "lucide-react";
import { useState } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { errorMessage } from "@/lib/http/client";
import { type CreatedWebhookEndpoint, useWebhookEndpoints } from "@/lib/webhooks/hooks";
import { CreateWebhookDialog } from "./create-webhook-dialog";
import { WebhookEndpointCard } from "./webhook-endpoint-card";
import { WebhookSecretDialog } from "./webhook-secret";

export function WebhooksManager() {
  const query = useWebhookEndpoints();
  const endpoints = query.data?.pages.flatMap((page) => page.items) ?? [];
  // A secret from a rotation, shown once.
  const [rotated, setRotated] = useState<CreatedWebhookEndpoint | null>(null);

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-prose text-sm text-muted-foreground">
          Each request carries <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> headers (the
          Standard Webhooks scheme): verify them with the endpoint&apos;s secret. Failed deliveries are retried with backoff for about a
          day; an endpoint failing all that time is disabled and admins are emailed.
        </p>
        <CreateWebhookDialog />
      </div>
      {query.isPending ? <TableSkeleton columns={3} rows={2} label="Loading webhook endpoints" /> : null}
      {query.isError ? (
        <ErrorState
          title="Could not load webhook endpoints"
          message={errorMessage(query.error)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : null}
      {query.isSuccess && endpoints.length === 0 ? (
        <Card>
          <CardContent className="pt-6">
            <EmptyState
              icon={Webhook}
              title="No webhook endpoints yet"
              description="Add the URL of a system that should hear about changes, and choose the events it gets."
            />
          </CardContent>
        </Card>
      ) : null}
      {endpoints.map((endpoint) => (
        <WebhookEndpointCard key={endpoint.id} endpoint={endpoint} onRotated={setRotated} />
      ))}
      {endpoints.length > 0 ? <LoadMore query={query} /> : null}
      <WebhookSecretDialog created={rotated} title="Copy the new signing secret" onDone={() => setRotated(null)} rotated />
    </div>
  );
}
