/**
 * Builders for the capaian-per-sasaran tests: a Perjanjian Kinerja written in code, and the row an
 * IKU arrives as in a Bagian's submission (kind "indicator", key = the IKU's key, its program
 * column the sasaran's opaque kode, never a DPA program).
 */
import type { SubmittedRow } from "../../src/domain/returned/submission";
import type {
  IndicatorKey,
  Iku,
  Kode,
  PerjanjianKinerja,
  PkSasaran,
  Quarterly,
} from "../../src/domain/shared/types";
import { indicatorRow } from "./submission-fixture";

type Q = Quarterly<number | null>;
const NONE: Q = [null, null, null, null];

/** An IKU; what is not given is blank (positive, nilai akhir, no Renstra target, no earlier years). */
export function pkIku(over: Partial<Iku> & Pick<Iku, "key" | "sasaranNo" | "indikator">): Iku {
  return {
    satuan: "Persen",
    polarity: "positif",
    aggregation: "nilai-akhir",
    targetTahunan: null,
    targetTw: null,
    targetRenstra: null,
    realisasiLalu: [],
    bagian: null,
    source: { sheet: "PK", row: 7 },
    ...over,
  };
}

/** A sasaran strategis with the programs or kegiatan that support it. */
export function pkSasaran(no: string, text: string, programs: string[]): PkSasaran {
  return { no, text, programs: programs as Kode[], source: { sheet: "PK", row: 6 } };
}

export function pkOf(sasaran: PkSasaran[], iku: Iku[]): PerjanjianKinerja {
  return {
    type: "kertas-kerja-sakip/perjanjian-kinerja",
    version: 1,
    tahun: 2026,
    sasaran,
    iku,
    programs: [],
    sheet: "Perjanjian Kinerja",
  };
}

/** The key of an IKU as the PK reader makes it: "IKU:<sasaran>:<slug>~<hash>". */
export const ikuKey = (sasaranNo: string, slug: string): IndicatorKey =>
  `IKU:${sasaranNo}:${slug}~0a1b` as IndicatorKey;

/**
 * An IKU as a Bagian reports it: numbers in `realisasiTw`, or for a qualitative IKU its words in
 * `realisasiWords` (its target word in `targetText`).
 */
export function ikuRow(
  iku: Iku,
  report: {
    targetTw?: Q;
    realisasiTw?: Q;
    targetTwWords?: Quarterly<string | null>;
    realisasiWords?: Quarterly<string | null>;
    realisasiLalu?: number | null;
  },
): SubmittedRow {
  const word = typeof iku.targetTahunan === "string";
  return indicatorRow({
    key: iku.key,
    programKode: `SS.${iku.sasaranNo}` as Kode,
    programNama: `Sasaran ${iku.sasaranNo}`,
    kegiatanKode: null,
    kegiatanNama: null,
    subKegiatanKode: null,
    subKegiatanNama: null,
    indikator: iku.indikator,
    satuan: iku.satuan,
    polarity: iku.polarity,
    aggregation: iku.aggregation,
    targetTahunan: word ? null : (iku.targetTahunan as number | null),
    targetText: word ? (iku.targetTahunan as string) : null,
    targetTw: report.targetTw ?? NONE,
    realisasiTw: report.realisasiTw ?? NONE,
    realisasiLalu: report.realisasiLalu ?? null,
    ...(report.targetTwWords ? { targetTwWords: report.targetTwWords } : {}),
    ...(report.realisasiWords ? { realisasiWords: report.realisasiWords } : {}),
  });
}
