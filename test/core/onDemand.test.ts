import { describe, expect, it } from "vitest";
import { loadTokenEndpoint } from "../../src/auth/tokenEndpointLoader.js";
import { loadTokenEndpoint as nodeTokenEndpoint } from "../../src/auth/tokenEndpointLoader.node.js";
import { loadTokenStore } from "../../src/auth/tokenStoreLoader.js";
import { loadTokenStore as nodeTokenStore } from "../../src/auth/tokenStoreLoader.node.js";
import { onDemand, preloaded } from "../../src/core/onDemand.js";
import { loadOperationTable } from "../../src/core/operationTableLoader.js";
import { loadOperationTable as nodeOperationTable } from "../../src/core/operationTableLoader.node.js";
import { loadPageWalk } from "../../src/core/pageWalkLoader.js";
import { loadPageWalk as nodePageWalk } from "../../src/core/pageWalkLoader.node.js";
import { loadPreflight } from "../../src/services/preflightLoader.js";
import { loadPreflight as nodePreflight } from "../../src/services/preflightLoader.node.js";

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

describe("preloaded (the Node build's loaders)", () => {
  it("reports the module before anyone asked for it, and resolves to that same module", async () => {
    const module = { name: "preflight" };
    const load = preloaded(module);
    expect(load.loaded()).toBe(module);
    await expect(load()).resolves.toBe(module);
  });

  it("gives the same modules as the lazy loaders, so both builds run the same code", async () => {
    expect(nodePreflight.loaded()).toBeDefined();
    expect(await nodePreflight()).toBe(await loadPreflight());
    expect(nodeTokenEndpoint.loaded()).toBeDefined();
    expect(await nodeTokenEndpoint()).toBe(await loadTokenEndpoint());
    expect(await nodeTokenStore()).toBe(await loadTokenStore());
    expect(await nodePageWalk()).toBe(await loadPageWalk());
    expect(await nodeOperationTable()).toBe(await loadOperationTable());
  });
});
