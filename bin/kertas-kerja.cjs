#!/usr/bin/env node
"use strict";
// Launcher: the CLI is TypeScript, run through tsx (no build step). The require hook loads the
// CLI; the import hook serves the `import()` with which the app loads exceljs lazily (for the task
// pane's sake). tsx/esm/api's register() is not used: from CommonJS it resolves its own hook file
// wrongly (tsx 4.23), so the hook is registered with node:module directly.
const { register } = require("node:module");
const { pathToFileURL } = require("node:url");
require("tsx/cjs");
register("tsx/esm", { parentURL: pathToFileURL(__filename), data: {} });

const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main() catches everything; this is the last guard, still without a stack trace.
    const { cli } = require("../src/strings/cli.ts");
    process.stderr.write(`${cli.unexpected(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 4;
  },
);
