"use client";

import { type InfiniteData, keepPreviousData, type QueryKey, useInfiniteQuery } from "@tanstack/react-query";
import { apiFetch } from "./client";

type KeysetPage = { items: unknown[]; nextCursor: string | null };

type KeysetListOptions<P extends KeysetPage> = {
  queryKey: QueryKey;
  /** The API path of the page after `cursor` (null: the first page). */
  path: (cursor: string | null) => string;
  /** A first page the server already rendered. */
  initialPage?: P;
  enabled?: boolean;
  /** Polls while the pages show work in progress (a delivery still being sent); false stops. */
  refetchInterval?: (pages: P[]) => number | false;
};

/**
 * One keyset-paginated list of the API, page by page (the next one through `<LoadMore />`).
 * While new filters load, the previous pages stay on screen.
 */
export function useKeysetList<P extends KeysetPage>({
  queryKey,
  path,
  initialPage,
  enabled = true,
  refetchInterval,
}: KeysetListOptions<P>) {
  const initialData: InfiniteData<P, string | null> | undefined = initialPage ? { pages: [initialPage], pageParams: [null] } : undefined;
  return useInfiniteQuery({
    queryKey,
    enabled,
    initialPageParam: null as string | null,
    initialData,
    queryFn: ({ pageParam, signal }) => apiFetch<P>(path(pageParam), { signal }),
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: refetchInterval ? (query) => refetchInterval(query.state.data?.pages ?? []) : undefined,
  });
}
