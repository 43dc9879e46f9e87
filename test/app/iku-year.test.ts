/**
 * The whole year with a Perjanjian Kinerja: TW I → TW II → TW III → TW IV, each round's master the
 * next round's prior report. Each IKU is collected at the top of its Bagian's kertas kerja, comes
 * back and is consolidated like any indicator; what a round consolidated stands locked in the next
 * (a qualitative IKU's words too); a Bagian that skips a round reports the missed quarter later;
 * and the annual capaian per IKU and per sasaran strategis equals the table computed by hand below.
 */
import type { BagianKertasKerja } from "../../src/app/round-types";
import { analyse } from "../../src/domain/analysis/analysis";
import { colIndex, type REALISASI_TW, TARGET_TW } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import type { Periode } from "../../src/domain/shared/types";
import { snapshotOfPlan } from "../support/plan-snapshot";
import {
  IKU_KEPUASAN,
  IKU_OPINI,
  IKU_PENGADUAN,
  IKU_SAKIP,
  ikuYearInputs as inputs,
  runIkuYear,
  samplePk,
} from "../support/iku-fixture";
import { metaOf } from "../support/round-chain";

const kkOf = (kertasKerja: BagianKertasKerja[], kode: string): BagianKertasKerja => {
  const kk = kertasKerja.find((k) => k.bagian.kode === kode);
  if (!kk) throw new Error(`no kertas kerja for ${kode}`);
  return kk;
};

/** The kertas kerja's cell of an indicator row (by key) in a column. */
function cellOf(
  kk: BagianKertasKerja,
  key: string,
  column: (typeof REALISASI_TW)[number] | (typeof TARGET_TW)[number],
) {
  const row = metaOf(kk).rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  const sheet = snapshotOfPlan(kk.plans[0]!);
  return { value: sheet.values[row.row - 1]?.[colIndex[column]], open: row.open.includes(column) };
}

