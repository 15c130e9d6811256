// How the ranked actuators can be re-sorted in the results table. The engine's order (by score)
// is the default; the rank shown stays the engine's, whatever the order on screen.

const RANKING_SORT_KEYS = ["rank", "pressure", "flow", "dv50", "cone", "price", "stock"] as const;
export type RankingSortKey = (typeof RANKING_SORT_KEYS)[number];
export type RankingSort = { key: RankingSortKey; direction: "asc" | "desc" };

type Sortable = {
  requiredPressureBar: { p50: number };
  flowMlMin: { p50: number };
  dv50Um: { p50: number };
  coneDeg: { p50: number };
  priceUsd?: string | null;
  stockUnits?: number;
};

const VALUE: Record<Exclude<RankingSortKey, "rank">, (a: Sortable) => number | null> = {
  pressure: (a) => a.requiredPressureBar.p50,
  flow: (a) => a.flowMlMin.p50,
  dv50: (a) => a.dv50Um.p50,
  cone: (a) => a.coneDeg.p50,
  price: (a) => (a.priceUsd == null || a.priceUsd === "" ? null : Number(a.priceUsd)),
  stock: (a) => a.stockUnits ?? null,
};

/** The ranked list with each one's engine rank, in the chosen order; unknown values (no price) go last either way. */
export function sortRanking<T extends Sortable>(ranked: readonly T[], sort: RankingSort): { item: T; rank: number }[] {
  const withRank = ranked.map((item, index) => ({ item, rank: index + 1 }));
  if (sort.key === "rank") return sort.direction === "asc" ? withRank : withRank.reverse();
  const value = VALUE[sort.key];
  const sign = sort.direction === "asc" ? 1 : -1;
  return withRank.sort((a, b) => {
    const [x, y] = [value(a.item), value(b.item)];
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    return x === y ? a.rank - b.rank : (x - y) * sign;
  });
}

/** The next sort when a column's header is pressed: that column ascending, then descending, then back to the engine's order. */
export function nextRankingSort(current: RankingSort, key: RankingSortKey): RankingSort {
  if (current.key !== key) return { key, direction: key === "stock" ? "desc" : "asc" };
  const first = key === "stock" ? "desc" : "asc";
  if (current.direction === first) return { key, direction: first === "asc" ? "desc" : "asc" };
  return { key: "rank", direction: "asc" };
}
