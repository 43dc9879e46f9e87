import { makeIndicatorKeys, parseKode } from "../../src/domain/shared/kode";
import { DEFAULT_RULES, type RoundSetup } from "../../src/domain/setup/setup-types";
import { DEFAULT_CALENDAR } from "../../src/domain/setup/working-time";
import type {
  Aggregation,
  BagianCode,
  Dpa,
  DpaIndicator,
  DpaNode,
  Kode,
  Periode,
  Polarity,
  Quarterly,
} from "../../src/domain/shared/types";

/** A compact way to write a DPA in tests: one entry per node, indicators inline. */
export interface NodeSpec {
  kode: string;
  name: string;
  pagu?: number;
  bagian?: string;
  indicators?: {
    text: string;
    satuan?: string;
    target: number | string | null;
    polarity?: Polarity;
    aggregation?: Aggregation;
    targetTw?: Quarterly<number | null>;
  }[];
}

export function kode(s: string): Kode {
  const parsed = parseKode(s);
  if (!parsed.ok) throw new Error(`bad kode ${s}`);
  return parsed.kode;
}

export function makeDpa(specs: NodeSpec[], sheet = "DPA"): Dpa {
  let row = 6;
  const nodes: DpaNode[] = specs.map((spec) => {
    const k = kode(spec.kode);
    const level =
      k.split(".").length === 3 ? "program" : k.split(".").length === 5 ? "kegiatan" : "subkegiatan";
    const keys = makeIndicatorKeys(
      k,
      (spec.indicators ?? []).map((i) => i.text),
    );
    const nodeRow = ++row;
    const indicators: DpaIndicator[] = (spec.indicators ?? []).map((ind, i) => ({
      key: keys[i]!,
      text: ind.text,
      jenis: null,
      satuan: ind.satuan ?? "Dokumen",
      targetTahunan: typeof ind.target === "number" ? ind.target : null,
      targetText: typeof ind.target === "string" ? ind.target : null,
      targetTw: ind.targetTw ?? null,
      polarity: ind.polarity ?? null,
      aggregation: ind.aggregation ?? null,
      source: { sheet, row: i === 0 ? nodeRow : ++row },
    }));
    return {
      level,
      kode: k,
      name: spec.name,
      pagu: spec.pagu ?? null,
      bagian: spec.bagian ?? null,
      indicators,
      source: { sheet, row: nodeRow },
    };
  });
  return { sheet, nodes };
}

export function makeSetup(overrides: Partial<RoundSetup> = {}, periode: Periode = "TW2"): RoundSetup {
  return {
    type: "kertas-kerja-sakip/pengaturan",
    version: 1,
    instansi: "Sekretariat Daerah Kabupaten Tapin",
    tahun: 2026,
    periode,
    batasWaktu: "2026-07-15",
    bagian: [
      {
        kode: "PEM" as BagianCode,
        nama: "Bagian Pemerintahan",
        kepala: { nama: "Ahmad Rizani", nip: "197803152005011003" },
      },
      {
        kode: "ORG" as BagianCode,
        nama: "Bagian Organisasi",
        kepala: { nama: "Siti Rahmah", nip: "198202102008012004" },
      },
    ],
    pejabat: [],
    rules: DEFAULT_RULES,
    calendar: DEFAULT_CALENDAR,
    ...overrides,
  };
}

/** A small DPA of two Bagian with program-, kegiatan- and sub kegiatan-level indicators. */
export function smallDpa(): Dpa {
  return makeDpa([
    {
      kode: "4.01.01",
      name: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      indicators: [{ text: "Nilai SAKIP Sekretariat Daerah", target: 70, aggregation: "nilai-akhir" }],
      bagian: "Organisasi",
    },
    { kode: "4.01.01.2.13", name: "Administrasi Organisasi" },
    {
      kode: "4.01.01.2.13.0003",
      name: "Peningkatan Kinerja dan Reformasi Birokrasi",
      pagu: 250_000_000,
      bagian: "Bagian Organisasi",
      indicators: [
        { text: "Jumlah Dokumen Evaluasi Kinerja", target: 4 },
        {
          text: "Persentase rekomendasi LHE yang ditindaklanjuti",
          target: 100,
          satuan: "Persen",
          aggregation: "persentase",
        },
      ],
    },
    { kode: "4.01.02", name: "Program Pemerintahan dan Kesejahteraan Rakyat" },
    { kode: "4.01.02.2.01", name: "Pelaksanaan Kebijakan Pemerintahan" },
    {
      kode: "4.01.02.2.01.0001",
      name: "Penataan Administrasi Pemerintahan",
      pagu: 1_250_000_000,
      bagian: "PEM",
      indicators: [
        { text: "Jumlah Laporan Penyelenggaraan Pemerintahan Daerah", target: 12, satuan: "Laporan" },
        {
          text: "Rata-rata waktu penyelesaian rekomendasi",
          target: 10,
          satuan: "Hari",
          polarity: "negatif",
          aggregation: "nilai-akhir",
        },
      ],
    },
    {
      kode: "4.01.02.2.01.0002",
      name: "Pelaksanaan Tugas Pemerintahan Umum",
      pagu: 80_000_000,
      indicators: [{ text: "Jumlah Rapat Koordinasi", target: 8, satuan: "Kegiatan" }],
    },
  ]);
}
