"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Save } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { applyServerFieldErrors } from "@/components/forms/server-errors";
import { useUnsavedChangesWarning } from "@/components/hooks/use-unsaved-changes-warning";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { type Configuration, useCreateConfiguration, useUpdateConfiguration } from "@/lib/configurations/hooks";
import type { CreateConfigurationInput } from "@/lib/configurations/schemas";
import { errorMessage } from "@/lib/http/client";
import { DetailFields } from "./detail-fields";
import { FluidFields } from "./fluid-fields";
import { type EditorValues, EMPTY_EDITOR_VALUES, editorFormSchema, toEditorValues } from "./form-values";
import { ResultsPanel } from "./results-panel";
import { SaveProblem, type SaveProblemInfo, toSaveProblem } from "./save-problem";
import { isRankingStale, StaleRanking } from "./stale-ranking";
import { TargetFields } from "./target-fields";
import { useResults } from "./use-results";

const FIELD_PATHS = [
  "name",
  "description",
  "tags",
  "status",
  "fluid.viscosityCp",
  "fluid.densityKgM3",
  "fluid.surfaceTensionMNm",
  "fluid.flashPointC",
  "targets.coneDeg",
  "targets.dropletUm",
  "targets.maxPressureBar",
  "targets.flowMlMin",
] as const;

type ConfigurationEditorProps = { configuration: Configuration | null; readOnly: boolean; canOrder?: boolean };

export function ConfigurationEditor({ configuration, readOnly, canOrder = false }: ConfigurationEditorProps) {
  const router = useRouter();
  const [problem, setProblem] = useState<SaveProblemInfo | null>(null);
  const create = useCreateConfiguration();
  const update = useUpdateConfiguration(configuration?.id ?? "");
  const form = useForm<EditorValues, unknown, CreateConfigurationInput>({
    resolver: zodResolver(editorFormSchema),
    defaultValues: configuration ? toEditorValues(configuration) : EMPTY_EDITOR_VALUES,
    mode: "onChange",
  });
  const results = useResults(form.watch(), configuration);
  useUnsavedChangesWarning(form.formState.isDirty && !readOnly);

  const onSubmit = form.handleSubmit(async (input) => {
    setProblem(null);
    try {
      if (configuration) {
        const saved = await update.mutateAsync(input);
        form.reset(toEditorValues(saved));
        toast.success(`Saved “${saved.name}”`, { description: `Version ${saved.version}` });
      } else {
        const created = await create.mutateAsync(input);
        toast.success(`Created “${created.name}”`, { description: `${created.compatibleActuators.length} actuators ranked` });
        router.push(`/configurations/${created.id}`);
      }
    } catch (error) {
      if (!applyServerFieldErrors(error, form.setError, FIELD_PATHS)) setProblem(toSaveProblem(error));
      toast.error("Could not save the configuration", { description: errorMessage(error) });
    }
  });

  return (
    <div className="grid grid-cols-1 gap-6">
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Configuration" className="grid grid-cols-1 gap-6">
        {problem ? <SaveProblem problem={problem} /> : null}
        <Card>
          <CardContent className="pt-6">
            <fieldset disabled={readOnly} className="grid gap-8">
              <DetailFields form={form} />
              <div className="grid gap-8 lg:grid-cols-2">
                <FluidFields form={form} readOnly={readOnly} />
                <TargetFields form={form} />
              </div>
            </fieldset>
          </CardContent>
        </Card>
        {readOnly ? null : (
          <div className="flex items-center justify-end gap-3">
            {configuration && form.formState.isDirty ? <span className="text-sm text-muted-foreground">Unsaved changes</span> : null}
            <Button type="submit" loading={form.formState.isSubmitting} disabled={configuration !== null && !form.formState.isDirty}>
              {form.formState.isSubmitting ? null : <Save aria-hidden="true" />}
              {configuration ? "Save changes" : "Save configuration"}
            </Button>
          </div>
        )}
      </form>
      {configuration && !configuration.archivedAt && !form.formState.isDirty && isRankingStale(configuration) ? (
        <StaleRanking
          configuration={configuration}
          canRerun={!readOnly && configuration.access.edit}
          onRerun={(saved) => form.reset(toEditorValues(saved))}
        />
      ) : null}
      <ResultsPanel {...results} orderFor={canOrder && configuration && !configuration.archivedAt ? configuration.id : null} />
    </div>
  );
}
