/**
 * A Perjanjian Kinerja for tests: two sasaran strategis, four IKU (one qualitative with a Rencana
 * Aksi in words, one of negative polarity), each IKU the responsibility of a Bagian of
 * `makeSetup()`, the sasaran supported by the programs of `smallDpa()`.
 */
import { prepareRound } from "../../src/app/round";
import type { BagianKertasKerja, RoundInputs } from "../../src/app/round-types";
import { masterSheetsOf, readMasterPrior } from "../../src/domain/ledger/master-prior";
import type { ConsolidatedSubmission, ReturnedFile } from "../../src/domain/returned/submission";
import type {
  Iku,
  IndicatorKey,
  Kode,
  PerjanjianKinerja,
  Periode,
  PriorValue,
} from "../../src/domain/shared/types";
import type { SheetSnapshot } from "../../src/sheet/plan";
import { consolidateInMemory, filledFile, type Fill } from "./round-chain";
import { makeSetup, smallDpa } from "./round-fixture";

const source = (row: number) => ({ sheet: "PK", row });

function iku(over: Partial<Iku> & Pick<Iku, "key" | "sasaranNo" | "indikator" | "targetTahunan">): Iku {
  return {
    satuan: "Nilai",
    polarity: "positif",
    aggregation: "nilai-akhir",
    targetTw: null,
    targetRenstra: null,
    realisasiLalu: [],
    bagian: null,
    source: source(7),
    ...over,
  };
}

export const IKU_SAKIP = "IKU:1:nilai-sakip~t1" as IndicatorKey;
export const IKU_OPINI = "IKU:1:opini-bpk~t2" as IndicatorKey;
export const IKU_KEPUASAN = "IKU:2:indeks-kepuasan~t3" as IndicatorKey;
export const IKU_PENGADUAN = "IKU:2:pengaduan~t4" as IndicatorKey;

export function samplePk(): PerjanjianKinerja {
  return {
    type: "kertas-kerja-sakip/perjanjian-kinerja",
    version: 1,
    tahun: 2026,
    sheet: "PK",
    sasaran: [
      {
        no: "1",
        text: "Meningkatnya akuntabilitas kinerja Sekretariat Daerah",
        programs: ["4.01.01" as Kode],
        source: source(6),
      },
      {
        no: "2",
        text: "Meningkatnya kualitas pelayanan pemerintahan",
        programs: ["4.01.02" as Kode],
        source: source(9),
      },
    ],
    iku: [
      iku({
        key: IKU_SAKIP,
        sasaranNo: "1",
        indikator: "Nilai SAKIP Sekretariat Daerah",
        targetTahunan: 72,
        targetRenstra: 80,
        realisasiLalu: [
          { tahun: 2024, realisasi: 64 },
          { tahun: 2025, realisasi: 66.5 },
        ],
        bagian: "Bagian Organisasi",
      }),
      iku({
        key: IKU_OPINI,
        sasaranNo: "1",
        indikator: "Opini BPK atas Laporan Keuangan",
        satuan: "Opini",
        targetTahunan: "WTP",
        targetTw: ["WDP", "WDP", "WTP", "WTP"],
        bagian: "ORG",
        source: source(8),
      }),
      iku({
        key: IKU_KEPUASAN,
        sasaranNo: "2",
        indikator: "Indeks Kepuasan Layanan Pemerintahan",
        satuan: "Indeks",
        targetTahunan: 80,
        bagian: "Bagian Pemerintahan",
        source: source(9),
      }),
      iku({
        key: IKU_PENGADUAN,
        sasaranNo: "2",
        indikator: "Jumlah pengaduan masyarakat yang tidak tertangani",
        satuan: "Pengaduan",
        polarity: "negatif",
        aggregation: "kumulatif",
        targetTahunan: 20,
        bagian: "Pemerintahan",
        source: source(10),
      }),
    ],
    programs: [],
  };
}

export const QUARTERS: Periode[] = ["TW1", "TW2", "TW3", "TW4"];

/** What each Bagian reports for each IKU per quarter. */
export const TYPED: Record<string, (number | string)[]> = {
  [IKU_SAKIP]: [65, 68, 70, 74],
  [IKU_OPINI]: ["WDP", "wdp ", "WTP", "WTP"],
  [IKU_KEPUASAN]: [78, 79, 81, 82],
  [IKU_PENGADUAN]: [6, 5, 4, 3],
};

/** Realisasi anggaran s.d. periode per sub kegiatan (the value of TW IV is the year's). */
export const ANGGARAN: Record<string, number> = {
  "4.01.01.2.13.0003": 200_000_000, // pagu 250.000.000
  "4.01.02.2.01.0001": 1_000_000_000, // pagu 1.250.000.000
};

export function ikuYearInputs(periode: Periode, prior: PriorValue[]): RoundInputs {
  return {
    setup: makeSetup({ batasWaktu: "2026-12-15" }, periode),
    dpa: smallDpa(),
    pk: samplePk(),
    prior,
    reviews: {},
    assignments: {},
    generatedAt: "2026-04-01T00:00:00.000Z",
  };
}

/** One round of the year: its kertas kerja, the files returned, what was consolidated, its master's sheets. */
export interface IkuRound {
  periode: Periode;
  kertasKerja: BagianKertasKerja[];
  files: ReturnedFile[];
  subs: ConsolidatedSubmission[];
  sheets: SheetSnapshot[];
}

/** What each Bagian types: the IKU's values above, 1 in TW I for the DPA's indicators. */
export const ikuYearFill: Fill = (key, q) => TYPED[key]?.[q] ?? (q === 0 ? 1 : null);

/**
 * TW I → TW IV on `smallDpa()` and `samplePk()`, each master the next round's prior report; PEM
 * sends nothing back in TW III (its TW III is reported in TW IV).
 */
export function runIkuYear(): IkuRound[] {
  const skips = { TW3: ["PEM"] } as Partial<Record<Periode, string[]>>;
  const rounds: IkuRound[] = [];
  let prior: PriorValue[] = [];
  for (const periode of QUARTERS) {
    const prep = prepareRound(ikuYearInputs(periode, prior));
    const files = prep.kertasKerja
      .filter((kk) => !(skips[periode] ?? []).includes(kk.bagian.kode))
      .map((kk) => filledFile(kk, ikuYearFill, (k) => ANGGARAN[k] ?? null));
    const round = consolidateInMemory(ikuYearInputs(periode, []).setup, files);
    const issues = round.assessments.flatMap((a) => a.issues).filter((i) => i.severity === "error");
    if (issues.length > 0) throw new Error(`${periode}: ${JSON.stringify(issues, null, 1)}`);
    rounds.push({
      periode,
      kertasKerja: prep.kertasKerja,
      files,
      subs: round.submissions,
      sheets: round.sheets,
    });
    const read = readMasterPrior(masterSheetsOf(round.sheets, "INDUK.xlsx")!, {
      ...ikuYearInputs(periode, []).setup,
      periode: QUARTERS[QUARTERS.indexOf(periode) + 1] ?? "TAHUNAN",
    });
    prior = read.values;
  }
  return rounds;
}
