import type { UseFormReturn } from "react-hook-form";
import { z } from "zod";
import type { Configuration, PredictRequestBody } from "@/lib/configurations/hooks";
import { CONFIGURATION_STATUSES, type CreateConfigurationInput, createConfigurationSchema } from "@/lib/configurations/schemas";
import { parseDecimalText } from "@/lib/http/text";

// The inputs hold text; the form turns it into the API's shape and checks it with the API's schema.
const fluidFields = z.object({
  fluidId: z.string(),
  viscosityCp: z.string(),
  densityKgM3: z.string(),
  surfaceTensionMNm: z.string(),
  flashPointC: z.string(),
});
const targetFields = z.object({ coneDeg: z.string(), dropletUm: z.string(), maxPressureBar: z.string(), flowMlMin: z.string() });

const editorFields = z.object({
  name: z.string(),
  description: z.string(),
  tags: z.string(),
  status: z.enum(CONFIGURATION_STATUSES),
  fluid: fluidFields,
  targets: targetFields,
});
export type EditorValues = z.infer<typeof editorFields>;

// A blank required number becomes NaN so the schema reports it as missing, not as zero.
const required = (text: string) => parseDecimalText(text) ?? Number.NaN;
const optional = parseDecimalText;

function toConfigurationInput(v: EditorValues): z.input<typeof createConfigurationSchema> {
  return {
    name: v.name,
    description: v.description.trim() === "" ? null : v.description,
    tags: v.tags
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t !== ""),
    status: v.status,
    fluid: {
      fluidId: v.fluid.fluidId === "" ? null : v.fluid.fluidId,
      viscosityCp: required(v.fluid.viscosityCp),
      densityKgM3: required(v.fluid.densityKgM3),
      surfaceTensionMNm: required(v.fluid.surfaceTensionMNm),
      flashPointC: optional(v.fluid.flashPointC),
    },
    targets: {
      coneDeg: optional(v.targets.coneDeg),
      dropletUm: optional(v.targets.dropletUm),
      maxPressureBar: optional(v.targets.maxPressureBar),
      flowMlMin: optional(v.targets.flowMlMin),
    },
  };
}

export const editorFormSchema = editorFields.transform(toConfigurationInput).pipe(createConfigurationSchema);

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

export const EMPTY_EDITOR_VALUES: EditorValues = {
  name: "",
  description: "",
  tags: "",
  status: "draft",
  fluid: { fluidId: "", viscosityCp: "1", densityKgM3: "998", surfaceTensionMNm: "72.8", flashPointC: "" },
  targets: { coneDeg: "60", dropletUm: "100", maxPressureBar: "10", flowMlMin: "500" },
};

export function toEditorValues(c: Configuration): EditorValues {
  return {
    name: c.name,
    description: c.description ?? "",
    tags: c.tags.join(", "),
    status: c.status,
    fluid: {
      fluidId: c.fluid.fluidId ?? "",
      viscosityCp: text(c.fluid.viscosityCp),
      densityKgM3: text(c.fluid.densityKgM3),
      surfaceTensionMNm: text(c.fluid.surfaceTensionMNm),
      flashPointC: text(c.fluid.flashPointC),
    },
    targets: {
      coneDeg: text(c.targets.coneDeg),
      dropletUm: text(c.targets.dropletUm),
      maxPressureBar: text(c.targets.maxPressureBar),
      flowMlMin: text(c.targets.flowMlMin),
    },
  };
}

/** What the engine needs from the inputs; null until the three fluid properties are numbers. */
export function toPredictBody(v: EditorValues): PredictRequestBody | null {
  const { fluid, targets } = toConfigurationInput(v);
  const numbers = [fluid.viscosityCp, fluid.densityKgM3, fluid.surfaceTensionMNm];
  if (numbers.some((n) => typeof n !== "number" || !Number.isFinite(n))) return null;
  const finite = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? n : null);
  return {
    fluid: {
      viscosityCp: fluid.viscosityCp,
      densityKgM3: fluid.densityKgM3,
      surfaceTensionMNm: fluid.surfaceTensionMNm,
      flashPointC: finite(fluid.flashPointC),
    },
    targets: {
      flowMlMin: finite(targets?.flowMlMin),
      dropletUm: finite(targets?.dropletUm),
      coneDeg: finite(targets?.coneDeg),
      maxPressureBar: finite(targets?.maxPressureBar),
    },
    topN: 20,
  };
}

export type EditorForm = UseFormReturn<EditorValues, unknown, CreateConfigurationInput>;
