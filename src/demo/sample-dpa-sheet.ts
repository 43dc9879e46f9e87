/**
 * The sample DPA rendered the way SIPD exports look in practice: title rows, a two-row merged
 * header with a column-number row under it, urusan and bidang rows, pagu sometimes as Indonesian
 * text and sometimes as numbers, some sub kegiatan in the old two-digit form, second indicators on
 * continuation rows with an empty code, a "Jumlah" footer, and two deliberately faulty rows so the
 * demo shows how problems are reported. The planner of the Setda has added two columns of her own
 * on the right, "Polaritas" and "Jenis Capaian", filled only where they differ from the default.
 */
import { formatIndonesianNumber } from "../domain/shared/numbers";
import { a1, type CellPlan, type SheetPlan } from "../sheet/plan";
import { SAMPLE_BAGIAN, SAMPLE_PEMDA, SAMPLE_TAHUN, sampleDpaRows, type SampleDpaRow } from "./sample-dpa";

export const SAMPLE_DPA_SHEET = "DPA SKPD";

/** Columns of the rendered table, 0-based. */
const COL = {
  kode: 0,
  uraian: 1,
  jenis: 2,
  tolokUkur: 3,
  target: 4,
  satuan: 5,
  pagu: 6,
  bagian: 7,
  polaritas: 8,
  jenisCapaian: 9,
} as const;
const WIDTH = 10;
const LAST_COL = "J";

const POLARITAS_TEXT = { positif: "Positif", negatif: "Negatif" } as const;
const AGGREGATION_TEXT = {
  kumulatif: "Kumulatif",
  "nilai-akhir": "Nilai Akhir",
  persentase: "Persentase",
} as const;

/** Kegiatan whose sub kegiatan the export writes in the old two-digit form (4.01.01.2.06.02). */
const TWO_DIGIT_KEGIATAN = new Set(["4.01.01.2.06", "4.01.02.2.03"]);

/**
 * Rows the sample adds on purpose, which the reader must report and not invent data for.
 * Each is rendered right after the sub kegiatan named in `after`.
 */
export const SAMPLE_FAULTY_ROWS = [
  {
    after: "4.01.03.2.02.0003",
    /** Letter O typed for a zero: the code cannot be read, the row is skipped. */
    kode: "4.01.03.2.O2.0004",
    uraian: "Fasilitasi Kebijakan Pembangunan Daerah",
    tolokUkur: "Jumlah Laporan Fasilitasi Kebijakan Pembangunan Daerah",
    target: 4 as number | string,
    satuan: "Laporan",
    pagu: 64_500_000 as number | string,
    bagian: SAMPLE_BAGIAN.ADPEM as string,
  },
  {
    after: "4.01.02.2.03.0003",
    kode: "4.01.02.2.03.0004",
    uraian: "Penyuluhan dan Sosialisasi Produk Hukum Daerah",
    tolokUkur: "Jumlah Laporan Penyuluhan dan Sosialisasi Produk Hukum Daerah",
    target: 4 as number | string,
    satuan: "Laporan",
    /** English thousands grouping: 87,500,000 or 87,5? The reader must not guess. */
    pagu: "Rp 87,500,000" as number | string,
    bagian: SAMPLE_BAGIAN.HUKUM as string,
  },
] as const;

const styles: SheetPlan["styles"] = {
  title: { bold: true, fontSize: 13, hAlign: "center" },
  subtitle: { bold: true, hAlign: "center" },
  label: { bold: true },
  header: { bold: true, hAlign: "center", vAlign: "center", wrap: true, fill: "#D9E1F2", border: true },
  colNo: { italic: true, hAlign: "center", fontSize: 8, border: true },
  program: { bold: true, border: true, wrap: true, vAlign: "top" },
  kegiatan: { bold: true, italic: true, border: true, wrap: true, vAlign: "top" },
  cell: { border: true, wrap: true, vAlign: "top" },
  number: { border: true, vAlign: "top", hAlign: "right", numberFormat: "#,##0" },
  decimal: { border: true, vAlign: "top", hAlign: "right", numberFormat: "#,##0.##" },
  text: { border: true, vAlign: "top", numberFormat: "@" },
  textRight: { border: true, vAlign: "top", hAlign: "right", numberFormat: "@" },
  total: { bold: true, border: true, hAlign: "right", numberFormat: "#,##0" },
  totalLabel: { bold: true, border: true, hAlign: "center" },
};

