import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, main } from "../../src/cli/main";
import { loadConsolidationState } from "../../src/app/consolidate";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { S } from "../../src/strings";
import { returned } from "../support/consolidation-fixture";
import { capture, tempDir } from "./support";

const T = S.consolidate.cli;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const pem = await returned("PEM");
  const org = await returned("ORG");
  const orgOther = await returned("ORG", { realisasi: () => 9 });
  await writeFile(join(dir, "pem.xlsx"), pem.bytes);
  await writeFile(join(dir, "org.xlsx"), org.bytes);
  await writeFile(join(dir, "org-lain.xlsx"), orgOther.bytes);
  await writeFile(join(dir, "laporan.xlsx"), "%PDF-1.7\n% sebuah PDF yang diberi nama .xlsx\n");
});
afterAll(() => cleanup());

interface Report {
  written: boolean;
  files: {
    name: string;
    verdict: string;
    sha256: string;
    bagian: string | null;
    issues: { code: string }[];
  }[];
  proposals: { bagian: string; kind: string }[];
  conflicts: { bagian: string; files: { name: string }[] }[];
}

const readReport = async (name: string): Promise<Report> =>
  JSON.parse(await readFile(join(dir, name), "utf8")) as Report;

async function bagianIn(master: string): Promise<string[]> {
  const book = await XlsxWorkbook.fromBytes(await readFile(join(dir, master)));
  return (await loadConsolidationState(book)).current.map((s) => s.bagian.kode);
}

it("creates the master from the files' setup and exits 0 when every file is accepted", async () => {
  const c = capture(dir);
  const code = await main(
    ["consolidate", "pem.xlsx", "org.xlsx", "--into", "induk.xlsx", "--report", "r1.json"],
    c.io,
  );
  expect(c.err()).toBe("");
  expect(code).toBe(EXIT.ok);
  expect(c.out()).toContain(T.newMaster(join(dir, "induk.xlsx")));
  expect(c.out()).toContain(T.written(join(dir, "induk.xlsx"), 2));
  expect(await bagianIn("induk.xlsx")).toEqual(["PEM", "ORG"]);
  const report = await readReport("r1.json");
  expect(report.written).toBe(true);
  expect(report.files.map((f) => [f.name, f.verdict, f.bagian])).toEqual([
    ["pem.xlsx", "accepted", "PEM"],
    ["org.xlsx", "accepted", "ORG"],
  ]);
  expect(report.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
});

it("exits 2 when a file is rejected, still consolidating the others, and lists every issue", async () => {
  const c = capture(dir);
  const code = await main(
    ["consolidate", "laporan.xlsx", "pem.xlsx", "--into", "induk2.xlsx", "--report", "r2.json"],
    c.io,
  );
  expect(code).toBe(EXIT.input);
  expect(await bagianIn("induk2.xlsx")).toEqual(["PEM"]);
  const report = await readReport("r2.json");
  const pdf = report.files.find((f) => f.name === "laporan.xlsx")!;
  expect(pdf.verdict).toBe("rejected");
  expect(pdf.issues.length).toBeGreaterThan(0);
  expect(c.out()).toContain(`${S.consolidate.verdicts.rejected}: laporan.xlsx`);
});

it("changes nothing, and does not rewrite the master, when the same files come again", async () => {
  const before = await stat(join(dir, "induk.xlsx"));
  const bytes = await readFile(join(dir, "induk.xlsx"));
  const c = capture(dir);
  const code = await main(["consolidate", "org.xlsx", "pem.xlsx", "--into", "induk.xlsx"], c.io);
  expect(code).toBe(EXIT.ok);
  expect(c.out()).toContain(T.nothingChanged(join(dir, "induk.xlsx")));
  expect((await stat(join(dir, "induk.xlsx"))).mtimeMs).toBe(before.mtimeMs);
  expect(await readFile(join(dir, "induk.xlsx"))).toEqual(bytes);
});

it("holds two files claiming one Bagian back (exit 2) until --pilih settles it", async () => {
  const c = capture(dir);
  const code = await main(
    ["consolidate", "org.xlsx", "org-lain.xlsx", "--into", "induk3.xlsx", "--report", "r3.json"],
    c.io,
  );
  expect(code).toBe(EXIT.input);
  const report = await readReport("r3.json");
  expect(report.conflicts.map((x) => [x.bagian, x.files.map((f) => f.name).sort()])).toEqual([
    ["ORG", ["org-lain.xlsx", "org.xlsx"]],
  ]);
  expect(report.written).toBe(false);

  const settled = capture(dir);
  const ok = await main(
    ["consolidate", "org.xlsx", "org-lain.xlsx", "--into", "induk3.xlsx", "--pilih", "ORG=org-lain.xlsx"],
    settled.io,
  );
  expect(ok).toBe(EXIT.ok);
  const book = await XlsxWorkbook.fromBytes(await readFile(join(dir, "induk3.xlsx")));
  expect((await loadConsolidationState(book)).current.map((s) => s.file.name)).toEqual(["org-lain.xlsx"]);
});

it.each([
  [["consolidate", "--into", "x.xlsx"], S.cli.usage.consolidateNoFiles],
  [["consolidate", "a.xlsx"], S.cli.usage.required("--into")],
  [["consolidate", "a.xlsx", "--into", "x.xlsx", "--pilih", "ORG"], S.cli.usage.badPilih("ORG")],
  [["consolidate", "a.xlsx", "--into", "x.xlsx", "--oleh", "123"], S.cli.usage.badNip("123")],
])("exits 1 on a usage error: %j", async (argv, message) => {
  const c = capture(dir);
  expect(await main(argv, c.io)).toBe(EXIT.usage);
  expect(c.err()).toContain(message);
});
