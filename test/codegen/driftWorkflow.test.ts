import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = new URL("../../", import.meta.url);
const workflow = parse(readFileSync(new URL(".github/workflows/spec-drift.yml", root), "utf8"));
const scripts = JSON.parse(readFileSync(new URL("package.json", root), "utf8")).scripts as Record<
  string,
  string
>;
const steps = workflow.jobs.drift.steps as Array<{ run?: string; if?: string }>;
const commands = steps.flatMap((step) => step.run ?? []).join("\n");

describe("the scheduled drift workflow", () => {
  it("runs on a weekly schedule and by hand", () => {
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* [0-6]$/);
    expect(workflow.on).toHaveProperty("workflow_dispatch");
  });

  it("only calls npm scripts that exist", () => {
    const used = [...commands.matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((m) => m[1]);
    expect(used).toEqual(expect.arrayContaining(["generate:check", "spec:diff"]));
    for (const name of used) expect(scripts).toHaveProperty(name as string);
  });

  it("opens a pull request only when the report differs from the reviewed one in the repository", () => {
    const open = steps.find((step) => step.run?.includes("gh pr create"));
    expect(open?.if).toBe("steps.diff.outputs.drift == '1'");
    const report = workflow.jobs.drift.env.REPORT as string;
    expect(existsSync(new URL(report, root))).toBe(true);
    expect(commands).toContain('git diff --quiet -- "$REPORT"');
  });

  it("keeps a reviewed report in the same format spec:diff prints (without its header line)", () => {
    const report = readFileSync(new URL("openapi/reference-drift.txt", root), "utf8");
    expect(report.startsWith("\n== Operations only in theirs (missing from ours): ")).toBe(true);
    expect(report).toMatch(/\d+ difference\(s\)\.\n$/);
  });
});
