"use client";

import { FlaskConical, Plus } from "lucide-react";
import Link from "next/link";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { useUrlFilters } from "@/components/hooks/use-url-filters";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { EMPTY_CONFIGURATION_FILTERS, useConfigurations } from "@/lib/configurations/hooks";
import { errorMessage } from "@/lib/http/client";
import { ConfigurationFilters, type FilterInputs } from "./configuration-filters";
import { ConfigurationTable } from "./configuration-table";

export function ConfigurationList({ canWrite }: { canWrite: boolean }) {
  const [inputs, setInputs] = useUrlFilters<FilterInputs>(EMPTY_CONFIGURATION_FILTERS);
  const q = useDebouncedValue(inputs.q, 300);
  const tag = useDebouncedValue(inputs.tag, 300);
  const filters = { ...inputs, q, tag };
  const query = useConfigurations(filters);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = filters.q !== "" || filters.tag !== "" || filters.status !== "" || filters.archived;

  return (
    <Card>
      <CardContent className="grid grid-cols-1 gap-6 pt-6">
        <ConfigurationFilters value={inputs} onChange={setInputs} />
        <div aria-live="polite" aria-busy={query.isFetching || undefined} className="grid grid-cols-1 gap-4">
          {query.isPending ? <TableSkeleton columns={6} rows={4} label="Loading configurations" /> : null}
          {query.isError ? (
            <ErrorState
              title="Could not load configurations"
              message={errorMessage(query.error)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : null}
          {query.isSuccess && items.length === 0 ? (
            filtered ? (
              <EmptyState icon={FlaskConical} title="No configurations match" description="Try another search, tag or status." />
            ) : (
              <EmptyState
                icon={FlaskConical}
                title="No configurations yet"
                description="Describe a fluid and your spray targets to see which actuators fit."
                action={
                  canWrite ? (
                    <Button asChild>
                      <Link href="/configurations/new">
                        <Plus aria-hidden="true" />
                        New configuration
                      </Link>
                    </Button>
                  ) : null
                }
              />
            )
          ) : null}
          {items.length > 0 ? <ConfigurationTable items={items} /> : null}
          <LoadMore query={query} />
        </div>
      </CardContent>
    </Card>
  );
}
