/**
 * Every exit code of every command is stated once in src/strings/cli.ts and shown by `--help`;
 * README's "Exit codes" says the same, code by code and command by command. Held together here,
 * and against the codes the CLI really has (src/cli/io.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, main } from "../../src/cli/main";
import { exitCodes, exitCodesPerCommand } from "../../src/strings/cli";
import { capture } from "./support";

const words = (s: string): string => s.replace(/\s+/g, " ").trim();
const codes = Object.values(EXIT).sort((a, b) => a - b);

/** "generate 0, 1, 2; sop status 0, 1" → { generate: [0, 1, 2], "sop status": [0, 1] }. */
function perCommand(line: string): Record<string, number[]> {
  const body = line.replace(/^Per (perintah|command):\s*/, "").replace(/\.$/, "");
  return Object.fromEntries(
    body.split(";").map((part) => {
      const m = /^\s*(.*?)\s+((?:\d+,\s*)*\d+)\s*$/.exec(part);
      if (!m?.[1] || !m[2]) throw new Error(`cannot read "${part}"`);
      return [m[1], m[2].split(",").map((n) => Number(n.trim()))];
    }),
  );
}

async function readmeSection(): Promise<string> {
  const readme = await readFile(join(__dirname, "../../README.md"), "utf8");
  const start = readme.indexOf("### Exit codes");
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + 1);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

it("states one sentence for each exit code the CLI has, and no other", () => {
  expect(exitCodes.map(([code]) => code)).toEqual(codes);
});

it("shows every sentence and the codes of every command in --help", async () => {
  const c = capture(process.cwd());
  expect(await main(["--help"], c.io)).toBe(EXIT.ok);
  const help = words(c.out());
  for (const [code, sentence] of exitCodes) expect(help).toContain(`${code} ${words(sentence)}`);
  expect(help).toContain(words(exitCodesPerCommand));
});

it("says the same in README: an item per code, and the same codes per command", async () => {
  const section = await readmeSection();
  const rows = [...section.matchAll(/^- \*\*(\d+)\*\* /gm)].map((m) => Number(m[1]));
  expect(rows).toEqual(codes);
  const line = /Per command:[^]*?\.(?=\n\n|\n?$)/.exec(section)?.[0];
  expect(line).toBeDefined();
  expect(perCommand(words(line ?? ""))).toEqual(perCommand(exitCodesPerCommand));
});

it("lists for each command only codes that exist, and every code for some command", () => {
  const used = new Set(Object.values(perCommand(exitCodesPerCommand)).flat());
  expect([...used].sort((a, b) => a - b)).toEqual(codes);
});
