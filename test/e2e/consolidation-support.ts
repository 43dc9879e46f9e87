/**
 * For the task pane's consolidation in Chromium: the kertas kerja the pane exported (Excel.createWorkbook
 * received them in the fake) filled in by Bagian in Node, and the fake's sheets turned back into an
 * .xlsx so that LibreOffice can compute the Analisis formulas the fake only stores, then drawn as a
 * plain HTML table for a screenshot.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { col, REALISASI_TW, TARGET_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import {
  KK_META_PREFIX,
  readMeta,
  type KertasKerjaMeta,
} from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import { currentTriwulan } from "../../src/domain/shared/types";
import { readXlsx } from "../../src/hosts/xlsx/read";
import type { CellValue } from "../../src/sheet/plan";
import { editKertasKerja, fillKertasKerja } from "../support/returned-fixture";

type Scalar = string | number | boolean;

/** A sheet of the fake as the harness page hands it over: [row, col, value, formula, numberFormat]. */
export interface DumpedSheet {
  name: string;
  visibility: string;
  cells: [number, number, Scalar | null, string | null, string][];
  merges: { r1: number; c1: number; r2: number; c2: number }[];
}

/** The harness hook that returns it (installed in the page next to the fake). */
export const DUMP_HOOK = `
(globalThis as Record<string, unknown>).__fakeDump = (names?: string[]) => ({
  created: fake.workbook.createdWorkbooks,
  sheets: fake.workbook.sheets
    .filter((s) => !names || names.includes(s.name))
    .map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.value !== null || c.formula !== null)
        .map(([key, c]) => [...key.split(":").map(Number), c.value, c.formula, c.numberFormat]),
      merges: s.merges,
    })),
});
`;

/** The kertas kerja metadata an exported file carries (its very hidden sheet). */
export async function metaOf(bytes: Uint8Array): Promise<KertasKerjaMeta> {
  const book = await readXlsx(bytes);
  const sheet = book.sheets.find((s) => s.name.startsWith(KK_META_PREFIX));
  const read = sheet ? readMeta(sheet) : null;
  if (!read?.ok) throw new Error("no kertas kerja metadata in the exported file");
  return read.meta;
}

/** A plausible realisasi for the current quarter: a share of the row's target, else a small count. */
function realisasiNear(ws: ExcelJS.Worksheet, meta: KertasKerjaMeta): (key: string, i: number) => number {
  const q = currentTriwulan(meta.periode);
  const shares = [0.9, 1.05, 0.6, 1, 0.75];
  return (key, i) => {
    const row = meta.rows.find((r) => r.key === key)!;
    const target = ws.getCell(`${col[TARGET_TW[q - 1]!]}${row.row}`).value;
    return typeof target === "number" && target > 0 ? Math.round(target * shares[i % shares.length]!) : 1 + i;
  };
}

export interface ReturnedSet {
  /** Paths in pick order. */
  paths: string[];
  /** The file with a typo, the Bagian whose file it is, and the cell it is in. */
  typo: { name: string; bagian: string; cell: string; found: string };
}

/**
 * Every exported kertas kerja filled in as its Bagian would and saved on 10 July 2026; the last
 * one also sent again with a typo in its first realisasi ("8O"), and a PDF renamed .xlsx: the two
 * must be rejected while the others consolidate.
 */
