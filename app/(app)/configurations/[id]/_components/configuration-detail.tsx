"use client";

import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { CalibrationCard } from "@/components/ml/calibration-card";
import { Alert } from "@/components/ui/alert";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { useConfiguration } from "@/lib/configurations/hooks";
import { ApiError, errorMessage } from "@/lib/http/client";
import { ConfigurationEditor } from "../../_components/editor/configuration-editor";
import { StatusBadge } from "../../_components/status";
import { ConfigurationActions } from "./configuration-actions";
import { LabResults } from "./lab-results";
import { VersionHistory } from "./version-history";

type ConfigurationDetailProps = { id: string; canOrder: boolean; calibration: { view: boolean; recalibrate: boolean } };

function BackLink() {
  return (
    <Link href="/configurations" className="mb-4 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ArrowLeft className="size-4" aria-hidden="true" />
      All configurations
    </Link>
  );
}

export function ConfigurationDetail({ id, canOrder, calibration }: ConfigurationDetailProps) {
  const query = useConfiguration(id);

  if (query.isPending) {
    return (
      <div role="status" aria-label="Loading configuration" className="grid gap-6">
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-72" />
        <Skeleton className="h-96" />
      </div>
    );
  }
  if (query.isError) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <BackLink />
        <ErrorState
          title={missing ? "Configuration not found" : "Could not load this configuration"}
          message={missing ? "It does not exist or belongs to another organization." : errorMessage(query.error)}
          onRetry={missing ? undefined : () => void query.refetch()}
          retrying={query.isFetching}
        />
      </>
    );
  }

  const configuration = query.data;
  const { access } = configuration;
  const archived = configuration.archivedAt !== null;
  return (
    <>
      <BackLink />
      <PageHeader
        title={configuration.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={configuration.status} /> Version {configuration.version}
          </span>
        }
        actions={<ConfigurationActions configuration={configuration} />}
      />
      <div className="grid grid-cols-1 gap-6">
        {archived ? (
          <Alert variant="info">
            <p>
              This configuration is archived, so it cannot be edited.{" "}
              {access.archive
                ? "Unarchive it to edit it again, or duplicate it to work from a copy."
                : "Its creator or an admin can unarchive it; you can duplicate it to work from a copy."}
            </p>
          </Alert>
        ) : null}
        {!archived && !access.edit ? (
          <Alert variant="info">
            <p>You have read-only access to this configuration. Its creator or an admin can share it with you to edit.</p>
          </Alert>
        ) : null}
        <ConfigurationEditor
          key={`${configuration.id}-${configuration.version}`}
          configuration={configuration}
          readOnly={!access.edit}
          canOrder={canOrder}
        />
        <LabResults configurationId={configuration.id} skus={configuration.compatibleActuators.map((a) => a.sku)} />
        {calibration.view ? <CalibrationCard canRecalibrate={calibration.recalibrate} /> : null}
        <VersionHistory id={configuration.id} currentVersion={configuration.version} canRestore={access.restore} />
      </div>
    </>
  );
}
