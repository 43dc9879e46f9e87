// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

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

/**
 * The layers' boundaries beyond the core: `no-restricted-imports` for static imports and
 * `no-restricted-syntax` for `import()`, which the first does not see. `forbidden` are
 * `no-restricted-imports` groups; `dynamic` a regular expression over the module of an `import()`.
 */
function boundary(forbidden, dynamic, message) {
  return {
    "no-restricted-imports": ["error", { patterns: [{ group: forbidden, message }] }],
    "no-restricted-syntax": [
      "error",
      { selector: `ImportExpression[source.value=${dynamic}]`, message: `${message} (import() included).` },
    ],
  };
}

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "test-results/", "coverage/", "kertas-kerja-demo/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
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
  {
    files: ["src/app/**/*.ts"],
    rules: boundary(
      [
        "**/hosts/**",
        "**/taskpane/**",
        "**/cli/**",
        "exceljs",
        "react",
        "react-dom",
        "react/*",
        "@fluentui/*",
      ],
      "/(hosts|taskpane|cli)\\/|^(exceljs|react|react-dom|@fluentui\\/.*)$/",
      "src/app reaches hosts through its ports (ports.ts) and knows no UI: the composition roots provide them",
    ),
  },
  {
    files: ["src/hosts/excel/**/*.ts"],
    rules: boundary(
      ["**/hosts/xlsx/**", "../xlsx/*", "exceljs", "**/taskpane/**", "**/cli/**"],
      "/(hosts\\/xlsx|\\.\\.\\/xlsx|taskpane|cli)\\/|^exceljs$/",
      "The Office.js host does not import its sibling: what it needs of the .xlsx host is injected",
    ),
  },
  {
    files: ["src/hosts/xlsx/**/*.ts"],
    rules: boundary(
      ["**/hosts/excel/**", "../excel/*", "**/taskpane/**", "**/cli/**"],
      "/(hosts\\/excel|\\.\\.\\/excel|taskpane|cli)\\//",
      "The .xlsx host does not import its sibling",
    ),
  },
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
