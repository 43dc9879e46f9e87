/**
 * `setup`: a Pengaturan workbook from the DPA, filled in by a person in another program (exceljs
 * writing the cells, then a LibreOffice round trip), read back by `generate --setup` and `sop
 * jadwal`; mistakes typed in the sheet named by their cell; the protection read from the XML.
 */
import ExcelJS from "exceljs";
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPk, PK_SHEET } from "../../src/app/pk";
import { loadSetup } from "../../src/app/setup";
import type { Iku } from "../../src/domain/shared/types";
import { EXIT, main } from "../../src/cli/main";
import { EXTRA_HOLIDAY_ROWS } from "../../src/domain/setup/setup-fill";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { CellValue, SheetPlan } from "../../src/sheet/plan";
import { S } from "../../src/strings";
import { qualitative as Q } from "../../src/strings/qualitative";
import { setupFill } from "../../src/strings/setupFill";
import {
  describeWithLibreOffice,
  pdfToPng,
  recalcWithLibreOffice,
  renderPdfWithLibreOffice,
} from "../support/libreoffice";
import { OFFICIALS } from "../support/sop-fixture";
import { readXlsxParts, sheetFacts } from "../support/xlsx-xml";
import { capture, tempDir, writeSamples } from "./support";

const T = S.setup;
const KEPALA_NIP = "19700312 199503 1 004"; // typed with spaces, as people do
let dir: string;
let cleanup: () => Promise<void>;
let dpa: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  ({ dpa } = await writeSamples(dir));
});
afterAll(() => cleanup());

async function run(...argv: string[]) {
  const c = capture(dir);
  const code = await main(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

const setupCommand = (out: string, ...more: string[]) =>
  run("setup", "--dpa", dpa, "--tahun", "2026", "--periode", "TW2", "--out", out, ...more);

/** The 1-based row whose column A reads `label`. */
function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).text === label) return r;
  throw new Error(`no row "${label}"`);
}

/** Opens a written Pengaturan, lets `type` fill it, saves it again (as another program would). */
async function fillIn(file: string, type: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, file));
  const ws = book.getWorksheet(T.sheetName);
  if (!ws) throw new Error("no Pengaturan");
  type(ws);
  await book.xlsx.writeFile(join(dir, file));
}

/** What a person types: the four officials, a Kepala Bagian, the deadline, one more holiday. */
function typeOfficials(ws: ExcelJS.Worksheet): void {
  const pejabat = rowOf(ws, T.sections.pejabat) + 2;
  Object.values(OFFICIALS).forEach((o, i) => {
    ws.getCell(pejabat + i, 2).value = o.nama;
    ws.getCell(pejabat + i, 3).value = o.jabatan;
    ws.getCell(pejabat + i, 4).value = o.nip;
  });
  const bagian = rowOf(ws, T.sections.bagian) + 2;
  ws.getCell(bagian, 3).value = "Drs. Ahmad Fauzi";
  ws.getCell(bagian, 4).value = KEPALA_NIP;
  ws.getCell(rowOf(ws, T.labels.batasWaktu), 2).value = new Date(Date.UTC(2026, 6, 17));
  const libur = rowOf(ws, T.sections.libur) + 2;
  let r = libur;
  while (ws.getCell(r, 1).text !== "") r++;
  ws.getCell(r, 1).value = new Date(Date.UTC(2026, 10, 10));
  ws.getCell(r, 2).value = "Hari jadi Kabupaten Tapin";
}

