/**
 * Sample data: the Perjanjian Kinerja 2026 of the Sekretaris Daerah Kabupaten Tapin — three
 * sasaran strategis, each with its IKU (satuan, target, Rencana Aksi per triwulan for some, the
 * Renstra's final target, realisasi of 2024 and 2025 for some, the Bagian responsible) and the
 * programs of the sample DPA that support it, with their anggaran. Two IKU are qualitative (opini
 * BPK, predikat SAKIP), two of negative polarity. Written as the "Perjanjian Kinerja" sheet the PK
 * reader reads back. Pure data: no Node, no hosts.
 */
import { perjanjianKinerjaSheetPlan, PK_SHEET } from "../domain/inputs/pk-sheet";
import { makeIndicatorKeys } from "../domain/shared/kode";
import type {
  Aggregation,
  IndicatorKey,
  Iku,
  Kode,
  PerjanjianKinerja,
  PkProgram,
  Polarity,
  Quarterly,
  SourceRef,
  TargetValue,
} from "../domain/shared/types";
import type { SheetPlan } from "../sheet/plan";
import { SAMPLE_BAGIAN, SAMPLE_INSTANSI, SAMPLE_TAHUN, sampleDpaRows } from "./sample-dpa";

/** One IKU as authored: what differs between IKU, the rest left to the defaults below. */
interface IkuDef {
  indikator: string;
  satuan: string;
  target: TargetValue;
  polarity?: Polarity;
  aggregation?: Aggregation;
  /** Rencana Aksi TW I–IV. */
  tw?: Quarterly<TargetValue | null>;
  renstra: TargetValue;
  /** Realisasi by year. */
  lalu?: Partial<Record<2024 | 2025, TargetValue>>;
  bagian: keyof typeof SAMPLE_BAGIAN;
}

interface SasaranDef {
  no: string;
  text: string;
  /** The programs of the sample DPA that support it. */
  programs: Kode[];
  iku: IkuDef[];
}

const NILAI_AKHIR = "nilai-akhir" as const;

/** The sample PK as authored, sasaran in order, each with its IKU in order. */
export const SAMPLE_PK_SASARAN: readonly SasaranDef[] = [
  {
    no: "1",
    text: "Meningkatnya akuntabilitas kinerja dan tata kelola keuangan Sekretariat Daerah",
    programs: ["4.01.01" as Kode],
    iku: [
      {
        indikator: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
        satuan: "Opini",
        target: "WTP",
        aggregation: NILAI_AKHIR,
        tw: ["WTP", "WTP", "WTP", "WTP"],
        renstra: "WTP",
        lalu: { 2024: "WTP", 2025: "WTP" },
        bagian: "UMUM",
      },
      {
        indikator: "Predikat SAKIP Sekretariat Daerah",
        satuan: "Predikat",
        target: "BB",
        aggregation: NILAI_AKHIR,
        tw: ["B", "B", "BB", "BB"],
        renstra: "A",
        lalu: { 2024: "B", 2025: "B" },
        bagian: "ORG",
      },
      {
        indikator: "Persentase dokumen perencanaan dan laporan kinerja yang tersusun tepat waktu",
        satuan: "Persen",
        target: 100,
        aggregation: "persentase",
        renstra: 100,
        lalu: { 2024: 87.5, 2025: 93.8 },
        bagian: "UMUM",
      },
    ],
  },
  {
    no: "2",
    text: "Meningkatnya kualitas penyelenggaraan pemerintahan, produk hukum daerah dan kesejahteraan rakyat",
    programs: ["4.01.02" as Kode],
    iku: [
      {
        indikator: "Indeks Kepuasan Masyarakat terhadap layanan administrasi pemerintahan",
        satuan: "Indeks",
        target: 82,
        aggregation: NILAI_AKHIR,
        tw: [80, 81, 81.5, 82],
        renstra: 85,
        lalu: { 2024: 78.4, 2025: 80.1 },
        bagian: "PEM",
      },
      {
        indikator: "Persentase produk hukum daerah yang harus diperbaiki atas hasil evaluasi Gubernur",
        satuan: "Persen",
        target: 5,
        polarity: "negatif",
        aggregation: NILAI_AKHIR,
        renstra: 2,
        lalu: { 2024: 8.3, 2025: 6.7 },
        bagian: "HUKUM",
      },
    ],
  },
  {
    no: "3",
    text: "Meningkatnya kualitas pengendalian pembangunan dan pengadaan barang/jasa pemerintah daerah",
    programs: ["4.01.03" as Kode],
    iku: [
      {
        indikator: "Persentase realisasi fisik kegiatan pembangunan daerah sesuai rencana",
        satuan: "Persen",
        target: 95,
        aggregation: "persentase",
        tw: [25, 50, 75, 95],
        renstra: 100,
        lalu: { 2025: 91.2 },
        bagian: "ADPEM",
      },
      {
        indikator: "Rata-rata waktu penyelesaian tender",
        satuan: "Hari",
        target: 35,
        polarity: "negatif",
        aggregation: NILAI_AKHIR,
        renstra: 30,
        lalu: { 2024: 45, 2025: 40 },
        bagian: "PBJ",
      },
    ],
  },
];

