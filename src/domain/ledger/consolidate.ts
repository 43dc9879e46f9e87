/**
 * Deciding what a pick of returned files does to the master: which Bagian are new, which replace
 * an earlier submission (with the cell-by-cell difference the user sees first), which change
 * nothing, and which are claimed by two different files (the user chooses). Pure and
 * deterministic: the outcome never depends on the order in which files were picked.
 */
import { col, REALISASI_TW } from "../kertas-kerja/kertas-kerja-layout";
import type { RoundSetup } from "../setup/setup-types";
import type { ConsolidatedSubmission, Submission, SubmittedRow } from "../returned/submission";
import type { BagianCode } from "../shared/types";

/** The fields of a submission row a Bagian fills in, with the kertas kerja column each comes from. */
export const INPUT_FIELDS = [
  "realisasiTw1",
  "realisasiTw2",
  "realisasiTw3",
  "realisasiTw4",
  "realisasiAnggaran",
  "pendorong",
  "penghambat",
  "tindakLanjut",
  "buktiDukung",
] as const;
export type InputField = (typeof INPUT_FIELDS)[number];

/** One cell that differs between the submission in the master and the one replacing it. */
export interface CellChange {
  /** Row key (indicator key, or the sub kegiatan kode of a budget-only row). */
  key: string;
  /** What the row is, for people: the indicator, or the sub kegiatan. */
  label: string;
  field: InputField | "row" | "signature.tanggal" | "signature.nama" | "signature.nip";
  /** The cell in the new file, when there is one ("N15"). */
  cell: string | null;
  before: string | number | null;
  after: string | number | null;
}

export type Proposal =
  | { kind: "new"; bagian: BagianCode; submission: Submission }
  | {
      kind: "replace";
      bagian: BagianCode;
      submission: Submission;
      previous: ConsolidatedSubmission;
      changes: CellChange[];
    }
  /** The same file again, or a file whose content equals what the master holds: nothing to write. */
  | { kind: "unchanged"; bagian: BagianCode; submission: Submission; previous: ConsolidatedSubmission };

/** Two or more different files claim the same Bagian in one pick. */
export interface Conflict {
  bagian: BagianCode;
  /** Sorted by file SHA-256, so that the list is the same whatever the pick order. */
  candidates: Submission[];
}

export interface ConsolidationPlan {
  /** In the setup's Bagian order. */
  proposals: Proposal[];
  conflicts: Conflict[];
}

const bySha = (a: Submission, b: Submission): number =>
  a.file.sha256 < b.file.sha256 ? -1 : a.file.sha256 > b.file.sha256 ? 1 : 0;

/** Position of a Bagian in the setup (unknown ones last, by kode). */
function bagianOrder(setup: RoundSetup): (kode: string) => number {
  const order = new Map(setup.bagian.map((b, i) => [b.kode as string, i]));
  return (kode) => order.get(kode) ?? setup.bagian.length;
}

/**
 * What accepting these submissions would do. `choices` settles conflicts: Bagian kode → SHA-256
 * of the file the user picked; a conflict without a choice is left out of the proposals.
 * The same file picked twice counts once.
 */
export function planConsolidation(
  setup: RoundSetup,
  current: readonly ConsolidatedSubmission[],
  accepted: readonly Submission[],
  choices: Readonly<Record<string, string>> = {},
): ConsolidationPlan {
  const groups = new Map<string, Submission[]>();
  for (const sub of accepted) {
    const list = groups.get(sub.bagian.kode) ?? [];
    if (!list.some((s) => s.file.sha256 === sub.file.sha256)) list.push(sub);
    groups.set(sub.bagian.kode, list);
  }
  const order = bagianOrder(setup);
  const kodes = [...groups.keys()].sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
  const proposals: Proposal[] = [];
  const conflicts: Conflict[] = [];
  for (const kode of kodes) {
    const candidates = [...(groups.get(kode) ?? [])].sort(bySha);
    let chosen = candidates[0];
    if (candidates.length > 1) {
      chosen = candidates.find((c) => c.file.sha256 === choices[kode]);
      if (!chosen) {
        conflicts.push({ bagian: kode as BagianCode, candidates });
        continue;
      }
    }
    if (!chosen) continue;
    const previous = current.find((c) => c.bagian.kode === kode);
    if (!previous) {
      proposals.push({ kind: "new", bagian: kode as BagianCode, submission: chosen });
      continue;
    }
    const changes = diffSubmissions(previous, chosen);
    if (previous.file.sha256 === chosen.file.sha256 || changes.length === 0) {
      proposals.push({ kind: "unchanged", bagian: kode as BagianCode, submission: chosen, previous });
    } else {
      proposals.push({ kind: "replace", bagian: kode as BagianCode, submission: chosen, previous, changes });
    }
  }
  return { proposals, conflicts };
}

