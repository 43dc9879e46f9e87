/**
 * The request letters of SOP step 1 ("Menyiapkan surat … permintaan data capaian kinerja"): one
 * surat dinas per Bagian, stacked on one printable "Surat" sheet with a manual page break before
 * every letter but the first. The layout is the usual one of an Indonesian official letter: kop,
 * place and date, Nomor/Sifat/Lampiran/Perihal, "Yth." and "di Tempat", the body, the table of
 * indicators requested, the closing sentence and the signature block.
 */
import type { A1, CellPlan, CellStyle, SheetPlan } from "../../sheet/plan";
import { wrappedLines } from "../shared/text-fit";
import { rangeAddress } from "../../sheet/address";
import { S } from "../../strings";
import { formatTanggal, isIsoDate } from "../shared/dates";
import { paperOf, type BagianInfo, type Official, type RoundSetup } from "../setup/setup-types";

/** One indicator a letter asks about, as the kertas kerja lists it. */
export interface SuratIndicator {
  kode: string;
  text: string;
  satuan: string;
}

export interface SuratLetter {
  bagian: BagianInfo;
  /** The letter number, e.g. from `defaultNomor`. */
  nomor: string;
  indicators: SuratIndicator[];
}

export interface SuratInput {
  setup: RoundSetup;
  /** In print order. */
  letters: SuratLetter[];
  /** Date of the letters, ISO "2026-04-06". */
  tanggal: string;
  /** The deadline for the Bagian, ISO: from the SOP schedule, else the setup's batasWaktu. */
  batasWaktu: string;
  /** The Sekretaris Daerah, or an official signing on his behalf; default the setup's Sekda. */
  penandatangan?: Official;
  /** Place of writing, e.g. "Rantau"; default a blank to fill by pen. */
  tempat?: string;
  /** The office address under the kop; default a blank line to fill. */
  alamat?: string;
}

const T = S.surat;

/** Column widths (characters): A No/Yth. · B label · C colon · D value · E … · F–H signature. */
const WIDTHS = [5, 9, 2, 10, 20, 16, 12, 12] as const;
const LAST = WIDTHS.length - 1;
const COL = { label: 0, labelEnd: 1, colon: 2, value: 3, kode: 1, kodeEnd: 3, indikator: 4, sign: 5 };
const INDIKATOR_END = LAST - 1;

const STYLES = {
  kop1: { bold: true, fontSize: 14, hAlign: "center", vAlign: "center" },
  kop2: { bold: true, fontSize: 16, hAlign: "center", vAlign: "center" },
  alamat: { italic: true, fontSize: 9, hAlign: "center", vAlign: "center" },
  rule: { fill: "#000000" },
  text: { vAlign: "top" },
  right: { hAlign: "right", vAlign: "top" },
  nomor: { vAlign: "top", numberFormat: "@" },
  para: { wrap: true, vAlign: "top" },
  center: { hAlign: "center", vAlign: "top", wrap: true },
  th: { bold: true, border: true, hAlign: "center", vAlign: "center", wrap: true },
  td: { border: true, wrap: true, vAlign: "top" },
  tdCenter: { border: true, wrap: true, vAlign: "top", hAlign: "center" },
  nama: { bold: true, underline: true, hAlign: "center", vAlign: "top" },
} satisfies Record<string, CellStyle>;
type Style = keyof typeof STYLES;

/** Calibri 11: about 1.1 average characters per unit of column width, 15 pt per line. */
const CHARS_PER_UNIT = 1.1;
const LINE_POINTS = 15;
const SIGNATURE_SPACE = 4;

type Row = (CellPlan | null)[];
/** A cell across columns `from`…`to` (merged when wider than one). */
interface Span {
  from: number;
  to: number;
  value: string | number | null;
  style: Style;
  locked?: boolean;
}

/** Rows, merges and heights of the sheet as they are written. */
class SheetWriter {
  readonly rows: Row[] = [];
  readonly merges: A1[] = [];
  readonly heights: Record<number, number> = {};

