import type { CellPlan, CellValue, SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import { fromBase64, toBase64 } from "../shared/base64";
import { canonicalJson, sha256Hex } from "../shared/fingerprint";
import type { KertasKerjaLayout, KkRowKind } from "./kertas-kerja";
import { jsonSheetPlan, readJsonSheet } from "../shared/json-sheet";
import { colIndex, KK_COLUMNS, KK_TEMPLATE_VERSION, type KkColumn } from "./kertas-kerja-layout";
import type { RoundSetup } from "../setup/setup-types";
import type { PerjanjianKinerja } from "../shared/types";
import type { KkPrefill } from "./kertas-kerja-prefill";
import type { BagianCode, Issue, Periode } from "../shared/types";

/** Very hidden sheets named with this prefix carry a kertas kerja's metadata: "_kk_meta_PEM". */
export const KK_META_PREFIX = "_kk_meta_";
/** The metadata sheet name of a Bagian's kertas kerja (one per Bagian, so a master can hold several). */
export const kkMetaSheetName = (bagian: string): string => `${KK_META_PREFIX}${bagian}`.slice(0, 31);
export const KK_META_TYPE = "kertas-kerja-sakip/kertas-kerja";
export const KK_META_VERSION = 1;

export interface KkMetaRow {
  /** Indicator key, or the kode of a program / kegiatan / sub kegiatan row. */
  key: string;
  kind: KkRowKind;
  /** 1-based row where it was generated (rows may move; the key is what counts). */
  row: number;
  /** Columns of this row the Bagian may fill. */
  open: KkColumn[];
  /** SHA-256 of the row's locked content (see `rowContentHash`). */
  hash: string;
  /**
   * The locked content itself, per non-empty column, as `lockedContent` gives it (values in full,
   * formulas as a short hash): lets a reader name the cell that was changed and what it held.
   * Optional: absent from metadata written before it existed, where only the row can be named.
   */
  locked?: Partial<Record<KkColumn, string>>;
}

/** Metadata of one generated kertas kerja. Versioned; a later version keeps a migration here. */
export interface KertasKerjaMeta {
  type: typeof KK_META_TYPE;
  version: typeof KK_META_VERSION;
  templateVersion: number;
  instansi: string;
  bagian: { kode: BagianCode; nama: string };
  tahun: number;
  periode: Periode;
  batasWaktu: string;
  generatedAt: string;
  sheetName: string;
  firstDataRow: number;
  lastDataRow: number;
  signature: KertasKerjaLayout["signature"];
  rows: KkMetaRow[];
  /**
   * The round's setup (Bagian list, rules, calendar) as it stood at generation, so that a master
   * can be started from a returned file alone. Optional: older metadata lacks it.
   */
  setup?: RoundSetup;
  /**
   * The round's Perjanjian Kinerja when it has one, so that a master started from returned files
   * has its sasaran and IKU too. Not part of the fingerprint (an IKU row's facts are).
   */
  pk?: PerjanjianKinerja;
  /**
   * The cells pre-filled (and locked) from a prior report, each with where its value came from:
   * for a master, its round, Data row and cell, the Bagian and the file it was consolidated from.
   * Optional: absent when nothing was pre-filled, and from metadata written before it existed.
   * Not part of the fingerprint: the values themselves are in the rows' locked content.
   */
  prefilled?: KkPrefill[];
  /** SHA-256 over the header facts and every row's key and hash: detects any change to locked content. */
  fingerprint: string;
}

/** A cell's content as it counts for the fingerprint: a formula with its own row number made relative. */
function cellContent(
  value: CellValue | undefined,
  formula: string | null | undefined,
  ownRow: RegExp,
): string {
  if (formula) {
    const f = formula.startsWith("=") ? formula.slice(1) : formula;
    return `=${f.replace(ownRow, "#")}`;
  }
  if (value === null || value === undefined || value === "") return "";
  return typeof value === "number" ? `n:${value}` : `s:${String(value)}`;
}

/** Short hash standing for a formula in `KkMetaRow.locked`. */
const formulaDigest = (content: string): string => `=#${sha256Hex(content).slice(0, 16)}`;

/**
 * A row's locked content per column (non-empty cells only): `n:5`, `s:Dokumen`, or `=#…` for a
 * formula (its own row number made relative first, as in the row hash).
 */
export function lockedContent(
  cells: { value: CellValue | undefined; formula: string | null | undefined }[],
  row: number,
  open: readonly KkColumn[],
): Partial<Record<KkColumn, string>> {
  const ownRow = new RegExp(`(?<=[A-Z])${row}(?![0-9])`, "g");
  const out: Partial<Record<KkColumn, string>> = {};
  for (const c of KK_COLUMNS) {
    if (open.includes(c)) continue;
    const cell = cells[colIndex[c]];
    const content = cellContent(cell?.value, cell?.formula, ownRow);
    if (content !== "") out[c] = content.startsWith("=") ? formulaDigest(content) : content;
  }
  return out;
}

/**
 * Hash of a row's locked content: every column except the ones open for input, as values and
 * formulas (formulas with their own row number replaced, so a moved row keeps its hash).
 */
export function rowContentHash(
  cells: { value: CellValue | undefined; formula: string | null | undefined }[],
  row: number,
  open: readonly KkColumn[],
): string {
  // A reference to the row itself, as in "M11" on row 11 but not "M111" or "M110".
  const ownRow = new RegExp(`(?<=[A-Z])${row}(?![0-9])`, "g");
  const parts = KK_COLUMNS.filter((c) => !open.includes(c)).map((c) => {
    const cell = cells[colIndex[c]];
    return `${c}=${cellContent(cell?.value, cell?.formula, ownRow)}`;
  });
  return sha256Hex(parts.join("\u0001"));
}

const planCells = (planRow: (CellPlan | null)[] | undefined) =>
  KK_COLUMNS.map((_, i) => {
    const cell = planRow?.[i];
    return { value: cell?.value ?? null, formula: cell?.formula ?? null };
  });

/** The same hash computed from a row of a plan. */
export function planRowHash(
  planRow: (CellPlan | null)[] | undefined,
  row: number,
  open: readonly KkColumn[],
): string {
  return rowContentHash(planCells(planRow), row, open);
}

/** The fingerprint over the header facts and the row hashes, order-independent. */
export function metaFingerprint(meta: Omit<KertasKerjaMeta, "fingerprint">): string {
  const rows = [...meta.rows]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => [r.key, r.kind, r.hash]);
  return sha256Hex(
    canonicalJson({
      instansi: meta.instansi,
      bagian: meta.bagian,
      tahun: meta.tahun,
      periode: meta.periode,
      templateVersion: meta.templateVersion,
      rows,
    }),
  );
}

