/**
 * Consolidated submissions written in code, for the Data, Riwayat and Analisis tests: compact
 * builders for hand-computed cases and fast-check arbitraries for the round-trip properties.
 */
import fc from "fast-check";
import type { RoundSetup } from "../../src/domain/setup/setup-types";
import type { ConsolidatedSubmission, Submission, SubmittedRow } from "../../src/domain/returned/submission";
import type {
  Aggregation,
  BagianCode,
  Kode,
  Periode,
  Polarity,
  Quarterly,
} from "../../src/domain/shared/types";
import { makeSetup } from "./round-fixture";

type Q = Quarterly<number | null>;
const NONE: Q = [null, null, null, null];

/** An indicator row; everything not given is blank. */
export function indicatorRow(over: Partial<SubmittedRow> & { key: string }): SubmittedRow {
  return {
    kind: "indicator",
    programKode: "4.01.01" as Kode,
    programNama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    kegiatanKode: "4.01.01.2.01" as Kode,
    kegiatanNama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
    subKegiatanKode: "4.01.01.2.01.0001" as Kode,
    subKegiatanNama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
    indikator: `Indikator ${over.key}`,
    satuan: "Dokumen",
    polarity: "positif",
    aggregation: "kumulatif",
    targetTahunan: null,
    targetText: null,
    targetTw: NONE,
    realisasiLalu: null,
    realisasiTw: NONE,
    budgetRow: false,
    pagu: null,
    realisasiAnggaran: null,
    pendorong: null,
    penghambat: null,
    tindakLanjut: null,
    buktiDukung: null,
    buktiDukungUrl: null,
    sheet: "Kertas Kerja",
    cells: "M11:AA11",
    ...over,
  };
}

/** A budget-only row of a sub kegiatan. */
export function anggaranRow(
  over: Partial<SubmittedRow> & {
    subKegiatanKode: Kode;
    pagu: number | null;
    realisasiAnggaran: number | null;
  },
): SubmittedRow {
  return indicatorRow({
    key: over.subKegiatanKode,
    kind: "anggaran",
    indikator: null,
    satuan: null,
    polarity: null,
    aggregation: null,
    budgetRow: true,
    ...over,
  });
}

/** A submission of one Bagian as read from its returned file (round and setup of `makeSetup`). */
export function submitted(kode: string, rows: SubmittedRow[], over: Partial<Submission> = {}): Submission {
  return {
    bagian: { kode: kode as BagianCode, nama: `Bagian ${kode}` },
    instansi: "Sekretariat Daerah Kabupaten Tapin",
    tahun: 2026,
    periode: "TW2",
    templateVersion: 1,
    fingerprint: "f".repeat(64),
    file: {
      name: `kertas-kerja-${kode}.xlsx`,
      sha256: kode.toLowerCase().padEnd(64, "0"),
      size: 20480,
      savedAt: "2026-07-10T09:00:00+08:00",
    },
    signature: { tanggal: "2026-07-10", nama: `Kepala ${kode}`, nip: "197803152005011003" },
    rows,
    ...over,
  };
}

/** A submission as the master holds it: stamped with when and by whom it was imported. */
export function consolidated(sub: Submission): ConsolidatedSubmission {
  return {
    ...sub,
    importedAt: "2026-07-16T08:00:00+08:00",
    importedBy: "Tim SAKIP (NIP 198001012005011001)",
  };
}

/** A consolidated submission of one Bagian. */
export function submission(
  kode: string,
  rows: SubmittedRow[],
  over: Partial<ConsolidatedSubmission> = {},
): ConsolidatedSubmission {
  return { ...consolidated(submitted(kode, rows)), ...over };
}

/** A setup with the given Bagian codes, in order. */
export function setupWith(
  kodes: string[],
  periode: Periode = "TW2",
  over: Partial<RoundSetup> = {},
): RoundSetup {
  return makeSetup(
    {
      bagian: kodes.map((k) => ({
        kode: k as BagianCode,
        nama: `Bagian ${k}`,
        kepala: { nama: `Kepala ${k}`, nip: "197803152005011003" },
      })),
      ...over,
    },
    periode,
  );
}