describe("a year of rounds with a Perjanjian Kinerja", () => {
  const rounds = runIkuYear();
  const at = (p: Periode) => rounds.find((r) => r.periode === p)!;

  it("puts each IKU at the top of its Bagian's kertas kerja, under its sasaran", () => {
    const { kertasKerja } = at("TW1");
    const org = metaOf(kkOf(kertasKerja, "ORG")).rows.map((r) => `${r.kind}:${r.key}`);
    expect(org.slice(0, 3)).toEqual([`sasaran:SS.1`, `indicator:${IKU_SAKIP}`, `indicator:${IKU_OPINI}`]);
    const pem = metaOf(kkOf(kertasKerja, "PEM")).rows.map((r) => `${r.kind}:${r.key}`);
    expect(pem.slice(0, 3)).toEqual([
      `sasaran:SS.2`,
      `indicator:${IKU_KEPUASAN}`,
      `indicator:${IKU_PENGADUAN}`,
    ]);
    // The qualitative IKU's Rencana Aksi is written in words, its annual target too.
    const org1 = kkOf(kertasKerja, "ORG");
    expect(TARGET_TW.map((c) => cellOf(org1, IKU_OPINI, c).value)).toEqual(["WDP", "WDP", "WTP", "WTP"]);
    expect(cellOf(org1, IKU_SAKIP, "realisasiTw1").open).toBe(true);
  });

  it("locks what the previous round consolidated, numbers and words, with its provenance", () => {
    const org2 = kkOf(at("TW2").kertasKerja, "ORG");
    expect(cellOf(org2, IKU_SAKIP, "realisasiTw1")).toEqual({ value: 65, open: false });
    expect(cellOf(org2, IKU_OPINI, "realisasiTw1")).toEqual({ value: "WDP", open: false });
    expect(cellOf(org2, IKU_SAKIP, "realisasiTw2").open).toBe(true);
    const fromMaster = org2.prefilled.find((p) => p.key === IKU_OPINI && p.column === "realisasiTw1");
    expect(fromMaster).toMatchObject({
      value: "WDP",
      tahun: 2026,
      periode: "TW1",
      source: { file: "INDUK.xlsx", sheet: "Data" },
      provenance: { bagian: { kode: "ORG" }, lembar: org2.sheetName },
    });
  });

  it("leaves open, in the next round, the quarters of a Bagian missing from the prior master", () => {
    // TW III's master holds nothing of PEM: TW IV opens its earlier quarters for it to report.
    const pem4 = kkOf(at("TW4").kertasKerja, "PEM");
    for (const c of ["realisasiTw1", "realisasiTw2", "realisasiTw3", "realisasiTw4"] as const)
      expect(cellOf(pem4, IKU_PENGADUAN, c)).toEqual({ value: null, open: true });
    const org4 = kkOf(at("TW4").kertasKerja, "ORG");
    expect(cellOf(org4, IKU_SAKIP, "realisasiTw3")).toEqual({ value: 70, open: false });
    expect(cellOf(org4, IKU_OPINI, "realisasiTw3")).toEqual({ value: "WTP", open: false });
  });

  it("consolidates each IKU with its realisasi s.d. periode counted once", () => {
    const byKey = (p: Periode) =>
      new Map(analyse(inputs(p, []).setup, at(p).subs).indicators.map((i) => [i.key, i]));
    expect(byKey("TW2").get(IKU_PENGADUAN)?.realisasiSd).toBe(11);
    expect(byKey("TW2").get(IKU_OPINI)?.realisasiWord).toBe("WDP");
    expect(byKey("TW3").get(IKU_PENGADUAN)).toBeUndefined(); // PEM sent nothing in TW III
    expect(byKey("TW4").get(IKU_PENGADUAN)?.realisasiSd).toBe(18);
  });

  it("gives the annual capaian per IKU computed by hand", () => {
    const setup = inputs("TW4", []).setup;
    const byKey = new Map(analyse(setup, at("TW4").subs).indicators.map((i) => [i.key, i]));
    // Nilai SAKIP, nilai akhir: 74 / 72 × 100 = 102,777… → 102,78.
    // Opini BPK: TW IV's WTP against TW IV's Rencana Aksi WTP: 4 / 4 × 100 = 100.
    // Indeks kepuasan, nilai akhir: 82 / 80 × 100 = 102,5.
    // Pengaduan, kumulatif, negatif (selisih): R = 6 + 5 + 4 + 3 = 18; (2 × 20 − 18) / 20 × 100 = 110.
    expect([IKU_SAKIP, IKU_OPINI, IKU_KEPUASAN, IKU_PENGADUAN].map((k) => byKey.get(k)?.capaian)).toEqual([
      102.78, 100, 102.5, 110,
    ]);
    expect(byKey.get(IKU_OPINI)?.predikat).toBe("Sangat Tinggi");
  });

  it("gives the annual capaian per sasaran strategis computed by hand", () => {
    const setup = inputs("TW4", []).setup;
    const perSasaran = analyse(setup, at("TW4").subs, samplePk()).perSasaran;
    // Sasaran 1: mean of 102,78 and 100 = 101,39; its program 4.01.01: 200 jt / 250 jt = 80 %.
    // Sasaran 2: mean of 102,50 and 110 = 106,25; its program 4.01.02: 1.000 jt / 1.250 jt = 80 %
    // (4.01.02.2.01.0002 has no Bagian, so no kertas kerja and no budget row).
    expect(
      perSasaran.map((s) => [s.no, s.dinilai, s.capaian, s.predikat, s.serapan, s.selisih, s.efisiensi]),
    ).toEqual([
      ["1", 2, 101.39, "Sangat Tinggi", 80, 21.39, "efisien"],
      ["2", 2, 106.25, "Sangat Tinggi", 80, 26.25, "efisien"],
    ]);
    // Against the PK's earlier years: Nilai SAKIP 74 against 66,5 in 2025 (+7,5); Renstra 80: 92,5 %.
    const sakip = perSasaran[0]?.iku.find((i) => i.key === IKU_SAKIP);
    expect([sakip?.lalu, sakip?.perubahan, sakip?.tren, sakip?.progresRenstra]).toEqual([
      66.5,
      7.5,
      "membaik",
      92.5,
    ]);
  });
});
