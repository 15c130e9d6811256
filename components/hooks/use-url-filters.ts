"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { readUrlFilters, writeUrlFilters } from "./url-params";

/**
 * Like useState for a list's filters, kept in the URL's query string (history.replaceState:
 * no navigation, no server round trip; Next.js keeps useSearchParams in step). The setter takes
 * the filters that change and keeps the others as the URL has them now, not as the last render
 * saw them: a search typed just before a sort is chosen is not lost.
 */
export function useUrlFilters<T extends Record<string, string | boolean>>(defaults: T): [T, (change: Partial<T>) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const value = useMemo(() => readUrlFilters(new URLSearchParams(params.toString()), defaults), [params, defaults]);
  const set = useCallback(
    (change: Partial<T>) => {
      const current = new URLSearchParams(window.location.search);
      const search = writeUrlFilters(current, { ...readUrlFilters(current, defaults), ...change }, defaults);
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
    },
    [pathname, defaults],
  );
  return [value, set];
}
