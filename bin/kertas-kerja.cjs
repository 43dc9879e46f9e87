#!/usr/bin/env node
"use strict";
// Launcher. The CLI is TypeScript, with no build step to run: it starts from a bundle of the
// sources that bin/cli-bundle.cjs builds with esbuild on the first start and rebuilds whenever a
// source changed, so it always runs the current sources (about 0.1 s to start, instead of 0.3 to
// 1.5 s compiling them through tsx at every start). Should no bundle be had, with --debug, or with
// KERTAS_KERJA_CLI=sources, the sources run through tsx as they always did: the require hook
// loads the CLI, the import hook serves its `import()`s. tsx/esm/api's register() is not used:
// from CommonJS it resolves its own hook file wrongly (tsx 4.23), so the hook is registered with
// node:module directly.

function fromSources() {
  const { register } = require("node:module");
  const { pathToFileURL } = require("node:url");
  require("tsx/cjs");
  register("tsx/esm", { parentURL: pathToFileURL(__filename), data: {} });
  return require("../src/cli/main.ts");
}

async function load() {
  // --debug shows stacks: through tsx they name the TypeScript files and lines.
  const asked =
    process.env.KERTAS_KERJA_CLI === "sources" ? "asked" : process.argv.includes("--debug") ? "--debug" : "";
  if (asked) {
    if (process.env.KERTAS_KERJA_CLI_TRACE) process.stderr.write(`kertas-kerja-cli: sources (${asked})\n`);
    return fromSources();
  }
  return (await require("./cli-bundle.cjs").loadBundle()) ?? fromSources();
}

load().then((cli) =>
  cli.main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // main() catches everything; this is the last guard, still without a stack trace.
      process.stderr.write(`${cli.unexpectedMessage(error)}\n`);
      process.exitCode = 4;
    },
  ),
);
