import { describe, expect, it } from "vitest";
import { readUrlFilters, writeUrlFilters } from "./url-params";

const DEFAULTS = { q: "", status: "", archived: false, sort: "newest" };

describe("filters in the URL", () => {
  it("reads what the URL says and the defaults for the rest", () => {
    expect(readUrlFilters(new URLSearchParams("q=primer&archived=1&other=x"), DEFAULTS)).toEqual({
      q: "primer",
      status: "",
      archived: true,
      sort: "newest",
    });
  });

  it("writes only what differs from the defaults and keeps parameters it does not own", () => {
    const search = writeUrlFilters(
      new URLSearchParams("q=old&tab=2"),
      { q: "", status: "draft", archived: true, sort: "newest" },
      DEFAULTS,
    );
    expect(new URLSearchParams(search).toString()).toBe("tab=2&status=draft&archived=1");
  });

  it("round-trips", () => {
    const value = { q: "coating line", status: "complete", archived: false, sort: "name" };
    expect(readUrlFilters(new URLSearchParams(writeUrlFilters(new URLSearchParams(), value, DEFAULTS)), DEFAULTS)).toEqual(value);
  });
});
