import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// One name per type: two exported types of one name (a server row and its browser JSON, say)
// are two ideas that look like one at every import. Re-exports (`export type { X } from`) are the
// same type and do not count.
const DECLARATION = /^export (?:declare )?(?:type|interface) ([A-Za-z0-9_]+)/gm;

function listSourceFiles(): string[] {
  return execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx"], { encoding: "utf8" })
    .split("\n")
    .filter((file) => file !== "" && !file.endsWith(".d.ts"));
}

describe("exported types", () => {
  it("no two exported types share a name", () => {
    const files = new Map<string, string[]>();
    for (const file of listSourceFiles()) {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch {
        continue; // deleted in the working tree
      }
      for (const [, name] of text.matchAll(DECLARATION)) files.set(name!, [...(files.get(name!) ?? []), file]);
    }
    const duplicates = Object.fromEntries([...files].filter(([, where]) => where.length > 1));
    expect(duplicates).toEqual({});
  });
});
