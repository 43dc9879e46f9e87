/**
 * Recognising a returned kertas kerja: its metadata (one, intact, of a known template, of this
 * round and this generation) and the sheet it describes. Pure; issues are values.
 */
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { returned as T } from "../../strings/returned";
import type { ReportIssue } from "../shared/issues";
import {
  KK_META_PREFIX,
  metaFingerprint,
  readMeta,
  type KertasKerjaMeta,
} from "../kertas-kerja/kertas-kerja-meta";
import { col, colIndex, KK_COLUMNS, KK_ROWS, KK_TEMPLATE_VERSION } from "../kertas-kerja/kertas-kerja-layout";
import { columnLetters } from "../../sheet/address";
import type { RoundSetup } from "../setup/setup-types";
import { normalizeLabel } from "../shared/text";
import { PERIODES } from "../shared/types";

/** What the master knows when it judges a returned file. */
export interface ReturnedContext {
  /** The master's setup (authoritative). */
  setup: RoundSetup;
  /** Metadata of the kertas kerja this master generated, by Bagian kode. */
  generated?: ReadonlyMap<string, KertasKerjaMeta>;
  /** Known template versions; default [KK_TEMPLATE_VERSION]. */
  templateVersions?: readonly number[];
}

/** Case-insensitive, as Excel compares sheet names. */
export const isMetaSheet = (s: SheetSnapshot): boolean =>
  s.name.toLowerCase().startsWith(KK_META_PREFIX.toLowerCase());

const text = (v: CellValue | undefined): string => (typeof v === "string" ? v.trim() : "");

/**
 * True when a sheet looks like a kertas kerja: the title in A1, or a header row holding at least
 * three of the column names. Tells "metadata lost" (someone copied the sheet into a new book)
 * from "no kertas kerja at all" (a wrong file).
 */
export function looksLikeKertasKerja(sheet: SheetSnapshot): boolean {
  if (normalizeLabel(text(sheet.values[0]?.[0])) === normalizeLabel(S.kertasKerja.title)) return true;
  const c = S.kertasKerja.columns;
  const labels = new Set([c.kode, c.uraian, c.indikator, c.satuan, c.kunci].map(normalizeLabel));
  return sheet.values
    .slice(0, 30)
    .some((row) => row.filter((v) => labels.has(normalizeLabel(text(v)))).length >= 3);
}

const isString = (v: unknown): v is string => typeof v === "string";
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);
const KINDS = new Set(["sasaran", "program", "kegiatan", "subkegiatan", "indicator"]);
const COLUMNS = new Set<string>(KK_COLUMNS);
const A1_CELL = /^[A-Z]{1,3}[1-9][0-9]*$/;

/**
 * What is wrong with the shape of metadata read from JSON, or null when it is whole. `readMeta`
 * checks only type and version; a hand-edited JSON may still lack rows or carry strings where
 * numbers belong, and the validator must not stumble over it.
 */
export function metaShapeProblem(meta: KertasKerjaMeta): string | null {
  const m = meta as unknown as Record<string, unknown>;
  if (!isString(m.instansi)) return "instansi";
  if (!isRecord(m.bagian) || !isString(m.bagian.kode) || !isString(m.bagian.nama)) return "bagian";
  if (typeof m.tahun !== "number" || !Number.isInteger(m.tahun)) return "tahun";
  if (!(PERIODES as readonly unknown[]).includes(m.periode)) return "periode";
  if (typeof m.templateVersion !== "number") return "templateVersion";
  if (!isString(m.sheetName) || m.sheetName === "") return "sheetName";
  if (!isString(m.fingerprint)) return "fingerprint";
  const sig = m.signature;
  if (!isRecord(sig) || ![sig.tanggal, sig.nama, sig.nip].every((a) => isString(a) && A1_CELL.test(a))) {
    return "signature";
  }
  if (!Array.isArray(m.rows) || m.rows.length === 0) return "rows";
  for (const [i, row] of (m.rows as unknown[]).entries()) {
    const bad = rowShapeProblem(row);
    if (bad) return `rows[${i}].${bad}`;
  }
  return null;
}

function rowShapeProblem(row: unknown): string | null {
  if (!isRecord(row)) return "row";
  if (!isString(row.key) || row.key.trim() === "") return "key";
  if (!KINDS.has(row.kind as string)) return "kind";
  if (typeof row.row !== "number" || !Number.isInteger(row.row) || row.row < 1) return "row";
  if (!Array.isArray(row.open) || !row.open.every((c) => COLUMNS.has(c as string))) return "open";
  if (!isString(row.hash)) return "hash";
  if (row.locked !== undefined) {
    if (!isRecord(row.locked)) return "locked";
    if (!Object.entries(row.locked).every(([k, v]) => COLUMNS.has(k) && isString(v))) return "locked";
  }
  return null;
}

