"use client";

import { Share2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { useShareConfiguration, useUnshareConfiguration } from "@/lib/configurations/hooks";
import { errorMessage } from "@/lib/http/client";
import { useMembers } from "@/lib/tenants/hooks";

type Permission = "view" | "edit";

export function ShareDialog({ configurationId, configurationName }: { configurationId: string; configurationName: string }) {
  const [open, setOpen] = useState(false);
  const [userId, setUserId] = useState("");
  const [permission, setPermission] = useState<Permission>("view");
  const members = useMembers();
  const share = useShareConfiguration(configurationId);
  const unshare = useUnshareConfiguration(configurationId);
  const member = members.data?.find((m) => m.userId === userId);
  const who = member ? member.name || member.email : "";

  function onShare() {
    share.mutate(
      { userId, permission },
      {
        onSuccess: () => toast.success(`Shared with ${who}`, { description: permission === "edit" ? "They can view and edit it." : "They can view it." }),
        onError: (error) => toast.error(`Could not share with ${who}`, { description: errorMessage(error) }),
      },
    );
  }

  function onUnshare() {
    unshare.mutate(userId, {
      onSuccess: () => toast.success(`${who} no longer has shared access`),
      onError: (error) => toast.error(`Could not remove ${who}'s access`, { description: errorMessage(error) }),
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
        {members.isError ? <ErrorState title="Could not load members" message={errorMessage(members.error)} onRetry={() => void members.refetch()} /> : null}
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
        <DialogFooter>
          <Button variant="outline" onClick={onUnshare} disabled={!userId} loading={unshare.isPending}>
            Remove access
          </Button>
          <Button onClick={onShare} disabled={!userId} loading={share.isPending}>
            Share
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
