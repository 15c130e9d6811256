"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch, apiUpload, listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { SprayType, Supplier } from "@/lib/prediction/schemas";
import type { listActuators } from "./queries";
import type { fluidListSchema } from "./response-schemas";
import type { CreateCustomFluidInput, FluidCategory } from "./schemas";
import type { extractSds } from "./sds";

// The JSON the catalog API returns, typed from the server functions that build it.
type ActuatorPage = Serialized<Awaited<ReturnType<typeof listActuators>>>;
/** A catalog actuator (a null flow exponent: the engine's default for the spray type). */
export type CatalogActuator = ActuatorPage["items"][number];
/** What a safety data sheet gave: section 9's values, each with the text it was read from. */
export type SdsImport = Serialized<Awaited<ReturnType<typeof extractSds>>>;
type FluidList = Serialized<z.input<typeof fluidListSchema>>;
/** A library fluid. */
export type LibraryFluid = FluidList["fluids"][number];
/** One of the tenant's own fluids. */
export type CustomFluid = FluidList["customFluids"][number];

export type ActuatorFilters = {
  q: string;
  supplier: Supplier | "";
  sprayType: SprayType | "";
  orificeMinMm: string;
  orificeMaxMm: string;
  minPressureBar: string;
  maxPriceUsd: string;
  inStock: "" | "true" | "false";
};

export const EMPTY_ACTUATOR_FILTERS: ActuatorFilters = {
  q: "",
  supplier: "",
  sprayType: "",
  orificeMinMm: "",
  orificeMaxMm: "",
  minPressureBar: "",
  maxPriceUsd: "",
  inStock: "",
};

const ACTUATORS_PAGE_SIZE = 50;

const catalogKeys = {
  actuators: (filters: ActuatorFilters) => ["catalog", "actuators", filters] as const,
  actuatorBySku: (sku: string | null) => ["catalog", "actuator", sku] as const,
  fluids: (filters: { q: string; category: FluidCategory | "" }) => ["catalog", "fluid", "list", filters] as const,
  fluidChoices: (q: string) => ["catalog", "fluid", "choices", q] as const,
  allFluids: ["catalog", "fluid"] as const,
};

const actuatorsPath = (filters: ActuatorFilters, cursor: string | null, limit = ACTUATORS_PAGE_SIZE) =>
  listPath("/api/actuators", filters, cursor, limit);

export function useActuators(filters: ActuatorFilters) {
  return useKeysetList<ActuatorPage>({ queryKey: catalogKeys.actuators(filters), path: (cursor) => actuatorsPath(filters, cursor) });
}

/** One catalog entry by its exact SKU (the search matches substrings, so the exact one is picked). */
export function useActuatorBySku(sku: string | null) {
  return useQuery({
    queryKey: catalogKeys.actuatorBySku(sku),
    enabled: sku !== null,
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }) => {
      const page = await apiFetch<ActuatorPage>(actuatorsPath({ ...EMPTY_ACTUATOR_FILTERS, q: sku ?? "" }, null, 5), { signal });
      return page.items.find((a) => a.sku === sku) ?? null;
    },
  });
}

export function useFluids(filters: { q: string; category: FluidCategory | "" }) {
  return useQuery({
    queryKey: catalogKeys.fluids(filters),
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      if (filters.q.trim()) params.set("q", filters.q.trim());
      if (filters.category) params.set("category", filters.category);
      const query = params.toString();
      return apiFetch<FluidList>(`/api/fluids${query ? `?${query}` : ""}`, { signal });
    },
  });
}

/** Library and own fluids matching a search, for pickers. */
export function useFluidChoices(q: string) {
  return useQuery({
    queryKey: catalogKeys.fluidChoices(q),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => {
      const query = q.trim() ? `?${new URLSearchParams({ q: q.trim() })}` : "";
      return apiFetch<FluidList>(`/api/fluids${query}`, { signal });
    },
  });
}

/** Library lists and pickers both show the organization's own fluids: a change refreshes them all. */
function useInvalidateFluids() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: catalogKeys.allFluids });
}

export function useCreateCustomFluid() {
  const invalidate = useInvalidateFluids();
  return useMutation({
    mutationFn: (input: CreateCustomFluidInput) => apiFetch<CustomFluid>("/api/fluids", { method: "POST", body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateCustomFluid(id: string) {
  const invalidate = useInvalidateFluids();
  return useMutation({
    mutationFn: (input: CreateCustomFluidInput) =>
      apiFetch<CustomFluid>(`/api/fluids/${encodeURIComponent(id)}`, { method: "PUT", body: input }),
    onSuccess: invalidate,
  });
}

export function useArchiveCustomFluid() {
  const invalidate = useInvalidateFluids();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/fluids/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSettled: invalidate,
  });
}

/** Reads a safety data sheet into fluid properties to confirm; nothing is saved until the fluid is added. */
export function useImportSds() {
  return useMutation({ mutationFn: (file: File) => apiUpload<SdsImport>("/api/fluids/sds", "file", file) });
}
