import { describe, expect, it } from "vitest";
import { slugify, slugWithSuffix } from "./slug";

describe("slugify", () => {
  it.each([
    ["Acme Coatings Ltd.", "acme-coatings-ltd"],
    ["  Société Générale  ", "societe-generale"],
    ["!!!", "team"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));

  it("adds a random suffix for collisions", () => {
    expect(slugWithSuffix("Acme")).toMatch(/^acme-[0-9a-f]{6}$/);
  });
});