/**
 * Finds and checks the metadata of a returned file. Returns the metadata to judge the sheet
 * against, or null when the file cannot be judged (every reason reported through `issue`).
 *
 * Order matters for the messages: a file without metadata, with several, or with broken or edited
 * metadata gets that one error (nothing else in it can be trusted). Otherwise the template version
 * and the round's identity (instansi, tahun, periode, Bagian) are checked together, one error
 * each; only a file of this round is compared with this master's own generation of it, since a
 * file of another year differs from it as a matter of course.
 *
 * When the master generated this Bagian's kertas kerja with the same fingerprint, the master's
 * copy of the metadata is used for the rows (it cannot have been tampered with in the file).
 */
export function findMeta(
  fileName: string,
  sheets: readonly SheetSnapshot[],
  ctx: ReturnedContext,
  issue: ReportIssue,
): KertasKerjaMeta | null {
  const metaSheets = sheets.filter(isMetaSheet);
  if (metaSheets.length === 0) {
    const like = sheets.find(looksLikeKertasKerja);
    if (like) {
      issue("error", "returned.meta.missing", T.meta.missing(fileName, like.name), {
        sheet: like.name,
        found: T.meta.missingFound,
        expected: T.meta.missingExpected,
      });
    } else {
      issue("error", "returned.file.no-kertas-kerja", T.file.noKertasKerja(fileName), {
        found: T.file.noKertasKerjaFound(sheets.map((s) => s.name).join(", ") || T.none),
        expected: T.file.noKertasKerjaExpected,
      });
    }
    return null;
  }
  if (metaSheets.length > 1) {
    issue("error", "returned.meta.several", T.meta.several(fileName, metaSheets.length), {
      sheet: metaSheets[1]?.name,
      found: metaSheets.map((s) => s.name).join(", "),
      expected: T.meta.severalExpected,
    });
    return null;
  }
  const sheet = metaSheets[0] as SheetSnapshot;
  const read = readMeta(sheet, fileName);
  if (!read.ok) {
    const { severity: _s, code: _c, message, file: _f, ...at } = read.issue;
    issue("error", "returned.meta.unreadable", T.meta.unreadable(message), at);
    return null;
  }
  const meta = read.meta;
  const shape = metaShapeProblem(meta);
  if (shape !== null) {
    issue("error", "returned.meta.malformed", T.meta.malformed(shape), {
      sheet: sheet.name,
      cell: "A3",
      found: shape,
      expected: T.meta.malformedExpected,
    });
    return null;
  }
  const recomputed = metaFingerprint(meta);
  if (recomputed !== meta.fingerprint) {
    issue("error", "returned.meta.edited", T.meta.edited, {
      sheet: sheet.name,
      cell: "A3",
      found: T.meta.editedFound(recomputed),
      expected: T.meta.editedExpected(meta.fingerprint),
    });
    return null;
  }
  return checkIdentity(meta, sheet.name, ctx, issue) ? referenceMeta(meta, ctx) : null;
}

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/g, " ").trim().toLowerCase() === b.replace(/\s+/g, " ").trim().toLowerCase();

/** Template version and round identity; true when the file belongs to this round. */
function checkIdentity(
  meta: KertasKerjaMeta,
  metaSheet: string,
  ctx: ReturnedContext,
  issue: ReportIssue,
): boolean {
  const { setup } = ctx;
  const at = { sheet: metaSheet, cell: "A3" };
  // What the metadata says is also printed in the sheet's header: point people there.
  const header = (row: number, column = "B") => ({ sheet: meta.sheetName, cell: `${column}${row}`, row });
  let ok = true;
  const versions = ctx.templateVersions ?? [KK_TEMPLATE_VERSION];
  if (!versions.includes(meta.templateVersion)) {
    ok = false;
    issue("error", "returned.meta.template-version", T.meta.templateVersion(String(meta.templateVersion)), {
      ...at,
      found: String(meta.templateVersion),
      expected: T.meta.templateVersionExpected(versions.join(", ")),
    });
  }
  if (!sameText(meta.instansi, setup.instansi)) {
    ok = false;
    issue("error", "returned.meta.instansi", T.meta.instansi, {
      ...header(KK_ROWS.instansi, "A"),
      found: meta.instansi,
      expected: setup.instansi,
    });
  }
  if (meta.tahun !== setup.tahun) {
    ok = false;
    issue("error", "returned.meta.tahun", T.meta.tahun, {
      ...header(KK_ROWS.tahun),
      found: String(meta.tahun),
      expected: String(setup.tahun),
    });
  }
  if (meta.periode !== setup.periode) {
    ok = false;
    issue("error", "returned.meta.periode", T.meta.periode, {
      ...header(KK_ROWS.periode),
      found: S.common.periode[meta.periode],
      expected: S.common.periode[setup.periode],
    });
  }
  if (!setup.bagian.some((b) => b.kode === meta.bagian.kode)) {
    ok = false;
    issue("error", "returned.meta.bagian-unknown", T.meta.bagianUnknown(meta.bagian.nama, meta.bagian.kode), {
      ...header(KK_ROWS.bagian),
      found: `${meta.bagian.kode} (${meta.bagian.nama})`,
      expected: T.meta.bagianExpected(setup.bagian.map((b) => `${b.kode} (${b.nama})`).join(", ")),
    });
  }
  if (!ok) return false;
  const generated = ctx.generated?.get(meta.bagian.kode);
  // A master that generated nothing (started from returned files) has nothing to say about it.
  if (ctx.generated && ctx.generated.size > 0 && !generated) {
    issue("info", "returned.meta.not-generated", T.meta.notGenerated(meta.bagian.nama), at);
  }
  if (generated && generated.fingerprint !== meta.fingerprint) {
    issue("error", "returned.meta.other-generation", T.meta.otherGeneration(meta.bagian.nama), {
      ...at,
      found: T.meta.editedFound(meta.fingerprint),
      expected: T.meta.editedExpected(generated.fingerprint),
    });
    return false;
  }
  return true;
}

