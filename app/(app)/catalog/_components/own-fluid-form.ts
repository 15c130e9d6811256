import { z } from "zod";
import { createCustomFluidSchema } from "@/lib/catalog/schemas";
import { parseDecimalText } from "@/lib/http/text";

// The inputs hold text; the form turns it into the API's shape and checks it with the API's schema.
const fields = z.object({
  name: z.string(),
  viscosityCp: z.string(),
  densityKgM3: z.string(),
  surfaceTensionMNm: z.string(),
  flashPointC: z.string(),
  notes: z.string(),
});
export type OwnFluidValues = z.infer<typeof fields>;

const required = (text: string) => parseDecimalText(text) ?? Number.NaN;

function toCustomFluidInput(v: OwnFluidValues): z.input<typeof createCustomFluidSchema> {
  return {
    name: v.name,
    viscosityCp: required(v.viscosityCp),
    densityKgM3: required(v.densityKgM3),
    surfaceTensionMNm: required(v.surfaceTensionMNm),
    flashPointC: parseDecimalText(v.flashPointC),
    notes: v.notes.trim() === "" ? null : v.notes,
  };
}

export const ownFluidFormSchema = fields.transform(toCustomFluidInput).pipe(createCustomFluidSchema);

export const EMPTY_OWN_FLUID: OwnFluidValues = {
  name: "",
  viscosityCp: "",
  densityKgM3: "",
  surfaceTensionMNm: "",
  flashPointC: "",
  notes: "",
};

export const OWN_FLUID_NUMBERS = [
  { name: "viscosityCp", label: "Viscosity (cP)" },
  { name: "densityKgM3", label: "Density (kg/m³)" },
  { name: "surfaceTensionMNm", label: "Surface tension (mN/m)" },
  { name: "flashPointC", label: "Flash point (°C)", hint: "Optional" },
] as const;

/** A saved fluid as the form's text, for editing it. */
export function toOwnFluidValues(fluid: {
  name: string;
  viscosityCp: number;
  densityKgM3: number;
  surfaceTensionMNm: number;
  flashPointC: number | null;
  notes: string | null;
}): OwnFluidValues {
  return {
    name: fluid.name,
    viscosityCp: String(fluid.viscosityCp),
    densityKgM3: String(fluid.densityKgM3),
    surfaceTensionMNm: String(fluid.surfaceTensionMNm),
    flashPointC: fluid.flashPointC === null ? "" : String(fluid.flashPointC),
    notes: fluid.notes ?? "",
  };
}