describe("setup writes a Pengaturan to be typed in any program", () => {
  it("protects the sheet without a password, leaves the cells to type unlocked, NIP as text", async () => {
    const r = await setupCommand("Kunci.xlsx");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(setupFill.cli.wrote(join(dir, "Kunci.xlsx")));
    const file = await readFile(join(dir, "Kunci.xlsx"));
    const bytes = new Uint8Array(file);
    const facts = sheetFacts(await readXlsxParts(bytes), T.sheetName);
    expect(facts.isProtected).toBe(true);
    for (const attr of ["password", "hashValue", "algorithmName", "saltValue"])
      expect(facts.protection?.[attr]).toBeUndefined();

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ExcelJS.Buffer);
    const ws = book.getWorksheet(T.sheetName)!;
    const pejabat = rowOf(ws, T.sections.pejabat) + 2;
    const bagian = rowOf(ws, T.sections.bagian) + 2;
    const libur = rowOf(ws, T.sections.libur) + 2;
    const scale = rowOf(ws, Q.section) + 2;
    const open = [
      `B${rowOf(ws, T.labels.batasWaktu)}`,
      ...[0, 1, 2, 3].flatMap((i) => ["B", "C", "D"].map((c) => `${c}${pejabat + i}`)),
      `C${bagian}`,
      `D${bagian}`,
      `A${libur}`,
      `B${libur + 3 + EXTRA_HOLIDAY_ROWS - 1}`,
      `C${scale}`,
    ];
    for (const cell of open) expect([cell, facts.isLocked(cell)]).toEqual([cell, false]);
    const shut = [
      "A1",
      "A2",
      "B2",
      `B${rowOf(ws, T.labels.tahun)}`,
      `A${pejabat}`,
      `A${bagian}`,
      `B${bagian}`,
    ];
    for (const cell of shut) expect([cell, facts.isLocked(cell)]).toEqual([cell, true]);
    // Text format (numFmtId 49 = "@"): an 18-digit NIP stays text.
    expect(facts.cellXf(`D${pejabat}`)).toMatch(/numFmtId="49"/);
    expect(facts.cellXf(`D${bagian}`)).toMatch(/numFmtId="49"/);
    // The instructions, on the sheet, in words a person can follow.
    const text = ws.getSheetValues().flat().join(" ");
    expect(text).toContain("Tinjau → Buka Proteksi Lembar");
    expect(text).toContain("Alat → Lindungi Lembar");
  });

  it("refuses to overwrite a file and an --out that is no .xlsx", async () => {
    await writeFile(join(dir, "Ada.xlsx"), "x");
    const again = await setupCommand("Ada.xlsx");
    expect(again.code).toBe(EXIT.output);
    expect(again.err).toContain(setupFill.cli.exists(join(dir, "Ada.xlsx")));
    expect((await setupCommand("Pengaturan.ods")).code).toBe(EXIT.usage);
    expect((await run("setup", "--dpa", dpa, "--out", "X.xlsx", "--periode", "TW1")).code).toBe(EXIT.usage);
  });

  it("names the cell of a bad NIP, a bad date and a NIP stored as a number", async () => {
    expect((await setupCommand("Salah.xlsx")).code).toBe(EXIT.ok);
    let cells: Record<string, string> = {};
    await fillIn("Salah.xlsx", (ws) => {
      const pejabat = rowOf(ws, T.sections.pejabat) + 2;
      const bagian = rowOf(ws, T.sections.bagian) + 2;
      const batas = rowOf(ws, T.labels.batasWaktu);
      const libur = rowOf(ws, T.sections.libur) + 2;
      ws.getCell(pejabat + 1, 2).value = "Fajar Hidayat";
      ws.getCell(pejabat + 1, 4).value = "19900105201503100"; // 17 digits
      ws.getCell(bagian + 1, 4).value = 197003121995031000; // a number: digits lost
      ws.getCell(batas, 2).value = "31-02-2026";
      ws.getCell(libur, 1).value = "2026-13-01";
      cells = { nip: `D${pejabat + 1}`, number: `D${bagian + 1}`, batas: `B${batas}`, libur: `A${libur}` };
    });
    const r = await run("generate", "--dpa", dpa, "--setup", "Salah.xlsx", "--out", "kk-salah");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(S.cli.input.setupInvalid(join(dir, "Salah.xlsx")));
    const lines = r.err.split("\n");
    const lineOf = (cell: string) => lines.find((l) => l.includes(`sel ${cell}:`)) ?? "";
    expect(lineOf(cells.nip!)).toContain(T.errors.nip(T.roles["tim-sakip"]));
    expect(lineOf(cells.number!)).toContain("tersimpan sebagai angka");
    expect(lineOf(cells.batas!)).toContain(T.errors.date(T.labels.batasWaktu));
    expect(lineOf(cells.batas!)).toContain('ditemukan "31-02-2026"');
    expect(lineOf(cells.libur!)).toContain("2026-13-01");
  });
});

/** A PK fixture grid (test/fixtures/pk) as a one-sheet .xlsx. */
async function writePk(name: string, values: CellValue[][]): Promise<string> {
  const plan: SheetPlan = {
    name: "PK",
    visibility: "visible",
    rows: values.map((r) => r.map((value) => ({ value }))),
    styles: {},
    columns: [],
    merges: [],
    validations: [],
  };
  await writeFile(join(dir, name), await plansToXlsx([plan]));
  return name;
}