  /** Adds a row; its height fits the wrapped texts unless `height` is given. */
  add(spans: Span[], height?: number): number {
    const r = this.rows.length;
    const row: Row = new Array<CellPlan | null>(WIDTHS.length).fill(null);
    let lines = 1;
    let fontSize = 11;
    for (const s of spans) {
      row[s.from] = { value: s.value, style: s.style, ...(s.locked === false ? { locked: false } : {}) };
      // Every cell of a merge carries the style, so that both hosts draw its borders.
      for (let c = s.from + 1; c <= s.to; c++) row[c] = { style: s.style };
      if (s.to > s.from) this.merges.push(rangeAddress(r, s.from, r, s.to));
      const style: CellStyle = STYLES[s.style];
      fontSize = Math.max(fontSize, style.fontSize ?? 11);
      if (style.wrap && typeof s.value === "string") {
        const width = WIDTHS.slice(s.from, s.to + 1).reduce((a, b) => a + b, 0);
        const perLine = Math.max(1, Math.floor((width * CHARS_PER_UNIT * 11) / (style.fontSize ?? 11)));
        lines = Math.max(lines, wrappedLines(s.value, perLine));
      }
    }
    this.rows.push(row);
    const fitted = Math.round(lines * LINE_POINTS * (fontSize / 11) + (lines > 1 ? 3 : 0));
    const h = height ?? (lines > 1 || fontSize > 11 ? fitted : undefined);
    if (h !== undefined) this.heights[r] = h;
    return r;
  }

  blank(height?: number): void {
    this.add([], height);
  }
}

const whole = (value: string | null, style: Style): Span => ({ from: 0, to: LAST, value, style });
const signature = (value: string, style: Style = "center"): Span => ({
  from: COL.sign,
  to: LAST,
  value,
  style,
});

/** "Sekretariat Daerah Kabupaten Tapin" → the two lines of the kop. */
export function kopLines(instansi: string): { pemerintah: string; unit: string } {
  const m = /^(.*?)\s*\b((?:kabupaten|kota|provinsi)\s+\S.*)$/i.exec(instansi.trim());
  if (!m || m[2] === undefined) {
    return { pemerintah: T.kop.pemerintahKosong, unit: instansi.trim().toUpperCase() || T.kop.unitDefault };
  }
  return {
    pemerintah: T.kop.pemerintah(m[2]),
    unit: (m[1] ?? "").trim().toUpperCase() || T.kop.unitDefault,
  };
}

/**
 * The default letter number, "000/___/Perenc/2026": classification, a blank for the agenda number
 * the Tata Usaha gives when the letter is registered, the unit, and the year the letter goes out
 * (the deadline's year: a TW IV or Tahunan letter goes out in January of the next year). Every
 * letter of a batch gets the same blank; `index` (its place in the batch) is there for a scheme
 * that numbers them apart.
 */
export function defaultNomor(setup: RoundSetup, _index: number): string {
  const year = isIsoDate(setup.batasWaktu) ? Number(setup.batasWaktu.slice(0, 4)) : setup.tahun;
  return T.nomor(T.nomorKlasifikasi, T.nomorKosong, T.nomorUnit, year);
}

/** "2026-04-15" → "Rabu"; a text that is no ISO date gives "". */
function hari(iso: string): string {
  if (!isIsoDate(iso)) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return T.hari[new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay()] ?? "";
}

const tanggalText = (iso: string): string => (isIsoDate(iso) ? formatTanggal(iso) : iso);

/** "Triwulan I Tahun 2026", or "Tahun 2025" for the annual report. */
function periodeTahun(setup: RoundSetup): string {
  return T.periodeTahun(setup.periode === "TAHUNAN" ? null : S.common.periode[setup.periode], setup.tahun);
}

function writeKop(w: SheetWriter, input: SuratInput): void {
  const kop = kopLines(input.setup.instansi);
  w.add([whole(kop.pemerintah, "kop1")], 20);
  w.add([whole(kop.unit, "kop2")], 22);
  w.add([whole(input.alamat?.trim() || T.kop.alamatKosong, "alamat")], 14);
  // The double rule under a kop: a thick line, a gap, a thin line (filled rows, as cells have no
  // bottom-only border in a plan).
  w.add([whole(null, "rule")], 2.25);
  w.blank(1.5);
  w.add([whole(null, "rule")], 0.75);
  w.blank(12);
}

function writeHeader(w: SheetWriter, input: SuratInput, letter: SuratLetter): void {
  const tempat = input.tempat?.trim() || T.tempatKosong;
  w.add([
    { from: COL.sign, to: LAST, value: T.tempatTanggal(tempat, tanggalText(input.tanggal)), style: "right" },
  ]);
  const field = (label: string, value: string, locked = true) =>
    w.add([
      { from: COL.label, to: COL.labelEnd, value: label, style: "text" },
      { from: COL.colon, to: COL.colon, value: T.colon, style: "text" },
      { from: COL.value, to: LAST, value, style: locked ? "para" : "nomor", ...(locked ? {} : { locked }) },
    ]);
  // The agenda number is often written in after printing: the nomor stays editable.
  field(T.labels.nomor, letter.nomor, false);
  field(T.labels.sifat, T.sifat);
  field(T.labels.lampiran, T.lampiran);
  field(T.labels.perihal, T.perihal(periodeTahun(input.setup)));
  w.blank();
  const indented = (value: string, from = COL.labelEnd) => w.add([{ from, to: LAST, value, style: "para" }]);
  w.add([
    { from: 0, to: 0, value: T.yth, style: "text" },
    { from: COL.labelEnd, to: LAST, value: T.kepalaBagian(letter.bagian.nama), style: "para" },
  ]);
  indented(input.setup.instansi);
  indented(T.di);
  indented(T.tempat, COL.colon);
  w.blank();
}

