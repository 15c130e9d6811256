"use client";

import { KeyRound } from "lucide-react";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { useApiKeys } from "@/lib/api-keys/hooks";
import { errorMessage } from "@/lib/http/client";
import { ApiKeyTableRow } from "./api-key-table-row";
import { ApiKeyUsage } from "./api-key-usage";

const COLUMNS = ["Name", "Scopes", "Created", "Last used", "Expires", "Status"];

export function ApiKeysCard() {
  const query = useApiKeys();
  const keys = query.data?.pages.flatMap((page) => page.items) ?? [];
  const [usageOf, setUsageOf] = useState<string | null>(null);
  const charted = keys.find((k) => k.id === usageOf);

  return (
    <Card>
      <CardHeader>
        <CardTitle>Keys</CardTitle>
        <CardDescription>
          A revoked key is refused from its next request on. Keys of a member who leaves are revoked with them.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {query.isPending ? <TableSkeleton columns={COLUMNS.length + 1} rows={2} label="Loading API keys" /> : null}
        {query.isError ? (
          <ErrorState
            title="Could not load API keys"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {query.isSuccess && keys.length === 0 ? (
          <EmptyState
            icon={KeyRound}
            title="No API keys yet"
            description="Create a key for each system that calls AeroSpec, with only the scopes it needs."
          />
        ) : null}
        {keys.length > 0 ? (
          <>
            <Table>
              <TableHeader>
                <TableRow>
                  {COLUMNS.map((column) => (
                    <TableHead key={column}>{column}</TableHead>
                  ))}
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keys.map((apiKey) => (
                  <ApiKeyTableRow
                    key={apiKey.id}
                    apiKey={apiKey}
                    showingUsage={apiKey.id === usageOf}
                    onToggleUsage={() => setUsageOf((current) => (current === apiKey.id ? null : apiKey.id))}
                  />
                ))}
              </TableBody>
            </Table>
            <LoadMore query={query} />
            {charted ? <ApiKeyUsage apiKey={charted} /> : null}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
