/** Renders a spec diff as readable sections (one per kind and direction). */
import type { ChangeDirection, ChangeKind, SpecChange } from "./specDiffCore.js";

/** The report sections, in print order. */
export const SECTIONS: { kind: ChangeKind; direction: ChangeDirection; title: string }[] = [
  {
    kind: "operation",
    direction: "missing",
    title: "Operations only in theirs (missing from ours)",
  },
  { kind: "operation", direction: "extra", title: "Operations only in ours" },
  {
    kind: "parameter",
    direction: "missing",
    title: "Parameters only in theirs (missing from ours)",
  },
  { kind: "parameter", direction: "extra", title: "Parameters only in ours" },
  { kind: "parameter", direction: "changed", title: "Parameters that differ (ours -> theirs)" },
  {
    kind: "requestField",
    direction: "missing",
    title: "Request body fields only in theirs (missing from ours)",
  },
  { kind: "requestField", direction: "extra", title: "Request body fields only in ours" },
  {
    kind: "responseField",
    direction: "missing",
    title: "Response fields only in theirs (missing from ours)",
  },
  { kind: "responseField", direction: "extra", title: "Response fields only in ours" },
  { kind: "deprecation", direction: "changed", title: "Deprecation differences (ours -> theirs)" },
];

/** Renders changes as sections; empty sections are listed with a zero so absence is visible. */
export function formatReport(changes: SpecChange[], baseName: string, otherName: string): string {
  const lines = [`Comparing ${baseName} (ours) with ${otherName} (theirs)`, ""];
  for (const section of SECTIONS) {
    const rows = changes.filter(
      (c) => c.kind === section.kind && c.direction === section.direction,
    );
    lines.push(`== ${section.title}: ${rows.length}`);
    for (const row of rows) {
      const subject = row.subject === undefined ? "" : `  ${row.subject}`;
      const detail = row.detail === undefined ? "" : `  (${row.detail})`;
      lines.push(`  ${row.operation}${subject}${detail}`);
    }
    lines.push("");
  }
  lines.push(`${changes.length} difference(s).`);
  return lines.join("\n");
}