function writeBody(w: SheetWriter, input: SuratInput, letter: SuratLetter): void {
  const { setup } = input;
  const periode = periodeTahun(setup);
  const laporan = setup.periode === "TAHUNAN" ? T.body.laporanTahunan : T.body.laporanTriwulan;
  const paragraph = (text: string) => {
    w.add([whole(T.indent + text, "para")]);
    w.blank(6);
  };
  paragraph(T.body.pembuka(laporan, setup.instansi, periode, letter.bagian.nama));
  paragraph(T.body.permintaan(hari(input.batasWaktu), tanggalText(input.batasWaktu)));
  paragraph(T.body.pengantarTabel);

  const cells = (no: string | number, kode: string, indikator: string, satuan: string, head: boolean) =>
    [
      { from: 0, to: 0, value: no, style: head ? "th" : "tdCenter" },
      { from: COL.kode, to: COL.kodeEnd, value: kode, style: head ? "th" : "td" },
      { from: COL.indikator, to: INDIKATOR_END, value: indikator, style: head ? "th" : "td" },
      { from: LAST, to: LAST, value: satuan, style: head ? "th" : "tdCenter" },
    ] satisfies Span[];
  const t = T.table;
  w.add(cells(t.no, t.kode, t.indikator, t.satuan, true), 20);
  letter.indicators.forEach((ind, i) => w.add(cells(i + 1, ind.kode, ind.text, ind.satuan, false)));
  if (letter.indicators.length === 0) w.add([{ from: 0, to: LAST, value: T.tanpaIndikator, style: "td" }]);
  w.blank(6);
  paragraph(T.body.penutup);
}

function writeSignature(w: SheetWriter, input: SuratInput): void {
  const signer = input.penandatangan ?? input.setup.pejabat.find((p) => p.peran === "sekretaris-daerah");
  const sekda = T.ttd.sekretarisDaerah;
  const isSekda = !signer || signer.peran === "sekretaris-daerah";
  const jabatan = signer?.jabatan.trim() || (signer ? S.setup.roles[signer.peran] : sekda);
  if (!isSekda) w.add([signature(T.ttd.atasNama(sekda))]);
  w.add([signature(T.ttd.jabatan(jabatan))]);
  for (let i = 0; i < SIGNATURE_SPACE; i++) w.blank();
  const nama = signer?.nama.trim();
  w.add([signature(nama || T.ttd.namaKosong, nama ? "nama" : "center")]);
  const nip = signer?.nip.trim();
  w.add([signature(nip ? T.ttd.nip(nip) : T.ttd.nipKosong)]);
}

/**
 * The "Surat" sheet: one request letter per Bagian, each on its own printed page (A4 portrait,
 * fit to width). Visible and protected; only the letter numbers stay editable.
 *
 * @example suratSheetPlan({ setup, letters: [{ bagian, nomor: defaultNomor(setup, 0), indicators }],
 *   tanggal: "2026-04-06", batasWaktu: "2026-04-15", tempat: "Rantau" })
 */
export function suratSheetPlan(input: SuratInput): SheetPlan {
  const w = new SheetWriter();
  const pageBreaks: number[] = [];
  input.letters.forEach((letter, i) => {
    if (i > 0) pageBreaks.push(w.rows.length);
    writeKop(w, input);
    writeHeader(w, input, letter);
    writeBody(w, input, letter);
    w.blank();
    writeSignature(w, input);
  });
  return {
    name: T.sheetName,
    visibility: "visible",
    rows: w.rows,
    styles: STYLES,
    columns: WIDTHS.map((width) => ({ width })),
    rowHeights: w.heights,
    merges: w.merges,
    validations: [],
    protection: {},
    print: {
      orientation: "portrait",
      paperSize: paperOf(input.setup.rules),
      fitToWidth: true,
      margins: { top: 0.6, bottom: 0.6, left: 1, right: 0.7 },
    },
    ...(pageBreaks.length > 0 ? { pageBreaks } : {}),
    tabColor: "#ED7D31",
  };
}
