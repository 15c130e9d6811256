import { describe, expect, it } from "vitest";
import { createTopN, offerTopN } from "./top-n";

function listIndices(top: ReturnType<typeof createTopN>): number[] {
  return Array.from(top.indices.subarray(0, top.size));
}

describe("top N", () => {
  it("keeps the best N by score, best first", () => {
    const top = createTopN(3);
    for (const [index, score] of [40, 90, 10, 70, 95, 20].entries()) offerTopN(top, score, 1, index);
    expect(listIndices(top)).toEqual([4, 1, 3]);
    expect(Array.from(top.scores)).toEqual([95, 90, 70]);
  });

  it("breaks score ties by lower pressure, then catalog order", () => {
    const top = createTopN(4);
    offerTopN(top, 80, 5e5, 0);
    offerTopN(top, 80, 2e5, 1);
    offerTopN(top, 80, 5e5, 2);
    offerTopN(top, 80, 2e5, 3);
    expect(listIndices(top)).toEqual([1, 3, 0, 2]);
  });

  it("holds fewer than N when fewer are offered", () => {
    const top = createTopN(50);
    offerTopN(top, 10, 1, 0);
    expect(top.size).toBe(1);
  });

  it("matches a full sort on random input", () => {
    const scores = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 1000) / 10);
    const top = createTopN(20);
    for (const [index, score] of scores.entries()) offerTopN(top, score, 1, index);
    const expected = scores
      .map((score, index) => ({ score, index }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, 20)
      .map((entry) => entry.index);
    expect(listIndices(top)).toEqual(expected);
  });
});
