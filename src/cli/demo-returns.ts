/**
 * The demo's Bagian: each opens its generated kertas kerja and fills it in the way people do —
 * most on time, one late, one with a typo in a number, one who "corrects" a locked target — and
 * saves it. A qualitative indicator (opini BPK, predikat SAKIP) gets a word of its scale. Deterministic (no randomness), so that the demo prints the same every time.
 */
import type ExcelJS from "exceljs";
import { sampleKepalaOf } from "../demo";
import { sha256Hex } from "../domain/shared/fingerprint";
import { col, REALISASI_TW, TARGET_TW } from "../domain/kertas-kerja/kertas-kerja-layout";
import { KK_META_PREFIX, readMeta, type KertasKerjaMeta } from "../domain/kertas-kerja/kertas-kerja-meta";
import { findWord, levelIn, scalesOfStored } from "../domain/setup/scales";
import type { QualitativeScale } from "../domain/setup/setup-types";
import { currentTriwulan } from "../domain/shared/types";
import { loadWorkbook, snapshotWorksheet } from "../hosts/xlsx/read";
import { S } from "../strings";

export type DemoBehaviour = "on-time" | "late" | "typo" | "changed-target" | "never";

/** Who does what among the demo's Bagian, by position in the setup (the rest are on time). */
export function demoBehaviour(index: number): DemoBehaviour {
  return (["on-time", "late", "on-time", "typo", "on-time", "changed-target", "on-time", "on-time", "never"][
    index
  ] ?? "on-time") as DemoBehaviour;
}

