/**
 * The budget rows an indicator's serapan is taken over: those of its own submission under its
 * program, kegiatan and sub kegiatan, found by an index built once per list of Data rows.
 */
import type { ConsolidatedSubmission } from "../returned/submission";
import type { DataRowRef } from "./analysis";

/**
 * The budget rows of the same submission under an indicator's program, kegiatan and sub kegiatan
 * (a kegiatan or sub kegiatan the indicator has none of: any), in the order of `refs`.
 */
export function scopeBudgetRows(refs: readonly DataRowRef[], ref: DataRowRef): DataRowRef[] {
  const r = ref.row;
  if (r === null) return [];
  let index = budgetIndexes.get(refs);
  if (!index) {
    index = budgetIndex(refs);
    budgetIndexes.set(refs, index);
  }
  return index.get(ref.sub)?.get(scopeKey(r.programKode, r.kegiatanKode, r.subKegiatanKode)) ?? [];
}

/** Per refs, per submission, the budget rows by every scope that takes them (scopeKey). */
type BudgetIndex = Map<ConsolidatedSubmission, Map<string, DataRowRef[]>>;
const budgetIndexes = new WeakMap<readonly DataRowRef[], BudgetIndex>();
/** A kode left open (the indicator has none: any) and a kode a budget row does not have. */
const ANY = "\u0001";
const NONE = "\u0002";
const scopeKey = (program: string, kegiatan: string | null, sub: string | null): string =>
  `${program}\u0000${kegiatan ?? ANY}\u0000${sub ?? ANY}`;

/** Looking a scope up costs one key, not a pass over every row (which made the Analisis quadratic). */
function budgetIndex(refs: readonly DataRowRef[]): BudgetIndex {
  const index: BudgetIndex = new Map();
  for (const o of refs) {
    if (o.row?.budgetRow !== true) continue;
    let scopes = index.get(o.sub);
    if (!scopes) index.set(o.sub, (scopes = new Map()));
    const p = o.row.programKode;
    const k = o.row.kegiatanKode ?? NONE;
    const s = o.row.subKegiatanKode ?? NONE;
    for (const key of [
      scopeKey(p, k, s),
      scopeKey(p, k, null),
      scopeKey(p, null, s),
      scopeKey(p, null, null),
    ]) {
      const rows = scopes.get(key);
      if (rows) rows.push(o);
      else scopes.set(key, [o]);
    }
  }
  return index;
}