/** The file's metadata with the master's own rows when the master generated the same file. */
function referenceMeta(meta: KertasKerjaMeta, ctx: ReturnedContext): KertasKerjaMeta {
  const generated = ctx.generated?.get(meta.bagian.kode);
  if (!generated || generated.fingerprint !== meta.fingerprint || metaShapeProblem(generated) !== null) {
    return meta;
  }
  return { ...meta, rows: generated.rows };
}

/** Trimmed text of the key column of a row (keys are written as text). */
const keyAt = (row: readonly CellValue[] | undefined, c: number): string => text(row?.[c]);

const keyCount = (sheet: SheetSnapshot, keys: ReadonlySet<string>, c: number): number =>
  sheet.values.reduce((n, row) => n + (keys.has(keyAt(row, c)) ? 1 : 0), 0);

/**
 * The kertas kerja sheet: the one the metadata names, else (renamed) the sheet whose key column
 * holds the most metadata keys, with an info. When no sheet holds a key in the key column but one
 * holds them in another column, the columns were shifted: an error that says so, rather than
 * "every row deleted".
 */
export function findSheet(
  meta: KertasKerjaMeta,
  sheets: readonly SheetSnapshot[],
  issue: ReportIssue,
): SheetSnapshot | null {
  const keys = new Set(meta.rows.map((r) => r.key));
  const candidates = sheets.filter((s) => !isMetaSheet(s));
  const named = candidates.find((s) => s.name.toLowerCase() === meta.sheetName.toLowerCase());
  const scored = candidates.map((s) => ({ s, n: keyCount(s, keys, colIndex.kunci) }));
  if (named && scored.some((x) => x.s === named && x.n > 0)) return named;
  const best = [...scored].sort((a, b) => b.n - a.n)[0];
  if (best && best.n > 0) {
    issue("info", "returned.sheet.renamed", T.sheet.renamed(meta.sheetName, best.s.name), {
      sheet: best.s.name,
      found: best.s.name,
      expected: meta.sheetName,
    });
    return best.s;
  }
  const shifted = shiftedKeyColumn(candidates, keys);
  if (shifted) {
    const letters = columnLetters(shifted.c);
    issue("error", "returned.sheet.columns-moved", T.sheet.columnsMoved(letters, col.kunci), {
      sheet: shifted.sheet.name,
      cell: `${letters}${shifted.row}`,
      row: shifted.row,
      found: letters,
      expected: col.kunci,
    });
    return null;
  }
  issue("error", "returned.sheet.missing", T.sheet.missing(meta.sheetName), {
    sheet: meta.sheetName,
    found: candidates.map((s) => s.name).join(", ") || T.none,
    expected: T.sheet.missingExpected(meta.sheetName),
  });
  return null;
}

/**
 * The column holding the most metadata keys when it is not the key column: the kode column also
 * holds the keys of program and kegiatan rows, so the fullest column is the shifted key column.
 */
function shiftedKeyColumn(
  sheets: readonly SheetSnapshot[],
  keys: ReadonlySet<string>,
): { sheet: SheetSnapshot; c: number; row: number } | null {
  let best: { sheet: SheetSnapshot; c: number; n: number } | null = null;
  for (const sheet of sheets) {
    const width = sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
    for (let c = 0; c < width; c++) {
      const n = c === colIndex.kunci ? 0 : keyCount(sheet, keys, c);
      if (n > (best?.n ?? 0)) best = { sheet, c, n };
    }
  }
  if (!best) return null;
  const { sheet, c } = best;
  return { sheet, c, row: sheet.values.findIndex((r) => keys.has(keyAt(r, c))) + 1 };
}
