"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";
import type { SprayType, Supplier } from "@/lib/prediction/schemas";
import type { FLUID_CATEGORIES } from "./schemas";

export type FluidCategory = (typeof FLUID_CATEGORIES)[number];

/** A library fluid as the JSON API returns it. */
export type LibraryFluid = {
  id: string;
  slug: string;
  name: string;
  category: string;
  viscosityCp: number;
  densityKgM3: number;
  surfaceTensionMNm: number;
  flashPointC: number | null;
  temperatureC: number;
  source: string;
};

/** A catalog actuator as the JSON API returns it. */
export type CatalogActuator = {
  id: string;
  sku: string;
  supplier: Supplier;
  sprayType: SprayType;
  orificeDiameterMm: number;
  refFlowMlMin: number;
  refPressureBar: number;
  /** null: the engine's default for the spray type. */
  flowExponent: number | null;
  nominalConeDeg: number;
  maxPressureBar: number;
  vendorSmdUm: number | null;
  rosinRammlerQ: number | null;
  materials: string[];
  priceUsd: string | null;
  stockUnits: number;
  leadDays: number | null;
  lastSyncedAt: string | null;
};

export type ActuatorPage = { items: CatalogActuator[]; nextCursor: string | null };

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

/** Empty filters are left out: the API treats a present-but-empty value as invalid. */
function actuatorsPath(filters: ActuatorFilters, cursor: string | null, limit = ACTUATORS_PAGE_SIZE): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value.trim() !== "") params.set(key, value.trim());
  }
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(limit));
  return `/api/actuators?${params.toString()}`;
}

export function useActuators(filters: ActuatorFilters) {
  return useInfiniteQuery({
    queryKey: ["catalog", "actuators", filters],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => apiFetch<ActuatorPage>(actuatorsPath(filters, pageParam), { signal }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** One catalog entry by its exact SKU (the search matches substrings, so the exact one is picked). */
export function useActuatorBySku(sku: string | null) {
  return useQuery({
    queryKey: ["catalog", "actuator", sku],
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
    queryKey: ["catalog", "fluids", filters],
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }): Promise<LibraryFluid[]> => {
      const params = new URLSearchParams();
      if (filters.q.trim()) params.set("q", filters.q.trim());
      if (filters.category) params.set("category", filters.category);
      const query = params.toString();
      return apiFetch<{ fluids: LibraryFluid[] }>(`/api/fluids${query ? `?${query}` : ""}`, { signal }).then((r) => r.fluids);
    },
  });
}

/** One of the tenant's own fluids as the JSON API returns it. */
export type CustomFluid = {
  id: string;
  name: string;
  viscosityCp: number;
  densityKgM3: number;
  surfaceTensionMNm: number;
  flashPointC: number | null;
  temperatureC: number;
  notes: string | null;
};

/** Library and own fluids matching a search, for pickers. */
export function useFluidChoices(q: string) {
  return useQuery({
    queryKey: ["catalog", "fluid-choices", q],
    staleTime: 60_000,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) => {
      const query = q.trim() ? `?${new URLSearchParams({ q: q.trim() })}` : "";
      return apiFetch<{ fluids: LibraryFluid[]; customFluids: CustomFluid[] }>(`/api/fluids${query}`, { signal });
    },
  });
}