const SOURCE: SourceRef = { sheet: PK_SHEET, row: 1 };

/** The key of each IKU of a sasaran, as the PK reader makes it: `IKU:<no>:<slug>~<hash>`. */
function ikuKeys(no: string, indikators: readonly string[]): IndicatorKey[] {
  return makeIndicatorKeys(no as Kode, indikators).map(
    (k) => `IKU:${no}:${k.slice(k.indexOf("|") + 1)}` as IndicatorKey,
  );
}

function ikuOf(def: IkuDef, key: IndicatorKey, sasaranNo: string): Iku {
  return {
    key,
    sasaranNo,
    indikator: def.indikator,
    satuan: def.satuan,
    polarity: def.polarity ?? "positif",
    aggregation: def.aggregation ?? "kumulatif",
    targetTahunan: def.target,
    targetTw: def.tw ?? null,
    targetRenstra: def.renstra,
    realisasiLalu: ([2024, 2025] as const).flatMap((tahun) => {
      const realisasi = def.lalu?.[tahun];
      return realisasi === undefined ? [] : [{ tahun, realisasi }];
    }),
    bagian: SAMPLE_BAGIAN[def.bagian],
    source: SOURCE,
  };
}

/** The sample Perjanjian Kinerja: its sasaran, IKU, and programs with the sample DPA's pagu. */
export function samplePerjanjianKinerja(): PerjanjianKinerja {
  const rows = sampleDpaRows();
  const programs: PkProgram[] = SAMPLE_PK_SASARAN.flatMap((s) =>
    s.programs.map((kode) => {
      const row = rows.find((r) => r.level === "program" && r.kode === kode);
      return {
        kode,
        name: row?.uraian ?? kode,
        anggaran: row?.pagu ?? null,
        sasaranNo: s.no,
        source: SOURCE,
      };
    }),
  );
  return {
    type: "kertas-kerja-sakip/perjanjian-kinerja",
    version: 1,
    tahun: SAMPLE_TAHUN,
    sasaran: SAMPLE_PK_SASARAN.map((s) => ({
      no: s.no,
      text: s.text,
      programs: [...s.programs],
      source: SOURCE,
    })),
    iku: SAMPLE_PK_SASARAN.flatMap((s) => {
      const keys = ikuKeys(
        s.no,
        s.iku.map((i) => i.indikator),
      );
      return s.iku.map((def, j) => ikuOf(def, keys[j] as IndicatorKey, s.no));
    }),
    programs,
    sheet: SOURCE.sheet,
  };
}

/** The sample PK as its "Perjanjian Kinerja" sheet, for an .xlsx `generate --pk` reads. */
export function buildSamplePkPlan(): SheetPlan {
  return perjanjianKinerjaSheetPlan(samplePerjanjianKinerja(), {
    instansi: SAMPLE_INSTANSI,
    tahun: SAMPLE_TAHUN,
  });
}
