"use strict";
/**
 * The command line's bundle, kept current by the launcher (bin/kertas-kerja.cjs).
 *
 * Compiling the TypeScript sources at every start (tsx) costs 0.3 s (`--help`) to 1.5 s (a
 * command); a bundle that esbuild made from them once starts in about 0.1 s. No build step can run at `npm ci`: the project's
 * .npmrc sets ignore-scripts (no `prepare`, no `postinstall`). So the launcher builds the bundle
 * itself, with esbuild's API, the first time it runs and whenever a source changed since (about
 * 0.2 s), into node_modules/.cache/kertas-kerja-cli (gone with the next `npm ci`, ignored by git,
 * ESLint, Prettier and Jest), or into $KERTAS_KERJA_CLI_CACHE.
 *
 * Two files, because the CLI's own code changes often and its packages seldom:
 * - cli.cjs: src/ (everything src/cli/main.ts reaches). A package import becomes a call to the
 *   vendor hook below, evaluated only when a command needs that package: `--help` loads none.
 * - vendor.cjs: the packages the CLI imports (exceljs, jszip, fflate, @noble/hashes), each behind
 *   a getter. Loading exceljs bundled takes about half the time of loading it from node_modules
 *   (hundreds of files). Built the first time a command needs a package.
 *
 * Each file starts with a line naming every file it was built from, with its mtime and size: it is
 * current while each of those (and this file) is unchanged, which costs one stat per file (about
 * 1 ms for cli.cjs). The line and the code are one file written by one rename, so a process never
 * pairs a bundle with another build's list. A file saved within 2 s of a build is listed as
 * changed, so the next start builds again (it may have been read before that save). Anything that fails here (no esbuild, a syntax error
 * in a source being edited, a cache that cannot be written) returns null: the launcher then runs
 * the sources through tsx, as before.
 *
 * $KERTAS_KERJA_CLI_TRACE=1 prints on stderr which way was taken (for tests and for the curious);
 * $KERTAS_KERJA_CLI_VENDOR=node_modules loads the packages from node_modules (for `npm run bench`).
 */
const fs = require("node:fs");
const path = require("node:path");
const { builtinModules, createRequire } = require("node:module");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
/** Bump when what a bundle holds or how it is read changes in a way the input list cannot see. */
const FORMAT = 1;
const HEADER = "//# kertas-kerja-cli ";
const VENDOR_HOOK = "kertas-kerja.cli.vendor";
const TARGET = "node20";

const traceOn = () => Boolean(process.env.KERTAS_KERJA_CLI_TRACE);
const trace = (message) => {
  if (traceOn()) process.stderr.write(`kertas-kerja-cli: ${message}\n`);
};
const errorText = (error) =>
  error?.errors?.[0]?.text ?? (error instanceof Error ? error.message.split("\n")[0] : String(error));

const cacheDir = () =>
  process.env.KERTAS_KERJA_CLI_CACHE
    ? path.resolve(process.env.KERTAS_KERJA_CLI_CACHE)
    : path.join(ROOT, "node_modules", ".cache", "kertas-kerja-cli");

const isBuiltin = (spec) =>
  spec.startsWith("node:") || builtinModules.includes(spec) || builtinModules.includes(spec.split("/")[0]);

// ---- the header line: what a bundle was built from ------------------------------------------

/** The header of `file` if every file it lists is unchanged (and it holds what `accept` wants). */
function currentHeader(file, accept = () => true) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return { header: null, why: "absent" };
  }
  const end = text.indexOf("\n");
  if (!text.startsWith(HEADER) || end < 0) return { header: null, why: "no header" };
  let header;
  try {
    header = JSON.parse(text.slice(HEADER.length, end));
  } catch {
    return { header: null, why: "unreadable header" };
  }
  if (header.format !== FORMAT || header.root !== ROOT)
    return { header: null, why: "another format or folder" };
  if (!accept(header)) return { header: null, why: "lacks a package" };
  for (const [rel, mtimeMs, size] of header.inputs) {
    const stat = fs.statSync(path.resolve(ROOT, rel), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs !== mtimeMs || stat.size !== size)
      return { header: null, why: `${rel} changed` };
  }
  return { header, why: "current" };
}

/**
 * The header for a build that started at `startedMs` from `inputs` (paths relative to ROOT, as
 * esbuild's metafile names them). A file changed shortly before or during the build (mtime
 * within UNCERTAIN_MS of its start, or later; file systems with coarse mtimes included) may have
 * been read before that change: it is listed with mtime -1, so the next start builds again.
 */
const UNCERTAIN_MS = 2000;
function headerFor(inputs, startedMs, extra) {
  const files = [...inputs.filter((rel) => !/^<|:/.test(rel)), path.relative(ROOT, __filename)];
  const listed = [...new Set(files)].sort().map((rel) => {
    const stat = fs.statSync(path.resolve(ROOT, rel));
    return [rel, stat.mtimeMs > startedMs - UNCERTAIN_MS ? -1 : stat.mtimeMs, stat.size];
  });
  return { format: FORMAT, root: ROOT, ...extra, inputs: listed };
}

