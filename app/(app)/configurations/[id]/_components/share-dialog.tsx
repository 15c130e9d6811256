"use client";

import { Share2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import type { SharePermission } from "@/lib/configurations/access";
import {
  type ConfigurationShareRow,
  useConfigurationShares,
  useShareConfiguration,
  useUnshareConfiguration,
} from "@/lib/configurations/hooks";
import { errorMessage } from "@/lib/http/client";
import { useMembers } from "@/lib/tenants/hooks";

type Permission = SharePermission;

export function ShareDialog({ configurationId, configurationName }: { configurationId: string; configurationName: string }) {
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState("");
  const [permission, setPermission] = useState<Permission>("view");
  const members = useMembers();
  const share = useShareConfiguration(configurationId);
  const unshare = useUnshareConfiguration(configurationId);
  const shares = useConfigurationShares(configurationId, open);
  const member = members.data?.find((m) => m.userId === userId);
  const who = member ? member.name || member.email : "";

  function onShare() {
    share.mutate(
      { userId, permission },
      {
        onSuccess: () =>
          toast.success(`Shared with ${who}`, { description: permission === "edit" ? "They can view and edit it." : "They can view it." }),
        onError: (error) => toast.error(`Could not share with ${who}`, { description: errorMessage(error) }),
      },
    );
  }

  function onUnshare(target: { userId: string; name: string }) {
    unshare.mutate(target.userId, {
      onSuccess: () => toast.success(`${target.name} no longer has shared access`),
      onError: (error) => toast.error(`Could not remove ${target.name}'s access`, { description: errorMessage(error) }),
    });
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">
          <Share2 aria-hidden="true" />
          Share
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Share “{configurationName}”</DialogTitle>
          <DialogDescription>Give a member view or edit rights on this configuration, or take shared rights away.</DialogDescription>
        </DialogHeader>
        {members.isError ? (
          <ErrorState title="Could not load members" message={errorMessage(members.error)} onRetry={() => void members.refetch()} />
        ) : null}
        <div className="grid gap-4">
          <FormField id="share-member" label="Member">
            <Select id="share-member" value={userId} onChange={(e) => setUserId(e.target.value)} disabled={members.isPending}>
              <option value="">{members.isPending ? "Loading members…" : "Choose a member"}</option>
              {members.data?.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name ? `${m.name} (${m.email})` : m.email} · {m.role}
                </option>
              ))}
            </Select>
          </FormField>
          <FormField id="share-permission" label="Permission">
            <Select id="share-permission" value={permission} onChange={(e) => setPermission(e.target.value === "edit" ? "edit" : "view")}>
              <option value="view">Can view</option>
              <option value="edit">Can edit</option>
            </Select>
          </FormField>
        </div>
        <CurrentShares shares={shares} onRemove={onUnshare} removing={unshare.isPending} />
        <DialogFooter>
          <Button onClick={onShare} disabled={!userId} loading={share.isPending}>
            Share
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

type SharesQuery = ReturnType<typeof useConfigurationShares>;

/** Who already has shared rights, each with a way to take them back. */
function CurrentShares({
  shares,
  onRemove,
  removing,
}: {
  shares: SharesQuery;
  onRemove: (t: { userId: string; name: string }) => void;
  removing: boolean;
}) {
  if (shares.isPending) return <p className="text-sm text-muted-foreground">Loading who has access…</p>;
  if (shares.isError)
    return <ErrorState title="Could not load who has access" message={errorMessage(shares.error)} onRetry={() => void shares.refetch()} />;
  if (shares.data.length === 0) return <p className="text-sm text-muted-foreground">Not shared with anyone yet.</p>;
  return (
    <section aria-labelledby="current-shares">
      <h3 id="current-shares" className="mb-2 text-sm font-medium">
        Shared with
      </h3>
      <ul className="divide-y divide-border rounded-md border border-border">
        {shares.data.map((s: ConfigurationShareRow) => {
          const name = s.name || s.email;
          return (
            <li key={s.userId} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
              <span>
                {name} <span className="text-muted-foreground">· {s.permission === "edit" ? "can edit" : "can view"}</span>
              </span>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => onRemove({ userId: s.userId, name })}
                disabled={removing}
                aria-label={`Remove access for ${name}`}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