/** Which columns of a generated row were left unlocked. */
export function openColumns(planRow: (CellPlan | null)[] | undefined): KkColumn[] {
  return KK_COLUMNS.filter((c) => planRow?.[colIndex[c]]?.locked === false);
}

export function buildMeta(
  base: Omit<KertasKerjaMeta, "type" | "version" | "templateVersion" | "rows" | "fingerprint">,
  plan: SheetPlan,
  layout: KertasKerjaLayout,
): KertasKerjaMeta {
  const rows: KkMetaRow[] = layout.rows.map((ref) => {
    const planRow = plan.rows[ref.row - 1];
    const open = openColumns(planRow);
    const cells = planCells(planRow);
    return {
      key: ref.key,
      kind: ref.kind,
      row: ref.row,
      open,
      hash: rowContentHash(cells, ref.row, open),
      locked: lockedContent(cells, ref.row, open),
    };
  });
  const meta = {
    type: KK_META_TYPE,
    version: KK_META_VERSION,
    templateVersion: KK_TEMPLATE_VERSION,
    ...base,
    rows,
  } as const;
  return { ...meta, fingerprint: metaFingerprint(meta) };
}

/**
 * How the metadata JSON is packed on its sheet: raw deflate, then base64. With each row's locked
 * content it is ~90 KB of very repetitive JSON for 100 indicators; packed it is ~16 KB, which keeps
 * a whole round of 40 Bagian inside one Excel request. Metadata stored as plain JSON still reads.
 */
export const KK_META_ENCODING = "deflate-raw+base64";

interface PackedMeta {
  type: typeof KK_META_TYPE;
  version: typeof KK_META_VERSION;
  encoding: typeof KK_META_ENCODING;
  data: string;
}

/** The packed envelope (as JSON text) of a metadata JSON text. */
export function packMetaJson(json: string): string {
  const packed: PackedMeta = {
    type: KK_META_TYPE,
    version: KK_META_VERSION,
    encoding: KK_META_ENCODING,
    data: toBase64(deflateSync(strToU8(json))),
  };
  return JSON.stringify(packed);
}

/** The metadata JSON text inside a packed envelope's JSON text (or the text itself when not packed). */
export function unpackMetaJson(text: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const inner = unpack(value);
  return inner === null ? null : JSON.stringify(inner);
}

/** The metadata sheet: a marker, a note for people, then the packed JSON in chunks down column A. */
export function metaSheetPlan(meta: KertasKerjaMeta): SheetPlan {
  return jsonSheetPlan({
    name: kkMetaSheetName(meta.bagian.kode),
    marker: S.kertasKerja.meta.marker,
    version: meta.version,
    note: S.kertasKerja.meta.note,
    json: packMetaJson(JSON.stringify(meta)),
  });
}

/** The metadata inside a packed envelope, or the value itself when it is not one; null when broken. */
function unpack(value: unknown): unknown {
  if (value === null || typeof value !== "object" || !("encoding" in value)) return value;
  const { encoding, data } = value as Partial<PackedMeta>;
  if (encoding !== KK_META_ENCODING || typeof data !== "string") return null;
  const bytes = fromBase64(data);
  if (!bytes) return null;
  try {
    return JSON.parse(strFromU8(inflateSync(bytes))) as unknown;
  } catch {
    return null;
  }
}

export type MetaReadResult = { ok: true; meta: KertasKerjaMeta } | { ok: false; issue: Issue };

/** Reads the metadata sheet back; never throws. */
export function readMeta(snapshot: SheetSnapshot, file?: string): MetaReadResult {
  const fail = (found: string): MetaReadResult => ({
    ok: false,
    issue: {
      severity: "error",
      code: "kk.meta.unreadable",
      message: S.kertasKerja.meta.unreadable(found),
      file,
      sheet: snapshot.name,
      cell: "A1",
      found,
      expected: S.kertasKerja.meta.expected(KK_META_VERSION),
    },
  });
  const read = readJsonSheet(snapshot, S.kertasKerja.meta.marker);
  if (!read.ok) {
    return fail(
      read.problem === "marker"
        ? String(read.found ?? S.kertasKerja.meta.empty)
        : S.kertasKerja.meta.brokenJson,
    );
  }
  const parsed = unpack(read.value);
  // JSON may be any value (null, a number, an array): only an object can be metadata.
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    return fail(S.kertasKerja.meta.brokenJson);
  }
  const meta = parsed as Partial<KertasKerjaMeta>;
  if (meta.type !== KK_META_TYPE) return fail(S.kertasKerja.meta.kind(String(meta.type)));
  if (meta.version !== KK_META_VERSION) return fail(S.kertasKerja.meta.version(String(meta.version)));
  return { ok: true, meta: meta as KertasKerjaMeta };
}