/** A number in [lo, hi) that depends only on `key`. */
function spread(key: string, lo: number, hi: number): number {
  return lo + ((parseInt(sha256Hex(key).slice(0, 8), 16) % 1000) / 1000) * (hi - lo);
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function metaOf(wb: ExcelJS.Workbook): KertasKerjaMeta {
  const ws = wb.worksheets.find((w) => w.name.startsWith(KK_META_PREFIX));
  const read = ws ? readMeta(snapshotWorksheet(ws)) : null;
  if (!read?.ok) throw new Error("kertas kerja tanpa metadata");
  return read.meta;
}

const numberAt = (ws: ExcelJS.Worksheet, address: string): number | null => {
  const v = ws.getCell(address).value;
  return typeof v === "number" ? v : null;
};

/**
 * Realisasi anggaran s.d. triwulan `q`: each triwulan spends 15–27.5 % of the pagu (so it only
 * grows from one round to the next), never more than the pagu.
 */
function spentBy(key: string, pagu: number, q: number): number {
  let share = 0;
  for (let k = 1; k <= q; k++) share += spread(`${key}#anggaran${k}`, 0.15, 0.275);
  return Math.round(pagu * Math.min(1, share));
}

/** The text of a cell, trimmed; null when it holds no text. */
const textAt = (ws: ExcelJS.Worksheet, address: string): string | null => {
  const v = ws.getCell(address).value;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
};

/**
 * The word a Bagian reports for a qualitative indicator in quarter `i`: the quarter's target word
 * (its Rencana Aksi, else the annual target), now and then one step below it on the scale.
 */
function wordFor(key: string, i: number, target: string, scale: QualitativeScale): string {
  const level = levelIn(target, scale);
  const at = level ? scale.levels.indexOf(level) : 0;
  const below = spread(`${key}#${i}`, 0, 1) < 0.35 ? 1 : 0;
  const chosen = scale.levels[Math.min(at + below, scale.levels.length - 1)] ?? level;
  return chosen?.label ?? target;
}

/**
 * Fills every open realisasi quarter of one indicator row (the current one, and an earlier one
 * nobody reported): a number near its target (a percentage at most 100), or for a qualitative
 * indicator a word of its scale — never a number in a word row. A persentase indicator never falls
 * below its previous quarter.
 */
function fillRealisasi(
  ws: ExcelJS.Worksheet,
  row: KertasKerjaMeta["rows"][number],
  q: number,
  scale: QualitativeScale | null,
): void {
  const r = row.row;
  const persentase = ws.getCell(`${col.jenisCapaian}${r}`).value === S.common.aggregation.persentase;
  const percent = /persen|%/i.test(textAt(ws, `${col.satuan}${r}`) ?? "");
  const annualWord = textAt(ws, `${col.targetTahunan}${r}`);
  let previous: number | null = null;
  for (const [i, c] of REALISASI_TW.slice(0, q).entries()) {
    const targetCell = `${col[TARGET_TW[i] ?? "targetTw1"]}${r}`;
    if (!row.open.includes(c)) {
      previous = numberAt(ws, `${col[c]}${r}`) ?? previous;
      continue;
    }
    if (scale) {
      const target = [textAt(ws, targetCell), annualWord].find((w) => w !== null && levelIn(w, scale));
      const first = scale.levels[0]?.label ?? "";
      ws.getCell(`${col[c]}${r}`).value = wordFor(row.key, i, target ?? first, scale);
      continue;
    }
    const target = numberAt(ws, targetCell) ?? numberAt(ws, `${col.targetTahunan}${r}`);
    let value = target === null ? 1 : round2(target * spread(`${row.key}#${i}`, 0.62, 1.12));
    if (percent) value = Math.min(value, 100);
    if (persentase && previous !== null) value = Math.max(value, previous);
    ws.getCell(`${col[c]}${r}`).value = value;
    previous = value;
  }
}

/** The faktor pendorong, penghambat, tindak lanjut and bukti dukung of an indicator row. */
function fillNotes(ws: ExcelJS.Worksheet, key: string, r: number, tahun: number): void {
  ws.getCell(`${col.pendorong}${r}`).value = "Dukungan pimpinan dan koordinasi lintas Bagian";
  ws.getCell(`${col.penghambat}${r}`).value =
    spread(key, 0, 1) < 0.4 ? "Keterbatasan waktu pelaksanaan" : null;
  ws.getCell(`${col.tindakLanjut}${r}`).value = "Percepatan pelaksanaan pada triwulan berikutnya";
  ws.getCell(`${col.buktiDukung}${r}`).value =
    `https://sakip.tapinkab.go.id/bukti/${tahun}/${encodeURIComponent(key)}`;
}

/**
 * Fills a generated kertas kerja as its Bagian would, saved on `savedAt`. Returns null for a
 * Bagian that never returns its file. A qualitative indicator (its target a word of one of the
 * round's scales, `meta.setup.rules.scales`) gets words; the typo and the changed target fall on
 * numeric rows only.
 */
export async function fillAsBagian(
  bytes: Uint8Array,
  behaviour: DemoBehaviour,
  savedAt: Date,
): Promise<Uint8Array | null> {
  if (behaviour === "never") return null;
  const wb = await loadWorkbook(bytes);
  const meta = metaOf(wb);
  const ws = wb.getWorksheet(meta.sheetName);
  if (!ws) throw new Error(`lembar ${meta.sheetName} tidak ada`);
  const q = currentTriwulan(meta.periode);
  const scales = scalesOfStored(meta.setup?.rules);
  let typoDone = false;
  let targetDone = false;
  for (const row of meta.rows) {
    const r = row.row;
    if (row.kind === "subkegiatan") {
      const pagu = numberAt(ws, `${col.pagu}${r}`);
      if (pagu !== null) ws.getCell(`${col.realisasiAnggaran}${r}`).value = spentBy(row.key, pagu, q);
      continue;
    }
    if (row.kind !== "indicator") continue;
    const scale = findWord(textAt(ws, `${col.targetTahunan}${r}`), scales)?.scale ?? null;
    fillRealisasi(ws, row, q, scale);
    fillNotes(ws, row.key, r, meta.tahun);
    if (scale) continue;
    if (behaviour === "typo" && !typoDone) {
      // "80" typed with the letter O.
      ws.getCell(`${col[REALISASI_TW[q - 1] ?? "realisasiTw4"]}${r}`).value = "8O";
      typoDone = true;
    }
    if (behaviour === "changed-target" && !targetDone) {
      const target = numberAt(ws, `${col.targetTahunan}${r}`);
      if (target !== null) {
        ws.getCell(`${col.targetTahunan}${r}`).value = target - 10 > 0 ? target - 10 : target / 2;
        targetDone = true;
      }
    }
  }
  // The Kepala the setup names; before Pengaturan names any (TW I), the sample's own Kepala signs.
  const named = meta.setup?.bagian.find((b) => b.kode === meta.bagian.kode)?.kepala;
  const kepala = named?.nama && named.nip ? named : sampleKepalaOf(meta.bagian.nama);
  ws.getCell(meta.signature.tanggal).value = new Date(
    Date.UTC(savedAt.getUTCFullYear(), savedAt.getUTCMonth(), savedAt.getUTCDate()),
  );
  if (kepala?.nama) ws.getCell(meta.signature.nama).value = kepala.nama;
  if (kepala?.nip) ws.getCell(meta.signature.nip).value = kepala.nip;
  wb.modified = savedAt;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
