import { createConfig, lint } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";

describe("openapi/spotify.yaml", () => {
  it("has no errors under Redocly's recommended ruleset", async () => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lint({ ref: "openapi/spotify.yaml", config });
    const errors = problems
      .filter((problem) => problem.severity === "error")
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });
});
