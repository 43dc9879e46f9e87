/**
 * A large synthetic round for the benchmark: a DPA sheet snapshot in memory with `bagian` Bagian
 * of `perBagian` indicators each (two indicators per sub kegiatan, one kegiatan per Bagian), and
 * the round the product prepares from it (the real kertas kerja plans).
 */
import { prepareRound } from "../src/app/round";
import type { RoundInputs, RoundPreparation } from "../src/app/round-types";
import { setupFromDpa } from "../src/app/setup";
import { readDpa } from "../src/domain/inputs/dpa-reader";
import type { CellValue, SheetSnapshot } from "../src/sheet/plan";

/** prepareRound over the synthetic DPA: every Bagian's kertas kerja and metadata sheet. */
export function syntheticRound(bagian: number, perBagian: number): RoundPreparation {
  return prepareRound(syntheticRoundInputs(bagian, perBagian));
}

/** What the synthetic round is prepared from: the DPA read back, and the setup made from it. */
export function syntheticRoundInputs(bagian: number, perBagian: number): RoundInputs {
  const { dpa, issues } = readDpa(syntheticDpaSnapshot(bagian, perBagian), "sintetis.xlsx");
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) throw new Error(`synthetic DPA unreadable: ${errors[0]?.message ?? ""}`);
  const setup = setupFromDpa(dpa, { tahun: 2026, periode: "TW2", instansi: "Sekretariat Daerah (sintetis)" });
  return { setup, dpa, prior: [], reviews: {}, assignments: {}, generatedAt: "2026-07-01T00:00:00Z" };
}

const SATUAN = ["Dokumen", "Laporan", "Persen", "Orang", "Kegiatan", "Paket", "Bulan"] as const;

export function syntheticDpaSnapshot(bagian: number, perBagian: number): SheetSnapshot {
  const values: CellValue[][] = [
    ["DOKUMEN PELAKSANAAN ANGGARAN"],
    ["Sekretariat Daerah (sintetis)"],
    [],
    ["Kode", "Uraian", "Tolok Ukur", "Target", "Satuan", "Pagu", "Bagian Pelaksana"],
    ["4.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", null, null, null, null, null],
  ];
  const subs = Math.ceil(perBagian / 2);
  for (let b = 1; b <= bagian; b++) {
    const keg = `4.01.01.2.${String(b).padStart(2, "0")}`;
    const nama = `Bagian Sintetis ${String(b).padStart(2, "0")}`;
    values.push([keg, `Kegiatan Bagian ${b}`, null, null, null, null, null]);
    let left = perBagian;
    for (let s = 1; s <= subs && left > 0; s++) {
      const kode = `${keg}.${String(s).padStart(4, "0")}`;
      const satuan = SATUAN[(b + s) % SATUAN.length] ?? "Dokumen";
      const target = satuan === "Persen" ? 100 : 4 + ((b * s) % 20);
      values.push([
        kode,
        `Sub Kegiatan ${b}.${s}`,
        `Jumlah Keluaran ${b}.${s} A`,
        target,
        satuan,
        25_000_000 * s,
        nama,
      ]);
      left -= 1;
      if (left > 0) {
        values.push([null, null, `Jumlah Keluaran ${b}.${s} B`, 12, "Laporan", null, null]);
        left -= 1;
      }
    }
  }
  return { name: "DPA", visibility: "visible", values };
}