describe("setup --pk", () => {
  it("reads and checks the PK, prints its summary and stores it on the Perjanjian Kinerja sheet", async () => {
    const grid = JSON.parse(await readFile(join(__dirname, "../fixtures/pk/flat.grid.json"), "utf8")) as {
      values: CellValue[][];
    };
    const expected = JSON.parse(
      await readFile(join(__dirname, "../fixtures/pk/flat.expected.json"), "utf8"),
    ) as { pk: { sasaran: unknown[]; iku: unknown[]; programs: unknown[] } };
    const pk = await writePk("PK.xlsx", grid.values);
    const r = await setupCommand("DenganPk.xlsx", "--pk", pk);
    expect([r.code, r.err]).toEqual([EXIT.ok, ""]);
    const { sasaran, iku, programs } = expected.pk;
    expect(r.out).toContain(setupFill.cli.pkSummary(sasaran.length, iku.length, programs.length));
    expect(r.out).toContain(setupFill.cli.pkStored);
    // The sheet written reads back as the PK read from the file, IKU for IKU.
    const port = await XlsxWorkbook.fromBytes(
      new Uint8Array(await readFile(join(dir, "DenganPk.xlsx"))),
      "x",
    );
    const stored = await loadPk(port);
    const brief = (p: { iku: Iku[] }) => p.iku.map(({ source: _source, ...rest }) => rest);
    expect(stored && brief(stored.pk)).toEqual(brief(expected.pk as unknown as { iku: Iku[] }));
    expect(stored?.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("writes an empty Perjanjian Kinerja sheet to type in without --pk", async () => {
    const r = await setupCommand("TanpaOpsiPk.xlsx");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(setupFill.cli.pkTemplate);
    const port = await XlsxWorkbook.fromBytes(
      new Uint8Array(await readFile(join(dir, "TanpaOpsiPk.xlsx"))),
      "x",
    );
    expect((await port.listSheets()).map((s) => s.name)).toContain(PK_SHEET);
    expect((await loadPk(port))?.pk.iku).toEqual([]);
  });

  it("refuses a PK without an IKU table (exit 2) and writes nothing", async () => {
    const pk = await writePk("BukanPk.xlsx", [["Daftar hadir"], ["Nama", "Tanda tangan"]]);
    const r = await setupCommand("TanpaPk.xlsx", "--pk", pk);
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(setupFill.cli.pkNoIku(join(dir, pk)));
    await expect(access(join(dir, "TanpaPk.xlsx"))).rejects.toThrow();
  });
});

describeWithLibreOffice("setup, typed in and saved by LibreOffice, reaches the SOP", () => {
  it("generate --setup and sop jadwal read what was typed", async () => {
    expect(
      (await setupCommand("Pengaturan.xlsx", "--instansi", "Sekretariat Daerah Kabupaten Tapin")).code,
    ).toBe(EXIT.ok);
    await fillIn("Pengaturan.xlsx", typeOfficials);
    const saved = await recalcWithLibreOffice(new Uint8Array(await readFile(join(dir, "Pengaturan.xlsx"))));
    await writeFile(join(dir, "Pengaturan.xlsx"), saved);
    const facts = sheetFacts(await readXlsxParts(saved), T.sheetName);
    expect(facts.isProtected).toBe(true);
    expect(facts.protection?.password ?? facts.protection?.hashValue).toBeUndefined();

    const { setup, issues } = await loadSetup(await XlsxWorkbook.fromBytes(saved, "Pengaturan.xlsx"));
    expect(issues).toEqual([]);
    expect(setup?.pejabat.map((p) => p.nip)).toEqual(Object.values(OFFICIALS).map((o) => o.nip));
    expect(setup?.bagian[0]?.kepala).toEqual({ nama: "Drs. Ahmad Fauzi", nip: KEPALA_NIP });
    expect(setup?.batasWaktu).toBe("2026-07-17");
    expect(setup?.calendar.holidays).toContain("2026-11-10");
    expect(setup?.calendar.holidayNames?.["2026-11-10"]).toBe("Hari jadi Kabupaten Tapin");

    const gen = await run("generate", "--dpa", dpa, "--setup", "Pengaturan.xlsx", "--out", "kk");
    expect([gen.code, gen.err]).toEqual([EXIT.ok, ""]);
    const jadwal = await run(
      "sop",
      "jadwal",
      "Pengaturan.xlsx",
      "--mulai",
      "2026-07-06",
      "--by",
      OFFICIALS.kasubag.nip,
      "--sekarang",
      "2026-07-02T09:00:00+08:00",
    );
    expect([jadwal.code, jadwal.err]).toEqual([EXIT.ok, ""]);
    expect(jadwal.out).toContain(OFFICIALS.kasubag.nama);
  });

  it("renders a readable sheet that says what to do (test-results/pengaturan-isian-1.png)", async () => {
    expect((await setupCommand("Gambar.xlsx")).code).toBe(EXIT.ok);
    await mkdir("test-results", { recursive: true });
    const pdf = join("test-results", "pengaturan-isian.pdf");
    await renderPdfWithLibreOffice(new Uint8Array(await readFile(join(dir, "Gambar.xlsx"))), pdf);
    const pages = await pdfToPng(pdf, join("test-results", "pengaturan-isian"));
    expect(pages.length).toBeGreaterThan(0);
    await expect(access(join("test-results", "pengaturan-isian-1.png"))).resolves.toBeUndefined();
  });
});