const fieldValue = (row: SubmittedRow, field: InputField): string | number | null => {
  const i = REALISASI_TW.findIndex((c) => c === field);
  if (i >= 0) return row.realisasiTw[i] ?? null;
  return row[field as Exclude<InputField, (typeof REALISASI_TW)[number]>];
};

/** The sheet row a submission row's inputs came from ("M15:AA15;V14" → 15). */
function sheetRowOf(row: SubmittedRow): number | null {
  const m = /^[A-Z]+(\d+)/.exec(row.cells);
  return m ? Number(m[1]) : null;
}

/** The cell of a field in the returned file, when the row is known. */
function cellOf(row: SubmittedRow, field: InputField): string | null {
  if (field === "realisasiAnggaran") {
    const budget = row.cells.split(";")[1];
    return budget ?? null;
  }
  const r = sheetRowOf(row);
  return r === null ? null : `${col[field]}${r}`;
}

const rowLabel = (row: SubmittedRow): string => row.indikator ?? row.subKegiatanNama ?? row.key;

/**
 * Cell-by-cell difference of what a Bagian filled in: every input field of every row (matched by
 * key), the rows only one side has, and the signature block.
 */
export function diffSubmissions(before: Submission, after: Submission): CellChange[] {
  const changes: CellChange[] = [];
  const old = new Map(before.rows.map((r) => [r.key, r]));
  const seen = new Set<string>();
  for (const row of after.rows) {
    seen.add(row.key);
    const prev = old.get(row.key);
    if (!prev) {
      changes.push({
        key: row.key,
        label: rowLabel(row),
        field: "row",
        cell: null,
        before: null,
        after: row.key,
      });
      continue;
    }
    for (const field of INPUT_FIELDS) {
      const a = fieldValue(prev, field);
      const b = fieldValue(row, field);
      if (a !== b)
        changes.push({
          key: row.key,
          label: rowLabel(row),
          field,
          cell: cellOf(row, field),
          before: a,
          after: b,
        });
    }
  }
  for (const row of before.rows) {
    if (!seen.has(row.key)) {
      changes.push({
        key: row.key,
        label: rowLabel(row),
        field: "row",
        cell: null,
        before: row.key,
        after: null,
      });
    }
  }
  for (const part of ["tanggal", "nama", "nip"] as const) {
    const a = before.signature[part];
    const b = after.signature[part];
    if (a !== b) {
      changes.push({ key: "", label: "", field: `signature.${part}`, cell: null, before: a, after: b });
    }
  }
  return changes;
}

export interface Provenance {
  /** ISO instant with offset. */
  importedAt: string;
  /** Who accepted the import, as the Log names them. */
  importedBy: string;
}

export interface AppliedConsolidation {
  /** The master's submissions afterwards, in the setup's Bagian order. */
  current: ConsolidatedSubmission[];
  /** Submissions a re-submission replaced (for the Riwayat sheet), in the setup's Bagian order. */
  replaced: ConsolidatedSubmission[];
  /** Whether anything changes at all. */
  changed: boolean;
}

/** The master's submissions after the proposals are accepted. */
export function applyConsolidation(
  setup: RoundSetup,
  current: readonly ConsolidatedSubmission[],
  proposals: readonly Proposal[],
  provenance: Provenance,
): AppliedConsolidation {
  const next = new Map(current.map((s) => [s.bagian.kode as string, s]));
  const replaced: ConsolidatedSubmission[] = [];
  let changed = false;
  for (const p of proposals) {
    if (p.kind === "unchanged") continue;
    if (p.kind === "replace") replaced.push(p.previous);
    next.set(p.bagian, { ...p.submission, ...provenance });
    changed = true;
  }
  const order = bagianOrder(setup);
  const sorted = [...next.values()].sort(
    (a, b) => order(a.bagian.kode) - order(b.bagian.kode) || (a.bagian.kode < b.bagian.kode ? -1 : 1),
  );
  return { current: sorted, replaced, changed };
}
