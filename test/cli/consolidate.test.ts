import { access, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, main } from "../../src/cli/main";
import { loadConsolidationState } from "../../src/app/consolidate";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { S } from "../../src/strings";
import { returned } from "../support/consolidation-fixture";
import { LONG_PENGHAMBAT } from "../support/returned-corpus-edits";
import {
  cellOf,
  editKertasKerja,
  filledKertasKerja,
  generatedKertasKerja,
} from "../support/returned-fixture";
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
  // ORG's kertas kerja with a Faktor Penghambat of 40,000 characters on its first indicator.
  const fx = await generatedKertasKerja({ bagian: "ORG" });
  const first = fx.meta.rows.find((r) => r.kind === "indicator")!;
  const long = await editKertasKerja(fx, await filledKertasKerja(fx), (ws) => {
    ws.getCell(cellOf(fx.meta, first.key, "penghambat")).value = LONG_PENGHAMBAT;
  });
  await writeFile(join(dir, "org-panjang.xlsx"), long);
  // A dash in the first realisasi, nothing in the second.
  const dash = await returned("ORG", { realisasi: (_key, i) => (i === 0 ? "-" : i === 1 ? null : 5) });
  await writeFile(join(dir, "org-strip.xlsx"), dash.bytes);
});
afterAll(() => cleanup());

interface Report {
  written: boolean;
  exitCode: number;
  error?: { message: string; details: string[] };
  files: {
    name: string;
    verdict: string | null;
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

it("holds two files claiming one Bagian back (exit 6, waiting for a choice) until --pilih settles it", async () => {
  const c = capture(dir);
  const code = await main(
    ["consolidate", "org.xlsx", "org-lain.xlsx", "--into", "induk3.xlsx", "--report", "r3.json"],
    c.io,
  );
  expect(code).toBe(EXIT.waiting);
  expect(EXIT.waiting).toBe(6);
  const report = await readReport("r3.json");
  expect(report.exitCode).toBe(6);
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

it("exits 2, not 6, when a file is rejected as well as two files claiming one Bagian", async () => {
  const c = capture(dir);
  const code = await main(
    ["consolidate", "org.xlsx", "org-lain.xlsx", "laporan.xlsx", "pem.xlsx", "--into", "induk4.xlsx"],
    c.io,
  );
  expect(code).toBe(EXIT.input);
  expect(await bagianIn("induk4.xlsx")).toEqual(["PEM"]);
});

it("consolidates a 40,000-character text with the other files (exit 0), cut and warned about", async () => {
  const c = capture(dir);
  const code = await main(
    ["consolidate", "org-panjang.xlsx", "pem.xlsx", "--into", "induk5.xlsx", "--report", "r5.json"],
    c.io,
  );
  expect(c.err()).toBe("");
  expect(code).toBe(EXIT.ok);
  expect(await bagianIn("induk5.xlsx")).toEqual(["PEM", "ORG"]);
  const report = await readReport("r5.json");
  expect(report.exitCode).toBe(0);
  const org = report.files.find((f) => f.name === "org-panjang.xlsx")!;
  expect(org.verdict).toBe("warnings");
  expect(org.issues.map((i) => i.code)).toEqual(["returned.text.too-long"]);
  expect(c.out()).toContain("40.000 karakter");
  const book = await XlsxWorkbook.fromBytes(await readFile(join(dir, "induk5.xlsx")));
  const stored = (await loadConsolidationState(book)).current.find((s) => s.bagian.kode === "ORG")!;
  const penghambat = stored.rows.find((r) => r.penghambat !== null)!.penghambat!;
  expect(penghambat).toHaveLength(32_767);
  expect(LONG_PENGHAMBAT.startsWith(penghambat.slice(0, 32_000))).toBe(true);
});

it("writes the report when the master cannot be written (exit 3), and writes no master", async () => {
  const c = capture(dir);
  // The master's folder is a file: the write fails after every file was judged.
  const code = await main(
    ["consolidate", "pem.xlsx", "--into", "pem.xlsx/induk.xlsx", "--report", "r6.json"],
    c.io,
  );
  expect(code).toBe(EXIT.output);
  const report = await readReport("r6.json");
  expect(report).toMatchObject({ written: false, exitCode: 3 });
  expect(report.error?.message).toMatch(/pem\.xlsx/);
  expect(report.files.map((f) => [f.name, f.verdict])).toEqual([["pem.xlsx", "accepted"]]);
  await expect(access(join(dir, "pem.xlsx", "induk.xlsx"))).rejects.toThrow();
});

it("leaves the master as it was when the report cannot be written (exit 3)", async () => {
  const bytes = await readFile(join(dir, "induk2.xlsx"));
  const c = capture(dir);
  const code = await main(
    ["consolidate", "org.xlsx", "--into", "induk2.xlsx", "--report", "tidak-ada/r7.json"],
    c.io,
  );
  expect(code).toBe(EXIT.output);
  expect(c.err()).toContain("tidak-ada");
  expect(await readFile(join(dir, "induk2.xlsx"))).toEqual(bytes);
});

it("writes the report when consolidation cannot start (exit 2), every file without a verdict", async () => {
  const c = capture(dir);
  const code = await main(
    ["consolidate", "laporan.xlsx", "--into", "baru.xlsx", "--report", "r8.json"],
    c.io,
  );
  expect(code).toBe(EXIT.input);
  const report = await readReport("r8.json");
  expect(report).toMatchObject({ written: false, exitCode: 2, error: { message: T.cannotStart } });
  expect(report.files.map((f) => [f.name, f.verdict])).toEqual([["laporan.xlsx", null]]);
  await expect(access(join(dir, "baru.xlsx"))).rejects.toThrow();
});

it("says what a cell holds: a dash is a dash, an empty cell is (kosong), never quoted twice", async () => {
  const c = capture(dir);
  expect(await main(["consolidate", "org-strip.xlsx", "--into", "induk9.xlsx"], c.io)).toBe(EXIT.ok);
  const notReported = c
    .out()
    .split("\n")
    .filter((l) => l.includes("belum dilaporkan"));
  expect(notReported).toHaveLength(2);
  expect(notReported[0]).toContain('ditemukan "-";');
  expect(notReported[1]).toContain("ditemukan (kosong);");
  expect(c.out()).not.toContain('""');
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
