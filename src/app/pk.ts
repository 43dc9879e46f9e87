/**
 * The round's Perjanjian Kinerja: imported from a file (the layouts Setda use), kept on the
 * master's visible "Perjanjian Kinerja" sheet — where it may also be typed — and read back from
 * there by every later step (generation, consolidation, the next round's setup).
 */
import { readPerjanjianKinerjaSheets } from "../domain/inputs/pk-reader";
import {
  perjanjianKinerjaSheetPlan,
  PK_SHEET,
  readPerjanjianKinerjaFromWorkbook,
} from "../domain/inputs/pk-sheet";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { KertasKerjaMeta } from "../domain/kertas-kerja/kertas-kerja-meta";
import type { Issue, PerjanjianKinerja, PkReadResult } from "../domain/shared/types";
import type { SheetPlan, SheetSnapshot } from "../sheet/plan";
import type { WorkbookFileReader, WorkbookPort } from "./ports";

export { PK_SHEET };

/** Reads a Perjanjian Kinerja from a file's bytes: its IKU table from whichever sheets hold one. */
export async function importPkFromBytes(
  reader: WorkbookFileReader,
  bytes: Uint8Array,
  fileName: string,
): Promise<PkReadResult> {
  const wb = await reader.readWorkbook(bytes);
  return readPerjanjianKinerjaSheets(wb.sheets, fileName);
}

/** The PK on the workbook's "Perjanjian Kinerja" sheet; null when the workbook has none. */
export async function loadPk(port: WorkbookPort, file?: string): Promise<PkReadResult | null> {
  const sheet = await port.readSheet(PK_SHEET);
  return sheet ? readPerjanjianKinerjaFromWorkbook([sheet], file) : null;
}

/** The "Perjanjian Kinerja" sheet of a round: the PK as imported, or an empty one to type in. */
export function pkSheetFor(
  pk: PerjanjianKinerja | null,
  setup: Pick<RoundSetup, "instansi" | "tahun">,
): SheetPlan {
  return perjanjianKinerjaSheetPlan(pk, { instansi: setup.instansi, tahun: setup.tahun });
}

/**
 * The PK of a master's "Perjanjian Kinerja" sheet as consolidation uses it: null without the sheet
 * or without an IKU on it. A damaged PK never stops a consolidation: its errors become warnings.
 */
export function pkOfSheet(sheet: SheetSnapshot | null): { pk: PerjanjianKinerja | null; issues: Issue[] } {
  const read = sheet ? readPerjanjianKinerjaFromWorkbook([sheet]) : null;
  if (!read) return { pk: null, issues: [] };
  const issues = read.issues.map((i) =>
    i.severity === "error" ? { ...i, severity: "warning" as const } : i,
  );
  return { pk: read.pk.iku.length > 0 ? read.pk : null, issues };
}

/** The PK the newest generated of these kertas kerja carries (ties by fingerprint); null when none does. */
export function pkFromMetas(metas: readonly KertasKerjaMeta[]): PerjanjianKinerja | null {
  const carrying = metas
    .filter((m) => typeof m.generatedAt === "string" && isPkShaped(m.pk))
    .sort((a, b) => b.generatedAt.localeCompare(a.generatedAt) || a.fingerprint.localeCompare(b.fingerprint));
  return carrying[0]?.pk ?? null;
}

/** The shape a PK from a file's metadata needs before a round uses it (a hand-edited one must not break it). */
function isPkShaped(pk: unknown): pk is PerjanjianKinerja {
  if (!pk || typeof pk !== "object") return false;
  const p = pk as Partial<Record<keyof PerjanjianKinerja, unknown>>;
  const list = (v: unknown, keys: string[]) =>
    Array.isArray(v) &&
    v.every((x) => !!x && typeof x === "object" && keys.every((k) => k in (x as Record<string, unknown>)));
  return (
    p.type === "kertas-kerja-sakip/perjanjian-kinerja" &&
    list(p.sasaran, ["no", "text", "programs"]) &&
    list(p.iku, ["key", "sasaranNo", "indikator", "polarity", "aggregation", "realisasiLalu"]) &&
    list(p.programs, ["kode"]) &&
    (p.iku as unknown[]).length > 0
  );
}
