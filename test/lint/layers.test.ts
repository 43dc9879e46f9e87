/**
 * The layer graph is enforced by ESLint for static and dynamic imports alike: each snippet is
 * linted as if it stood at its path, with the project's own config.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");

interface Snippet {
  path: string;
  code: string;
}

function lint(snippets: Snippet[]): Map<string, string[]> {
  const run = spawnSync(process.execPath, [join(__dirname, "lint-snippets.mjs")], {
    cwd: ROOT,
    input: JSON.stringify(snippets),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  const results = JSON.parse(run.stdout) as { path: string; rules: string[] }[];
  return new Map(results.map((r) => [r.path, r.rules]));
}

const at = (path: string, code: string): Snippet => ({ path: join(ROOT, path), code: `${code}\n` });
const LAYER = "layers/allowed-imports";

const refused: [string, Snippet][] = [
  ["shared reaching up to sop", at("src/domain/shared/a.ts", 'export { SOP_STEPS } from "../sop/sop";')],
  ["setup reaching kertas-kerja", at("src/domain/setup/b.ts", 'import "../kertas-kerja/capaian";')],
  ["kertas-kerja reaching returned", at("src/domain/kertas-kerja/c.ts", 'import "../returned/returned";')],
  [
    "returned reaching ledger by import()",
    at("src/domain/returned/d.ts", 'void import("../ledger/consolidate");'),
  ],
  ["ledger reaching analysis", at("src/domain/ledger/e.ts", 'import "../analysis/analysis";')],
  ["inputs reaching kertas-kerja", at("src/domain/inputs/f.ts", 'import "../kertas-kerja/capaian";')],
  ["domain reaching app", at("src/domain/sop/g.ts", 'import "../../app/sop";')],
  ["domain loading exceljs by import()", at("src/domain/shared/h.ts", 'void import("exceljs");')],
  ["app reaching the xlsx host by import()", at("src/app/i.ts", 'void import("../hosts/xlsx/read");')],
  ["app reaching React", at("src/app/j.ts", 'import "react";')],
  [
    "the Excel host reaching its sibling by import()",
    at("src/hosts/excel/k.ts", 'void import("../xlsx/write");'),
  ],
  ["the xlsx host reaching its sibling", at("src/hosts/xlsx/l.ts", 'import "../excel/gateway";')],
  ["a pane component reaching a host", at("src/taskpane/M.tsx", 'void import("../hosts/xlsx/read");')],
  ["a host reaching the task pane", at("src/hosts/excel/n.ts", 'import "../../taskpane/Notice";')],
];

const allowed: [string, Snippet][] = [
  ["analysis reading the ledger", at("src/domain/analysis/o.ts", 'import "../ledger/data-layout";')],
  [
    "sop reading the ledger and setup",
    at("src/domain/sop/p.ts", 'import "../ledger/data-layout";\nimport "../setup/setup";'),
  ],
  [
    "the composition root reaching the hosts",
    at("src/taskpane/root/q.ts", 'void import("../../hosts/xlsx/read");'),
  ],
  ["the CLI reaching the xlsx host", at("src/cli/r.ts", 'import "../hosts/xlsx/read";')],
];

const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join("\n");
const longFunction = (n: number) =>
  `export function long(): number {\n  let x = 0;\n${"  x += 1;\n".repeat(n)}  return x;\n}`;
const sized: [string, Snippet, string | null][] = [
  ["a new file over 400 lines", at("src/domain/shared/big.ts", lines(401)), "max-lines"],
  ["a file of 400 lines", at("src/domain/shared/fits.ts", lines(399)), null],
  ["a new function over 100 lines", at("src/app/long.ts", longFunction(100)), "max-lines-per-function"],
  [
    "an over-size file growing past its recorded size",
    at("src/hosts/xlsx/write.ts", lines(406)),
    "max-lines",
  ],
];

const results = lint([...refused, ...allowed, ...sized].map(([, s]) => s));

test.each(refused)("refuses %s", (_, s) => {
  expect(results.get(s.path)).toContain(LAYER);
});

test.each(allowed)("allows %s", (_, s) => {
  expect(results.get(s.path)).not.toContain(LAYER);
});

test.each(sized)("the size ratchet: %s", (_, s, rule) => {
  const found = results.get(s.path)!.filter((r) => r.startsWith("max-lines"));
  expect(found).toEqual(rule ? [rule] : []);
});
