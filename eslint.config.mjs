// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";
import layers from "./eslint-rules/layers.mjs";

const officeRules = Object.fromEntries(
  [
    "call-sync-after-load",
    "call-sync-before-read",
    "load-object-before-read",
    "no-context-sync-in-loop",
    "no-empty-load",
    "no-navigational-load",
    "no-office-initialize",
    "test-for-null-using-isNullObject",
  ].map((rule) => [`office-addins/${rule}`, "error"]),
);

/** What the pure core must never reach for: hosts, UI, Node. */
const impure = {
  patterns: [
    { group: ["exceljs", "exceljs/*"], message: "src/domain is pure: exceljs belongs to hosts/xlsx." },
    {
      group: ["react", "react-dom", "react/*", "@fluentui/*"],
      message: "src/domain is pure: UI belongs to taskpane.",
    },
    {
      group: ["node:*", "fs", "path", "os", "crypto", "child_process"],
      message: "src/domain is pure: no Node APIs.",
    },
    {
      group: ["**/hosts/**", "**/app/**", "**/taskpane/**", "**/cli/**"],
      message: "src/domain may not depend on outer layers.",
    },
  ],
};

/** Packages the pure core never reaches for, also by `import()`. */
const IMPURE_PACKAGES = [
  "exceljs",
  "react",
  "react-dom",
  "@fluentui/*",
  "node:*",
  "fs",
  "path",
  "os",
  "crypto",
  "child_process",
  "docx",
];
const UI_PACKAGES = ["react", "react-dom", "@fluentui/*"];

/**
 * Who may import whom. The domain's feature folders form a graph with no arrow back
 * (shared ← setup ← inputs, kertas-kerja, surat; kertas-kerja ← returned ← ledger ← analysis;
 * setup, ledger ← sop; all of them ← report; shared ← archive); src/app reaches hosts only through its ports; the hosts are siblings; the
 * task pane reaches hosts only in its composition root. Checked for static and dynamic imports.
 */
const D = "src/domain/";
const base = ["strings", "sheet"];
const domain = (name, ...may) => ({
  name: `domain/${name}`,
  prefix: `${D}${name}/`,
  may: [...base, ...may.map((m) => `domain/${m}`)],
  packages: IMPURE_PACKAGES,
});
const allDomain = [
  "shared",
  "setup",
  "inputs",
  "kertas-kerja",
  "surat",
  "returned",
  "ledger",
  "analysis",
  "sop",
  "report",
  "archive",
].map((d) => `domain/${d}`);
const LAYERS = [
  {
    // Messages format their numbers the one Indonesian way (domain/shared/numbers).
    name: "strings",
    prefix: "src/strings/",
    may: ["domain/shared"],
    packages: IMPURE_PACKAGES,
  },
  { name: "sheet", prefix: "src/sheet/", may: ["strings"], packages: IMPURE_PACKAGES },
  domain("shared"),
  domain("setup", "shared"),
  domain("inputs", "shared", "setup"),
  domain("kertas-kerja", "shared", "setup"),
  domain("surat", "shared", "setup"),
  domain("returned", "shared", "setup", "kertas-kerja"),
  domain("ledger", "shared", "setup", "kertas-kerja", "returned"),
  domain("analysis", "shared", "setup", "kertas-kerja", "returned", "ledger"),
  domain("sop", "shared", "setup", "kertas-kerja", "returned", "ledger"),
  // The Laporan Kinerja: built from everything the round holds; nothing builds on it.
  domain("report", "shared", "setup", "inputs", "kertas-kerja", "returned", "ledger", "analysis", "sop"),
  domain("archive", "shared"),
  { name: "demo", prefix: "src/demo/", may: [...base, ...allDomain], packages: IMPURE_PACKAGES },
  {
    name: "app",
    prefix: "src/app/",
    may: [...base, ...allDomain],
    packages: ["exceljs", "docx", ...UI_PACKAGES],
  },
  {
    name: "hosts/excel",
    prefix: "src/hosts/excel/",
    may: [...base, ...allDomain, "app"],
    packages: ["exceljs", ...UI_PACKAGES],
  },
  {
    name: "hosts/xlsx",
    prefix: "src/hosts/xlsx/",
    may: [...base, ...allDomain, "app"],
    packages: UI_PACKAGES,
  },
  {
    // The Word document of the Laporan Kinerja: the only place the docx library is used.
    name: "hosts/docx",
    prefix: "src/hosts/docx/",
    may: [...base, ...allDomain, "app"],
    packages: ["exceljs", ...UI_PACKAGES],
  },
  {
    name: "taskpane",
    prefix: "src/taskpane/",
    may: [...base, ...allDomain, "app", "demo"],
    packages: ["exceljs", "docx"],
  },
  {
    // The composition root: the only part of the task pane that knows the hosts.
    name: "taskpane/root",
    prefix: "src/taskpane/root/",
    may: [...base, ...allDomain, "app", "taskpane", "hosts/excel", "hosts/xlsx", "hosts/docx"],
  },
  { name: "commands", prefix: "src/commands/", may: [...base], packages: ["exceljs", ...UI_PACKAGES] },
  {
    name: "cli",
    prefix: "src/cli/",
    may: [...base, ...allDomain, "app", "demo", "hosts/xlsx", "hosts/docx"],
    packages: UI_PACKAGES,
  },
];

/**
 * The size ratchet: a source file stays under 400 lines and a function under 100 (blank lines and
 * comments not counted for functions). The files below were over when the ratchet came in; each
 * may only shrink toward the ceiling — lower its number when it does, remove it once under.
 */
const SIZE = { lines: 400, functionLines: 100 };
const OVER_SIZE = {
  "src/demo/sample-dpa-data.ts": { lines: 487 }, // one table of sample data
  "src/demo/sample-dpa-sheet.ts": { functionLines: 105 },
  "src/domain/inputs/prior-match.ts": { functionLines: 140 },
  "src/domain/sop/sop-log-sheet.ts": { functionLines: 111 },
  "src/domain/sop/sop-sheet.ts": { functionLines: 151 },
  "src/hosts/excel/sheet-steps.ts": { functionLines: 150 },
  "src/taskpane/App.tsx": { functionLines: 146 },
};
const sizeRules = ({ lines, functionLines }) => ({
  "max-lines": ["error", { max: lines }],
  "max-lines-per-function": ["error", { max: functionLines, skipBlankLines: true, skipComments: true }],
});
const sizeConfigs = [
  { files: ["src/**/*.{ts,tsx}"], rules: sizeRules(SIZE) },
  ...Object.entries(OVER_SIZE).map(([file, over]) => ({
    files: [file],
    rules: sizeRules({ ...SIZE, ...over }),
  })),
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "test-results/", "coverage/", "kertas-kerja-demo/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks, layers },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...officeRules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "inline-type-imports" },
      ],
      "no-console": "error",
      "layers/allowed-imports": ["error", { layers: LAYERS }],
    },
  },
  {
    files: ["src/domain/**/*.ts", "src/sheet/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", impure],
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "src/domain is pure: Excel belongs to hosts/excel." },
        { name: "Office", message: "src/domain is pure: Office belongs to hosts/excel." },
        { name: "document", message: "src/domain is pure: no DOM." },
        { name: "window", message: "src/domain is pure: no DOM." },
        { name: "process", message: "src/domain is pure: no Node." },
        { name: "Buffer", message: "src/domain is pure: no Node." },
      ],
    },
  },
  ...sizeConfigs,
  {
    // A test states what it expects to exist; a wrong "!" fails the test, which is the point.
    files: ["test/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["src/cli/**/*.ts", "bench/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
