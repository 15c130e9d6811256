import { describe, expect, it } from "vitest";
import { createConfigurationSchema } from "./schemas";

const valid = {
  name: "Primer",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72.8, flashPointC: null },
  targets: { coneDeg: 60, dropletUm: 100, maxPressureBar: 10, flowMlMin: 500 },
};

function messageFor(targets: Record<string, unknown>): string[] {
  const result = createConfigurationSchema.safeParse({ ...valid, targets: { ...valid.targets, ...targets } });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("configuration target messages name the rule, the range and the unit", () => {
  it.each([
    [{ coneDeg: 200 }, "Target cone angle must be a whole number from 5° to 170°"],
    [{ coneDeg: 60.5 }, "Target cone angle must be a whole number from 5° to 170°"],
    [{ dropletUm: 0 }, "Target droplet size must be a whole number from 1 µm to 2,000 µm"],
    [{ dropletUm: 100_000 }, "Target droplet size must be a whole number from 1 µm to 2,000 µm"],
    [{ maxPressureBar: 0 }, "Maximum pressure must be a whole number from 1 bar to 400 bar"],
    [{ maxPressureBar: 1.5 }, "Maximum pressure must be a whole number from 1 bar to 400 bar"],
    [{ flowMlMin: 0 }, "Target flow must be between 0.1 ml/min and 100,000 ml/min"],
  ])("%j → %s", (targets, message) => {
    expect(messageFor(targets)).toEqual([message]);
  });

  it("gives one message per field, starting with a capital", () => {
    const messages = messageFor({ coneDeg: 200, dropletUm: 0, maxPressureBar: 0 });
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message[0]).toMatch(/[A-Z]/);
  });
});
