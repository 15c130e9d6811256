"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readUrlFilters, writeUrlFilters } from "./url-params";

/**
 * Like useState for a list's filters, kept in the URL's query string (history.replaceState:
 * no navigation, no server round trip; Next.js keeps useSearchParams in step).
 */
export function useUrlFilters<T extends Record<string, string | boolean>>(defaults: T): [T, (next: T) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const value = useMemo(() => readUrlFilters(new URLSearchParams(params.toString()), defaults), [params, defaults]);
  const set = useCallback(
    (next: T) => {
      const search = writeUrlFilters(new URLSearchParams(window.location.search), next, defaults);
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
    },
    [pathname, defaults],
  );
  return [value, set];
}
