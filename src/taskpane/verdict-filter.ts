/**
 * Which returned files' reports the consolidation step shows, and in which groups: by Bagian, by
 * verdict and by free text, grouped by verdict with the rejected first (what needs a reply).
 */
import type { FileAssessment, Verdict } from "../domain/returned/submission";

/** Which verdicts the list shows. */
export type VerdictStatus = "all" | Verdict;
export const VERDICT_STATUSES: VerdictStatus[] = ["all", "rejected", "warnings", "accepted"];

/** The order of the groups: what must be sent back first, what is fine last. */
export const VERDICT_ORDER: Verdict[] = ["rejected", "warnings", "accepted"];

/** Every Bagian, the files whose Bagian is not known ("Tanpa Bagian"), or one Bagian's kode. */
export type BagianPick = "all" | "none" | { kode: string };

export interface VerdictFilter {
  bagian: BagianPick;
  status: VerdictStatus;
  /** Free text over the file name, its Bagian, and its issues' messages and cells. */
  query: string;
}

export const NO_VERDICT_FILTER: VerdictFilter = { bagian: "all", status: "all", query: "" };

/** One report kept, with its place in the pick (a stable key: two files may share a name). */
export interface KeptReport {
  index: number;
  assessment: FileAssessment;
}

export interface VerdictGroup {
  verdict: Verdict;
  items: KeptReport[];
}

export interface FilteredVerdicts {
  groups: VerdictGroup[];
  shown: number;
  total: number;
}

type BagianRef = { kode: string; nama: string };

/** The Bagian a file is from: its submission's, else the one its metadata claims, else none. */
export function bagianOf(a: FileAssessment): BagianRef | null {
  return a.submission?.bagian ?? a.claimedBagian ?? null;
}

export interface BagianChoices {
  /** Each Bagian named by some file, once (the first name seen), sorted by name. */
  bagian: BagianRef[];
  /** Whether some file has no Bagian. */
  hasNone: boolean;
}

/** The Bagian the filter can pick from: those the files name, and "Tanpa Bagian" when needed. */
export function bagianChoices(assessments: readonly FileAssessment[]): BagianChoices {
  const byKode = new Map<string, BagianRef>();
  let hasNone = false;
  for (const a of assessments) {
    const b = bagianOf(a);
    if (b === null) hasNone = true;
    else if (!byKode.has(b.kode)) byKode.set(b.kode, { kode: b.kode, nama: b.nama });
  }
  const bagian = [...byKode.values()].sort(
    (x, y) => x.nama.localeCompare(y.nama, "id-ID") || x.kode.localeCompare(y.kode, "id-ID"),
  );
  return { bagian, hasNone };
}

const fold = (s: string) => s.toLocaleLowerCase("id-ID").normalize("NFKD");

function matchesBagian(pick: BagianPick, a: FileAssessment): boolean {
  if (pick === "all") return true;
  const b = bagianOf(a);
  return pick === "none" ? b === null : b?.kode === pick.kode;
}

function matchesQuery(words: string[], a: FileAssessment): boolean {
  if (words.length === 0) return true;
  const b = bagianOf(a);
  const parts = [a.file.name, b?.nama ?? "", b?.kode ?? ""];
  for (const issue of a.issues) parts.push(issue.message, issue.cell ?? "");
  const haystack = fold(parts.join("\n"));
  return words.every((w) => haystack.includes(w));
}

/**
 * The reports the filter keeps, grouped by verdict (ditolak, dengan catatan, diterima), each
 * group in pick order; a group with nothing kept is left out.
 */
export function filterVerdicts(
  assessments: readonly FileAssessment[],
  filter: VerdictFilter,
): FilteredVerdicts {
  const words = fold(filter.query)
    .split(/\s+/)
    .filter((w) => w !== "");
  const kept = assessments.flatMap((assessment, index) =>
    (filter.status === "all" || assessment.verdict === filter.status) &&
    matchesBagian(filter.bagian, assessment) &&
    matchesQuery(words, assessment)
      ? [{ index, assessment }]
      : [],
  );
  const groups = VERDICT_ORDER.map((verdict) => ({
    verdict,
    items: kept.filter((k) => k.assessment.verdict === verdict),
  })).filter((g) => g.items.length > 0);
  return { groups, shown: kept.length, total: assessments.length };
}
