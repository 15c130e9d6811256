"use client";

import { SearchX } from "lucide-react";
import { useMemo } from "react";
import { useDebouncedValue } from "@/components/hooks/use-debounced-value";
import { useUrlFilters } from "@/components/hooks/use-url-filters";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadMore } from "@/components/ui/load-more";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { EMPTY_ACTUATOR_FILTERS, useActuators } from "@/lib/catalog/hooks";
import { errorMessage } from "@/lib/http/client";
import { ActuatorFilters, findFilterProblems, sendableFilters } from "./actuator-filters";
import { ActuatorTable } from "./actuator-table";

export function ActuatorBrowser() {
  const [inputs, setInputs] = useUrlFilters(EMPTY_ACTUATOR_FILTERS);
  const problems = useMemo(() => findFilterProblems(inputs), [inputs]);
  const sendable = useMemo(() => sendableFilters(inputs, problems), [inputs, problems]);
  const filters = useDebouncedValue(sendable, 300);
  const query = useActuators(filters);
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card>
      <CardContent className="grid grid-cols-1 gap-6 pt-6">
        <ActuatorFilters value={inputs} problems={problems} onChange={setInputs} />
        <div aria-live="polite" aria-busy={query.isFetching || undefined} className="grid grid-cols-1 gap-4">
          {query.isPending ? <TableSkeleton columns={8} rows={6} label="Loading actuators" /> : null}
          {query.isError ? (
            <ErrorState
              title="Could not load the catalog"
              message={errorMessage(query.error)}
              onRetry={() => void query.refetch()}
              retrying={query.isFetching}
            />
          ) : null}
          {query.isSuccess && items.length === 0 ? <EmptyState icon={SearchX} title="No actuator matches these filters" /> : null}
          {items.length > 0 ? (
            <>
              <p className="text-sm text-muted-foreground">
                Showing {items.length} {items.length === 1 ? "actuator" : "actuators"}
                {query.hasNextPage ? "; more below" : ""}.
              </p>
              <ActuatorTable items={items} />
            </>
          ) : null}
          <LoadMore query={query} />
        </div>
      </CardContent>
    </Card>
  );
}