const v = (value: string | number | null, style?: string): CellPlan => (style ? { value, style } : { value });

/** "Rp 1.250.000.000,00": how SIPD's export writes money when it comes as text. */
function rupiahText(n: number): string {
  return `Rp ${formatIndonesianNumber(n, 2)}`;
}

/** "4.01.01.2.06.0002" → "4.01.01.2.06.02". */
function twoDigit(kode: string): string {
  return kode.replace(/\.00(\d\d)$/, ".$1");
}

/** Odd rows carry their pagu as text, even rows as numbers: both occur in one real export. */
function paguCell(pagu: number | string, textual: boolean, style: string): CellPlan {
  if (typeof pagu === "string") return v(pagu, "textRight");
  return textual ? v(rupiahText(pagu), "textRight") : v(pagu, style);
}

/** A target as typed: decimals as Indonesian text ("72,5"), whole numbers as numbers. */
function targetCell(target: number | string): CellPlan {
  if (typeof target === "string") return v(target, "textRight");
  return Number.isInteger(target) ? v(target, "number") : v(formatIndonesianNumber(target, 1), "textRight");
}

function blankRow(): (CellPlan | null)[] {
  return Array.from({ length: WIDTH }, () => null);
}

/** The sample DPA as a messy SIPD-like export sheet. */
export function buildSampleDpaPlan(): SheetPlan {
  const rows: (CellPlan | null)[][] = [];
  const merges: SheetPlan["merges"] = [];
  const put = (r: (CellPlan | null)[]): number => rows.push(r) - 1;

  const titled = (text: string, style: string): void => {
    const r = blankRow();
    r[0] = v(text, style);
    const at = put(r);
    merges.push(a1(`A${at + 1}:${LAST_COL}${at + 1}`));
  };
  titled(SAMPLE_PEMDA.toUpperCase(), "title");
  titled("DOKUMEN PELAKSANAAN ANGGARAN", "title");
  titled("SATUAN KERJA PERANGKAT DAERAH", "subtitle");
  titled("Sekretariat Daerah", "subtitle");
  titled(`TAHUN ANGGARAN ${SAMPLE_TAHUN}`, "subtitle");
  put(blankRow());
  const labelled = (label: string, value: string | number): void => {
    const r = blankRow();
    r[0] = v(label, "label");
    r[1] = v(`: ${value}`);
    put(r);
  };
  labelled("Urusan Pemerintahan", "4 UNSUR PENDUKUNG URUSAN PEMERINTAHAN");
  labelled("Bidang Urusan", "4.01 SEKRETARIAT DAERAH");
  labelled("Organisasi", "4.01.0.00.0.00.01.0000 Sekretariat Daerah");
  put(blankRow());

  // Two-row header: "Indikator Kinerja" merged over its four parts; the others merged down.
  const h1 = blankRow();
  const h2 = blankRow();
  h1[COL.kode] = v("Kode", "header");
  h1[COL.uraian] = v("Uraian", "header");
  h1[COL.jenis] = v("Indikator Kinerja", "header");
  h2[COL.jenis] = v("Jenis", "header");
  h2[COL.tolokUkur] = v("Tolok Ukur", "header");
  h2[COL.target] = v("Target", "header");
  h2[COL.satuan] = v("Satuan", "header");
  h1[COL.pagu] = v(`Pagu Anggaran ${SAMPLE_TAHUN} (Rp)`, "header");
  h1[COL.bagian] = v("Bagian Pelaksana", "header");
  h1[COL.polaritas] = v("Polaritas", "header");
  h1[COL.jenisCapaian] = v("Jenis Capaian", "header");
  for (const c of [COL.kode, COL.uraian, COL.pagu, COL.bagian, COL.polaritas, COL.jenisCapaian]) {
    h2[c] = v(null, "header");
  }
  for (const c of [COL.tolokUkur, COL.target, COL.satuan]) h1[c] = v(null, "header");
  /** 1-based row of the first header row. */
  const hr = put(h1) + 1;
  put(h2);
  merges.push(a1(`A${hr}:A${hr + 1}`), a1(`B${hr}:B${hr + 1}`), a1(`C${hr}:F${hr}`));
  for (const c of ["G", "H", "I", "J"]) merges.push(a1(`${c}${hr}:${c}${hr + 1}`));
  put(Array.from({ length: WIDTH }, (_, i) => v(i + 1, "colNo")));

  const data = sampleDpaRows();
  const total = data.filter((d) => d.level === "program").reduce((s, d) => s + d.pagu, 0);
  const head = (kode: string | number, uraian: string): void => {
    const r = blankRow().map(() => v(null, "cell"));
    r[COL.kode] = v(kode, "program");
    r[COL.uraian] = v(uraian, "program");
    r[COL.pagu] = v(rupiahText(total), "textRight");
    put(r);
  };
  head(4, "UNSUR PENDUKUNG URUSAN PEMERINTAHAN");
  head("4.01", "SEKRETARIAT DAERAH");

  let subIndex = 0;
  for (const node of data) {
    renderNode(node, subIndex, put);
    if (node.level === "subkegiatan") subIndex += 1;
    for (const faulty of SAMPLE_FAULTY_ROWS) {
      if (faulty.after !== node.kode) continue;
      const r = blankRow().map(() => v(null, "cell"));
      r[COL.kode] = v(faulty.kode, "text");
      r[COL.uraian] = v(faulty.uraian, "cell");
      r[COL.jenis] = v("Keluaran", "cell");
      r[COL.tolokUkur] = v(faulty.tolokUkur, "cell");
      r[COL.target] = targetCell(faulty.target);
      r[COL.satuan] = v(faulty.satuan, "cell");
      r[COL.pagu] = paguCell(faulty.pagu, false, "number");
      r[COL.bagian] = v(faulty.bagian, "cell");
      put(r);
    }
  }

  const foot = blankRow().map(() => v(null, "totalLabel"));
  foot[0] = v("Jumlah", "totalLabel");
  foot[COL.pagu] = v(total, "total");
  const footAt = put(foot);
  merges.push(a1(`A${footAt + 1}:F${footAt + 1}`));

  return {
    name: SAMPLE_DPA_SHEET,
    visibility: "visible",
    rows,
    styles,
    columns: [
      { width: 20 },
      { width: 46 },
      { width: 15 },
      { width: 50 },
      { width: 9 },
      { width: 10 },
      { width: 20 },
      { width: 28 },
      { width: 10 },
      { width: 13 },
    ],
    merges,
    validations: [],
    print: { orientation: "landscape", paperSize: "A4", fitToWidth: true, printTitleRows: `${hr}:${hr + 2}` },
    freeze: { rows: hr + 2, columns: 0 },
  };
}

