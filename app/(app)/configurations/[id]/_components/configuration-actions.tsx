"use client";

import { Archive, ArchiveRestore, Copy } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { type Configuration, useArchiveConfiguration, useDuplicateConfiguration, useUnarchiveConfiguration } from "@/lib/configurations/hooks";
import { ApiError, errorMessage } from "@/lib/http/client";
import { ShareDialog } from "./share-dialog";

type ConfigurationActionsProps = { configuration: Configuration };

export function ConfigurationActions({ configuration }: ConfigurationActionsProps) {
  const { access } = configuration;
  const active = configuration.archivedAt === null;
  const router = useRouter();
  const duplicate = useDuplicateConfiguration(configuration.id);
  const archive = useArchiveConfiguration(configuration.id);
  const unarchive = useUnarchiveConfiguration(configuration.id);

  function onUnarchive() {
    unarchive.mutate(undefined, {
      onSuccess: () => toast.success(`“${configuration.name}” is active again`),
      onError: (error) => toast.error("Could not unarchive the configuration", { description: errorMessage(error) }),
    });
  }

  function onDuplicate() {
    duplicate.mutate(undefined, {
      onSuccess: (copy) => {
        toast.success(`Created “${copy.name}”`);
        router.push(`/configurations/${copy.id}`);
      },
      onError: (error) =>
        toast.error(error instanceof ApiError && error.code === "plan_limit" ? "Plan limit reached" : "Could not duplicate", {
          description: errorMessage(error),
          duration: 10_000,
        }),
    });
  }

  async function onArchive() {
    try {
      await archive.mutateAsync();
      toast.success(`Archived “${configuration.name}”`);
      router.push("/configurations");
    } catch (error) {
      toast.error("Could not archive the configuration", { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <>
      {access.duplicate ? (
        <Button variant="outline" onClick={onDuplicate} loading={duplicate.isPending}>
          {duplicate.isPending ? null : <Copy aria-hidden="true" />}
          Duplicate
        </Button>
      ) : null}
      {access.archive && !active ? (
        <Button variant="outline" onClick={onUnarchive} loading={unarchive.isPending}>
          {unarchive.isPending ? null : <ArchiveRestore aria-hidden="true" />}
          Unarchive
        </Button>
      ) : null}
      {access.share && active ? <ShareDialog configurationId={configuration.id} configurationName={configuration.name} /> : null}
      {access.archive && active ? (
        <ConfirmDialog
          title={`Archive “${configuration.name}”?`}
          description="It leaves the list of active configurations and can no longer be edited. You can still find it with “Show archived”."
          confirmLabel="Archive"
          onConfirm={onArchive}
          trigger={
            <Button variant="outline" className="text-destructive hover:text-destructive">
              <Archive aria-hidden="true" />
              Archive
            </Button>
          }
        />
      ) : null}
    </>
  );
}