/** Writes `file` whole or not at all (a temp file, then a rename). */
function writeWhole(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(temporary, text);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

const withHeader = (header, code) => `${HEADER}${JSON.stringify(header)}\n${code}`;

// ---- building ---------------------------------------------------------------------------------

const esbuild = () => require("esbuild");

/** Every package import of the CLI goes through the vendor hook; Node's own modules stay require()s. */
function vendorPlugin(specs) {
  return {
    name: "kertas-kerja-vendor",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        specs.add(args.path);
        return { path: args.path, namespace: "kertas-kerja-vendor" };
      });
      build.onLoad({ filter: /.*/, namespace: "kertas-kerja-vendor" }, (args) => ({
        contents: `module.exports = globalThis[Symbol.for(${JSON.stringify(VENDOR_HOOK)})](${JSON.stringify(args.path)});`,
        loader: "js",
      }));
    },
  };
}

/**
 * Builds cli.cjs from the sources; resolves to its header, rejects on failure. (Asynchronous:
 * esbuild takes no plugin in its synchronous API.) No source map: `--debug`, the only way to see a
 * stack, runs the sources through tsx, whose stacks name the TypeScript files.
 */
async function buildCli(file) {
  const started = Date.now();
  const specs = new Set();
  const api = esbuild();
  const result = await api
    .build({
      absWorkingDir: ROOT,
      entryPoints: [ENTRY],
      outfile: file,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: TARGET,
      metafile: true,
      write: false,
      logLevel: "silent",
      plugins: [vendorPlugin(specs)],
    })
    .finally(() => api.stop()); // its service process is no longer needed
  const header = headerFor(Object.keys(result.metafile.inputs), started, { specs: [...specs].sort() });
  const code = result.outputFiles[0];
  if (!code) throw new Error("esbuild wrote no bundle");
  writeWhole(file, withHeader(header, code.text));
  trace(`built ${file} in ${Date.now() - started} ms`);
  return header;
}

/** Builds vendor.cjs: one getter per package the CLI imports, each loading it on first use. */
function buildVendor(file, specs) {
  const started = Date.now();
  const getters = specs
    .map((s) => `  get ${JSON.stringify(s)}() { return require(${JSON.stringify(s)}); },`)
    .join("\n");
  const result = esbuild().buildSync({
    absWorkingDir: ROOT,
    stdin: { contents: `module.exports = {\n${getters}\n};\n`, resolveDir: ROOT, sourcefile: "<vendor>" },
    outfile: file,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: TARGET,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const header = headerFor(Object.keys(result.metafile.inputs), started, { specs });
  const code = result.outputFiles[0];
  if (!code) throw new Error("esbuild wrote no bundle");
  writeWhole(file, withHeader(header, code.text));
  trace(`built ${file} in ${Date.now() - started} ms`);
  return header;
}

// ---- the packages, when a command first needs one ----------------------------------------------

const fromNodeModules = createRequire(path.join(ROOT, "package.json"));

function vendorHook(specs) {
  let vendor; // undefined: not looked at yet; null: use node_modules
  const load = () => {
    if (process.env.KERTAS_KERJA_CLI_VENDOR === "node_modules") {
      trace("vendor: packages from node_modules (asked)");
      return null;
    }
    const file = path.join(cacheDir(), "vendor.cjs");
    try {
      const { header, why } = currentHeader(file, (h) => specs.every((s) => h.specs.includes(s)));
      if (header) trace(`vendor ${file}`);
      else {
        trace(`vendor ${why}: building`);
        buildVendor(file, specs);
      }
      return require(file);
    } catch (error) {
      trace(`vendor unavailable (${errorText(error)}): packages from node_modules`);
      return null;
    }
  };
  return (spec) => {
    if (vendor === undefined) vendor = load();
    return vendor && spec in vendor ? vendor[spec] : fromNodeModules(spec);
  };
}

// ---- what the launcher calls -------------------------------------------------------------------

/**
 * The CLI's module (`main`, `unexpectedMessage`) from a current bundle, built first if it is
 * missing or older than a source; null when no bundle can be had (the launcher then uses tsx).
 * Never rejects.
 */
async function loadBundle() {
  const file = path.join(cacheDir(), "cli.cjs");
  try {
    const found = currentHeader(file);
    let header = found.header;
    if (header) trace(`bundle ${file}`);
    else {
      trace(`bundle ${found.why}: building`);
      header = await buildCli(file);
    }
    globalThis[Symbol.for(VENDOR_HOOK)] = vendorHook(header.specs);
    return require(file);
  } catch (error) {
    trace(`no bundle (${errorText(error)}): sources through tsx`);
    return null;
  }
}

module.exports = { loadBundle };
