import { describe, expect, it } from "vitest";
import { onDemand } from "../../src/core/onDemand.js";

describe("onDemand", () => {
  it("loads once for any number of concurrent first callers, then reports the module", async () => {
    let loads = 0;
    const load = onDemand(async () => {
      loads++;
      return { name: "preflight" };
    });
    expect(load.loaded()).toBeUndefined();
    const modules = await Promise.all([load(), load(), load()]);
    expect(loads).toBe(1);
    expect(new Set(modules).size).toBe(1);
    expect(load.loaded()).toBe(modules[0]);
  });

  it("does not remember a failed load: the next call tries again", async () => {
    let attempt = 0;
    const load = onDemand(async () => {
      attempt++;
      if (attempt === 1) throw new Error("chunk failed to download");
      return { attempt };
    });
    await expect(load()).rejects.toThrow("chunk failed to download");
    expect(load.loaded()).toBeUndefined();
    await expect(load()).resolves.toEqual({ attempt: 2 });
  });
});
