import { describe, expect, it } from "vitest";
import { nextRankingSort, sortRanking } from "./sort-ranking";

const row = (sku: string, pressure: number, price: string | null, stock: number) => ({
  sku,
  requiredPressureBar: { p50: pressure },
  flowMlMin: { p50: 100 },
  dv50Um: { p50: 80 },
  coneDeg: { p50: 60 },
  priceUsd: price,
  stockUnits: stock,
});
const RANKED = [row("A", 4, "9.00", 0), row("B", 2, null, 50), row("C", 3, "5.00", 10)];
const skus = (list: { item: { sku: string } }[]) => list.map((r) => r.item.sku);

describe("re-sorting the ranking", () => {
  it("keeps the engine's order and rank by default", () => {
    expect(sortRanking(RANKED, { key: "rank", direction: "asc" }).map((r) => [r.item.sku, r.rank])).toEqual([
      ["A", 1],
      ["B", 2],
      ["C", 3],
    ]);
  });

  it("sorts by a column both ways, each row keeping its engine rank", () => {
    expect(skus(sortRanking(RANKED, { key: "pressure", direction: "asc" }))).toEqual(["B", "C", "A"]);
    expect(sortRanking(RANKED, { key: "pressure", direction: "desc" })[0]).toMatchObject({ rank: 1 });
    expect(skus(sortRanking(RANKED, { key: "stock", direction: "desc" }))).toEqual(["B", "C", "A"]);
  });

  it("puts a missing price last whichever way prices are sorted", () => {
    expect(skus(sortRanking(RANKED, { key: "price", direction: "asc" }))).toEqual(["C", "A", "B"]);
    expect(skus(sortRanking(RANKED, { key: "price", direction: "desc" }))).toEqual(["A", "C", "B"]);
  });

  it("cycles a header: ascending, descending, back to the engine's order (stock starts with the most)", () => {
    let sort = nextRankingSort({ key: "rank", direction: "asc" }, "price");
    expect(sort).toEqual({ key: "price", direction: "asc" });
    sort = nextRankingSort(sort, "price");
    expect(sort).toEqual({ key: "price", direction: "desc" });
    expect(nextRankingSort(sort, "price")).toEqual({ key: "rank", direction: "asc" });
    expect(nextRankingSort(sort, "stock")).toEqual({ key: "stock", direction: "desc" });
  });
});
