"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { apiFetch, errorMessage } from "@/lib/http/client";

/**
 * Settings → Organization: whether the organization's lab results count, anonymised, toward the
 * results shown across organizations and the shared calibration. Its own calibration stays private.
 */
export function ShareFeedbackForm({ shareFeedback }: { shareFeedback: boolean }) {
  const router = useRouter();
  const [checked, setChecked] = useState(shareFeedback);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      await apiFetch("/api/tenants/me", { method: "PUT", body: { shareFeedback: checked } });
      toast.success(checked ? "Lab results are shared, anonymised" : "Lab results are no longer shared");
      router.refresh();
    } catch (caught) {
      setProblem(errorMessage(caught));
      toast.error("Could not save the setting", { description: errorMessage(caught) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card>
      <form onSubmit={(e) => void save(e)} noValidate>
        <CardHeader>
          <CardTitle>Sharing lab results</CardTitle>
          <CardDescription>
            Shared results count, without your organization's name or members, toward the results other organizations see for the same SKUs
            and fluids (only where at least 3 organizations contributed), toward the calibration every organization starts from, and, as
            pseudonymised numbers without names, ids or notes, toward retraining AeroSpec's prediction models. Your own calibration uses
            your results either way and is never shared.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5 size-4" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
            <span>Share our lab results, anonymised</span>
          </label>
          {problem ? <p className="mt-2 text-sm text-red-700">Could not save: {problem}</p> : null}
        </CardContent>
        <CardFooter className="justify-end border-t border-border pt-6">
          <Button type="submit" loading={saving} disabled={checked === shareFeedback}>
            Save sharing
          </Button>
        </CardFooter>
      </form>
    </Card>
  );
}