export async function returnedFiles(exported: Uint8Array[], dir: string): Promise<ReturnedSet> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  let last: { meta: KertasKerjaMeta; filled: Uint8Array } | null = null;
  for (const bytes of exported) {
    const meta = await metaOf(bytes);
    const filled = await editKertasKerja(
      { meta },
      bytes,
      (ws) => fillKertasKerja(ws, meta, { realisasi: realisasiNear(ws, meta) }),
      { modified: new Date(Date.UTC(2026, 6, 10, 2)) },
    );
    const path = join(dir, `Kertas Kerja ${meta.bagian.nama}.xlsx`);
    writeFileSync(path, filled);
    paths.push(path);
    last = { meta, filled };
  }
  if (!last) throw new Error("nothing exported");

  const { meta, filled } = last;
  const first = meta.rows.find((r) => r.kind === "indicator")!;
  const cell = `${col[REALISASI_TW[currentTriwulan(meta.periode) - 1]!]}${first.row}`;
  const wrong = await editKertasKerja({ meta }, filled, (ws) => {
    ws.getCell(cell).value = "8O";
  });
  const typo = {
    name: `Kertas Kerja ${meta.bagian.nama} (salah ketik).xlsx`,
    bagian: meta.bagian.nama,
    cell,
    found: "8O",
  };
  writeFileSync(join(dir, typo.name), wrong);
  paths.push(join(dir, typo.name));
  const pdf = join(dir, "Laporan Kinerja.xlsx");
  writeFileSync(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
  paths.push(pdf);
  return { paths, typo };
}

/** The fake's sheets as an .xlsx: values, formulas (to be computed by LibreOffice), number formats. */
export async function workbookOf(sheets: DumpedSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [r, c, value, formula, format] of sheet.cells) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = formula ? { formula: formula.slice(1) } : value;
      if (format && format !== "General") cell.numFmt = format;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Excel's General: no thousands separator. */
const general = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2, useGrouping: false });
const fixed2 = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

/** A value as the number format shows it, roughly as Excel would. */
function shown(value: CellValue | undefined, format: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (/y/i.test(format)) {
    const d = new Date(EXCEL_EPOCH + Math.round(value * 86_400_000));
    const pad = (n: number) => String(n).padStart(2, "0");
    const date = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    return /h/i.test(format) ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
  }
  if (format === "0.00") return fixed2.format(value);
  if (format.startsWith("#,##0")) return whole.format(value);
  if (format === "0") return String(Math.round(value));
  return general.format(value);
}

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The sheet as an HTML table: constants as the fake holds them, formula cells (shaded) with the
 * value LibreOffice computed from them; merged cells span.
 */
export function sheetHtml(sheet: DumpedSheet, computed: CellValue[][], caption: string): string {
  const cells = new Map(sheet.cells.map((c) => [`${c[0]}:${c[1]}`, c]));
  const maxR = Math.max(...sheet.cells.map((c) => c[0]));
  const maxC = Math.max(...sheet.cells.map((c) => c[1]));
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges) {
    spans.set(`${m.r1}:${m.c1}`, { rows: m.r2 - m.r1 + 1, cols: m.c2 - m.c1 + 1 });
    for (let r = m.r1; r <= m.r2; r++)
      for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) covered.add(`${r}:${c}`);
  }
  const rows: string[] = [];
  for (let r = 0; r <= maxR; r++) {
    const tds: string[] = [`<th>${r + 1}</th>`];
    for (let c = 0; c <= maxC; c++) {
      const key = `${r}:${c}`;
      if (covered.has(key)) continue;
      const cell = cells.get(key);
      const span = spans.get(key);
      const attrs = span ? ` rowspan="${span.rows}" colspan="${span.cols}"` : "";
      if (!cell) {
        tds.push(`<td${attrs}></td>`);
        continue;
      }
      const [, , value, formula, format] = cell;
      const text = shown(formula ? computed[r]?.[c] : value, format);
      const kind = formula
        ? ` class="fx" title="${escape(formula)}"`
        : typeof value === "number"
          ? ` class="n"`
          : "";
      tds.push(`<td${attrs}${kind}>${escape(text)}</td>`);
    }
    rows.push(`<tr>${tds.join("")}</tr>`);
  }
  return `<!doctype html><meta charset="utf-8"><style>
body{font:12px Calibri,Carlito,Arial,sans-serif;margin:12px}
caption{text-align:left;font-weight:bold;margin-bottom:6px}
table{border-collapse:collapse}td,th{border:1px solid #c8c8c8;padding:2px 4px;vertical-align:top;max-width:280px}
th{background:#f0f0f0;color:#666;font-weight:normal}
td.fx{background:#e8f0fb;text-align:right}td.n{text-align:right}
</style><table><caption>${escape(caption)}</caption>${rows.join("")}</table>`;
}
