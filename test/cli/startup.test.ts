/**
 * The launcher (bin/kertas-kerja.cjs) starts from a bundle of the sources (bin/cli-bundle.cjs):
 * built when there is none, used while it is current, rebuilt when a source is newer, and with
 * the same output as the sources run through tsx. Each test builds into a cache folder of its own
 * (KERTAS_KERJA_CLI_CACHE), so no other test or developer shares its bundle. How fast it starts
 * is measured by `npm run bench`, not here.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { EXIT } from "../../src/cli/main";
import { S } from "../../src/strings";

const ROOT = resolve(__dirname, "../..");
const BIN = join(ROOT, "bin", "kertas-kerja.cjs");
const HEADER = "//# kertas-kerja-cli ";

let cache: string;
beforeEach(async () => {
  cache = await mkdtemp(join(tmpdir(), "kk-cli-cache-"));
});
afterEach(() => rm(cache, { recursive: true, force: true }));

/** The launcher as a user runs it, tracing which way it took; `sources` forces tsx. */
function launch(args: string[], way: "bundle" | "sources" = "bundle") {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KERTAS_KERJA_CLI_CACHE: cache,
    KERTAS_KERJA_CLI_TRACE: "1",
  };
  delete env.KERTAS_KERJA_CLI;
  delete env.KERTAS_KERJA_CLI_VENDOR;
  if (way === "sources") env.KERTAS_KERJA_CLI = "sources";
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: cache,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  const lines = r.stderr.split("\n");
  return {
    status: r.status,
    stdout: r.stdout,
    trace: lines.filter((l) => l.startsWith("kertas-kerja-cli: ")).join("\n"),
    stderr: lines.filter((l) => !l.startsWith("kertas-kerja-cli: ")).join("\n"),
  };
}

interface Header {
  inputs: [string, number, number][];
}

async function readBundle(): Promise<{ header: Header; code: string }> {
  const text = await readFile(join(cache, "cli.cjs"), "utf8");
  const end = text.indexOf("\n");
  expect(text.startsWith(HEADER)).toBe(true);
  return { header: JSON.parse(text.slice(HEADER.length, end)) as Header, code: text.slice(end + 1) };
}

/** Rewrites the bundle: `code` under a header whose inputs are given the times `stamp` says. */
async function rewriteBundle(code: string, stamp: (rel: string, mtimeMs: number) => number): Promise<void> {
  const { header } = await readBundle();
  for (const input of header.inputs) {
    const s = await stat(join(ROOT, input[0]));
    input[1] = stamp(input[0], s.mtimeMs);
    input[2] = s.size;
  }
  await writeFile(join(cache, "cli.cjs"), `${HEADER}${JSON.stringify(header)}\n${code}`);
}

/** A bundle that is obviously not the CLI: whoever prints this ran the bundle as found. */
const STUB = `exports.main = async () => { process.stdout.write("dari bundel\\n"); return 0; };\n`;

it("builds the bundle when there is none, runs it, and prints what the sources print", () => {
  const bundled = launch(["--help"]);
  expect(bundled.trace).toContain("bundle absent: building");
  expect(bundled.trace).toContain(`built ${join(cache, "cli.cjs")}`);
  expect(bundled.trace).not.toContain("sources");
  expect(bundled.stderr).toBe("");
  expect(bundled.status).toBe(EXIT.ok);
  expect(bundled.stdout).toBe(`${S.cli.help}\n`);

  const sources = launch(["--help"], "sources");
  expect(sources.trace).toBe("kertas-kerja-cli: sources (asked)");
  expect(sources.status).toBe(EXIT.ok);
  expect(sources.stdout).toBe(bundled.stdout);
});

it("a wrong option ends the same through the bundle and through the sources: message and exit code", () => {
  const args = ["generate", "--tidak-ada", "1"];
  const bundled = launch(args);
  const sources = launch(args, "sources");
  expect(bundled.trace).toContain(`built ${join(cache, "cli.cjs")}`);
  expect(bundled.status).toBe(EXIT.usage);
  expect(bundled.stderr).not.toBe("");
  expect([bundled.status, bundled.stdout, bundled.stderr]).toEqual([
    sources.status,
    sources.stdout,
    sources.stderr,
  ]);
});

it("a command loads its packages (exceljs…) from the bundled vendor file, and ends as through the sources", () => {
  const args = ["sop", "status", "hilang.xlsx"];
  const bundled = launch(args);
  const sources = launch(args, "sources");
  expect(bundled.trace).toContain("vendor absent: building");
  expect(bundled.trace).toContain(`built ${join(cache, "vendor.cjs")}`);
  expect(bundled.trace).not.toContain("node_modules");
  expect(bundled.status).toBe(EXIT.input);
  expect([bundled.status, bundled.stdout, bundled.stderr]).toEqual([
    sources.status,
    sources.stdout,
    sources.stderr,
  ]);
  expect(launch(args).trace).toContain(`vendor ${join(cache, "vendor.cjs")}`);
});

it("uses a current bundle as it is, without building", async () => {
  launch(["--help"]);
  const used = `kertas-kerja-cli: bundle ${join(cache, "cli.cjs")}`;
  let r = { trace: "", stdout: "" };
  // A source saved between the restamp and the start (someone editing while the tests run) makes
  // the bundle rightly stale: try again.
  for (let attempt = 0; attempt < 3 && r.trace !== used; attempt++) {
    await rewriteBundle(STUB, (_rel, mtimeMs) => mtimeMs);
    r = launch(["--help"]);
  }
  expect(r.trace).toBe(used);
  expect(r.stdout).toBe("dari bundel\n");
});

it("rebuilds a bundle older than a source, so a changed source always runs", async () => {
  launch(["--help"]);
  await rewriteBundle(STUB, (rel, mtimeMs) => (rel === "src/cli/main.ts" ? mtimeMs - 60_000 : mtimeMs));
  const r = launch(["--help"]);
  expect(r.trace).toContain("bundle src/cli/main.ts changed: building");
  expect(r.stdout).toBe(`${S.cli.help}\n`);
  const { header, code } = await readBundle();
  expect(code).not.toBe(STUB);
  expect(header.inputs.map(([rel]) => rel)).toEqual(
    expect.arrayContaining(["src/cli/main.ts", "bin/cli-bundle.cjs"]),
  );
});

it("--debug runs the sources through tsx, so that a stack names the TypeScript files", () => {
  const r = launch(["generate", "--debug", "--tidak-ada"]);
  expect(r.trace).toBe("kertas-kerja-cli: sources (--debug)");
  expect(r.status).toBe(EXIT.usage);
  expect(r.stderr).toContain(join("src", "cli", "args.ts:"));
});
