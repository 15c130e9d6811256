"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { apiFetch, errorMessage } from "@/lib/http/client";

export function DangerZone({ organizationName }: { organizationName: string }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const matches = typed === organizationName;

  function onOpenChange(next: boolean) {
    if (pending) return;
    setOpen(next);
    if (!next) {
      setTyped("");
      setProblem(null);
    }
  }

  async function deleteOrganization() {
    setPending(true);
    setProblem(null);
    try {
      await apiFetch<null>("/api/tenants/me", { method: "DELETE", body: { confirmName: typed } });
      toast.success(`${organizationName} was deleted`);
      window.location.assign("/");
    } catch (error) {
      setProblem(errorMessage(error));
      setPending(false);
    }
  }

  return (
    <Card className="border-red-200">
      <CardHeader>
        <CardTitle className="text-red-700">Danger zone</CardTitle>
        <CardDescription>
          Deleting the organization removes its members, configurations, orders and history for good. Accounts that belong to no other
          organization are deleted too.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <AlertDialog open={open} onOpenChange={onOpenChange}>
          <AlertDialogTrigger asChild>
            <Button variant="destructive">Delete organization</Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <form
              className="grid gap-4"
              onSubmit={(event) => {
                event.preventDefault();
                if (matches) void deleteOrganization();
              }}
            >
              <AlertDialogHeader>
                <AlertDialogTitle>Delete {organizationName}?</AlertDialogTitle>
                <AlertDialogDescription>This cannot be undone. Everyone loses access immediately.</AlertDialogDescription>
              </AlertDialogHeader>
              {problem ? (
                <Alert variant="destructive" role="alert">
                  {problem}
                </Alert>
              ) : null}
              <div className="grid gap-1.5">
                <Label htmlFor="confirm-name">
                  Type <span className="font-semibold">{organizationName}</span> to confirm
                </Label>
                <Input id="confirm-name" autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} />
              </div>
              <AlertDialogFooter>
                <AlertDialogCancel type="button" disabled={pending}>
                  Cancel
                </AlertDialogCancel>
                <Button type="submit" variant="destructive" disabled={!matches} loading={pending}>
                  Delete this organization
                </Button>
              </AlertDialogFooter>
            </form>
          </AlertDialogContent>
        </AlertDialog>
      </CardContent>
    </Card>
  );
}