function renderNode(node: SampleDpaRow, subIndex: number, put: (r: (CellPlan | null)[]) => number): void {
  const style = node.level === "subkegiatan" ? "cell" : node.level;
  const kegiatan = node.kode.split(".").slice(0, 5).join(".");
  const kode =
    node.level === "subkegiatan" && TWO_DIGIT_KEGIATAN.has(kegiatan) ? twoDigit(node.kode) : node.kode;
  const indicators = node.indicators.length > 0 ? node.indicators : [null];
  indicators.forEach((ind, i) => {
    const r = blankRow().map(() => v(null, "cell"));
    if (i === 0) {
      r[COL.kode] = v(kode, node.level === "subkegiatan" ? "text" : style);
      r[COL.uraian] = v(node.uraian, style);
      // Program and kegiatan totals come as text; sub kegiatan alternate.
      r[COL.pagu] = paguCell(node.pagu, node.level !== "subkegiatan" || subIndex % 2 === 1, "number");
      if (node.bagian !== null) r[COL.bagian] = v(node.bagian, "cell");
    }
    if (ind) {
      r[COL.jenis] = v(ind.jenis, "cell");
      r[COL.tolokUkur] = v(ind.tolokUkur, "cell");
      r[COL.target] = targetCell(ind.target);
      r[COL.satuan] = v(ind.satuan, "cell");
      // Filled where the planner thought it worth saying; blank takes the default (positif, kumulatif).
      if (ind.polarity === "negatif" || ind.satuan === "Persen") {
        r[COL.polaritas] = v(POLARITAS_TEXT[ind.polarity], "cell");
      }
      if (ind.aggregation !== "kumulatif") r[COL.jenisCapaian] = v(AGGREGATION_TEXT[ind.aggregation], "cell");
    }
    put(r);
  });
}