/** Texts a spreadsheet would like to interpret, and texts that look like something else. */
export const NASTY_TEXTS = [
  '=HYPERLINK("http://x","klik")',
  "+cmd|' /C calc'!A0",
  "@SUM(A1)",
  "-2+3",
  "=1+1",
  "",
  " ",
  "  spasi di depan dan belakang  ",
  "0123",
  "1.234,5",
  "85%",
  "TRUE",
  "Ya",
  "Indikator",
  "Positif",
  "baris\nbaru",
  "tab\tdi tengah",
  "'kutip",
  '"petik"',
  "Ünïcödé — ✓ 中文 🙂",
  "#DIV/0!",
];

const text = fc.oneof(
  fc.constantFrom(...NASTY_TEXTS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
const optText = fc.option(text, { nil: null });
const num = fc.oneof(
  fc.integer({ min: -1_000_000, max: 5_000_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.constantFrom(0, 0.1, 1e-9, 2.675, 120.005),
);
const optNum = fc.option(num, { nil: null });
const quarter = fc.tuple(optNum, optNum, optNum, optNum) as fc.Arbitrary<Q>;
const kode = fc.oneof(
  fc.constantFrom("4.01.01", "4.01.02", "4.01.01.2.01", "4.01.01.2.01.0001", "4.01.02.2.01.0001"),
  text.filter((s) => s !== ""),
) as fc.Arbitrary<Kode>;
const url = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    "javascript:alert(1)",
    "file:///C:/x.pdf",
    "\\\\server\\share",
    "http://a b",
    "https://x.id/sk.pdf",
  ),
);

export const arbRow: fc.Arbitrary<SubmittedRow> = fc.record({
  key: text.filter((s) => s !== ""),
  kind: fc.constantFrom("indicator" as const, "anggaran" as const),
  programKode: kode,
  programNama: text,
  kegiatanKode: fc.option(kode, { nil: null }),
  kegiatanNama: optText,
  subKegiatanKode: fc.option(kode, { nil: null }),
  subKegiatanNama: optText,
  indikator: optText,
  satuan: optText,
  polarity: fc.constantFrom<Polarity | null>("positif", "negatif", null),
  aggregation: fc.constantFrom<Aggregation | null>("kumulatif", "nilai-akhir", "persentase", null),
  targetTahunan: optNum,
  targetText: optText,
  targetTw: quarter,
  realisasiLalu: optNum,
  realisasiTw: quarter,
  budgetRow: fc.boolean(),
  pagu: optNum,
  realisasiAnggaran: optNum,
  pendorong: optText,
  penghambat: optText,
  tindakLanjut: optText,
  buktiDukung: optText,
  buktiDukungUrl: fc.option(url, { nil: null }),
  sheet: text,
  cells: text,
});

const instant = fc.oneof(
  fc
    .date({
      min: new Date("2025-01-01T00:00:00Z"),
      max: new Date("2027-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.constantFrom("2026-07-15T23:59:59+08:00", "2026-07-16T00:00:00+08:00", "2026-07-15T16:00:00Z"),
  text,
);

/** A submission of the given Bagian with arbitrary content. */
export function arbSubmission(kode: fc.Arbitrary<string>): fc.Arbitrary<ConsolidatedSubmission> {
  return fc.record({
    bagian: fc.record({ kode: kode as fc.Arbitrary<BagianCode>, nama: text }),
    instansi: text,
    tahun: fc.integer({ min: 2000, max: 2100 }),
    periode: fc.constantFrom<Periode>("TW1", "TW2", "TW3", "TW4", "TAHUNAN"),
    templateVersion: fc.integer({ min: 1, max: 9 }),
    fingerprint: text,
    file: fc.record({
      name: text,
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
      size: fc.integer({ min: 0, max: 50_000_000 }),
      savedAt: fc.option(instant, { nil: null }),
    }),
    signature: fc.record({ tanggal: optText, nama: optText, nip: optText }),
    importedAt: instant,
    importedBy: text,
    rows: fc.array(arbRow, { maxLength: 4 }),
  });
}

/** A Bagian code as the setup allows them. */
export const arbBagianKode = fc.stringMatching(/^[A-Za-z0-9_-]{1,10}$/);
