/**
 * Each field of the Pengaturan form has a stable element id made from its `FieldErrors` path
 * ("bagian.3.kepalaNip" → "pengaturan-bagian-3-kepalaNip"), the path the domain's issues carry:
 * a problem in the summary links to its field, whether the form or `saveSetup` found it.
 */
import { S } from "../strings";
import { paneSetupForm } from "../strings/paneSetupForm";
import type { Issue } from "../domain/shared/types";
import { fieldErrorsOf, type FieldErrors, type SetupDraft } from "./setup-form";

const t = S.taskpane.setup;
const T = paneSetupForm.summary;

export const fieldId = (path: string): string => `pengaturan-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;

/** A Field's label that points at the control carrying the path's id. */
export const labelFor = (path: string, text: string) => ({ children: text, htmlFor: fieldId(path) });

const TOP: Partial<Record<string, string>> = {
  instansi: t.instansi,
  tahun: t.tahun,
  periode: t.periode,
  batasWaktu: t.batasWaktu,
  bagian: T.bagianList,
};
const BAGIAN: Partial<Record<string, string>> = {
  kode: t.kode,
  nama: t.namaBagian,
  kepalaNama: t.kepalaNama,
  kepalaNip: t.kepalaNip,
};
const PEJABAT: Partial<Record<string, string>> = { nama: t.nama, jabatan: t.jabatan, nip: t.nip };

/**
 * What the user calls the field at `path`, as the summary names it ("Bagian Hukum · NIP Kepala
 * Bagian"); null when the path is no field of the form (the rules, the calendar's zone).
 */
export function fieldLabel(path: string, draft: SetupDraft): string | null {
  const [head = "", index, field = ""] = path.split(".");
  const i = Number(index);
  if (index === undefined) return TOP[head] ?? null;
  if (!Number.isInteger(i)) return null;
  if (head === "bagian" && BAGIAN[field]) {
    const row = draft.bagian[i]?.nama.trim() || T.bagianRow(i + 1);
    return T.inRow(row, BAGIAN[field] ?? field);
  }
  if (head === "pejabat" && PEJABAT[field]) {
    const peran = draft.pejabat[i]?.peran;
    return T.inRow(
      T.pejabatRow(peran ? S.taskpane.roles[peran] : t.pejabatTitle, i + 1),
      PEJABAT[field] ?? field,
    );
  }
  const weekday = draft.jamKerja[i]?.weekday;
  if (head === "jamKerja" && weekday !== undefined) return T.jamKerja(S.sop.hari[weekday] ?? "");
  if (head === "libur" && field === "date") return T.inRow(T.liburRow(i + 1), t.tanggal);
  return null;
}

/** One line of the summary: a message, and the field it belongs to when the form has one. */
export interface SummaryItem {
  /** The field's path, or null when the problem belongs to no field the form shows. */
  path: string | null;
  text: string;
}

/** Where a path's field stands in the form, top to bottom: its part, then its row. */
const PARTS = [
  "instansi",
  "tahun",
  "periode",
  "batasWaktu",
  "bagian",
  "pejabat",
  "jamKerja",
  "libur",
  "kalender",
];
function rank(path: string): [number, number] {
  const [head = "", index] = path.split(".");
  const part = PARTS.indexOf(head);
  return [part < 0 ? PARTS.length : part, Number(index ?? -1)];
}
const byPlace = (a: string, b: string) => {
  const [pa, ia] = rank(a);
  const [pb, ib] = rank(b);
  return pa - pb || ia - ib;
};

/** The lines of the summary for the form's errors, in the order the form shows its fields. */
export function summaryItems(errors: FieldErrors, draft: SetupDraft): SummaryItem[] {
  return Object.keys(errors)
    .sort(byPlace)
    .flatMap((path) => {
      const message = errors[path];
      if (!message) return [];
      const label = fieldLabel(path, draft);
      return [{ path: label ? path : null, text: label ? T.item(label, message) : message }];
    });
}

/**
 * The lines of the summary for `saveSetup`'s refusal: an error with a field links to it as the
 * form's own would; one without (a cell of the sheet) is told with its cell.
 */
export function rejectionItems(issues: readonly Issue[], draft: SetupDraft): SummaryItem[] {
  const errors = issues.filter((i) => i.severity === "error");
  const other = errors
    .filter((i) => !i.field)
    .map((i) => ({ path: null, text: i.cell ? T.item(i.cell, i.message) : i.message }));
  return [...summaryItems(fieldErrorsOf(errors.filter((i) => i.field)), draft), ...other];
}

/** Brings the field at `path` into view (clear of the save bar) and gives it focus; false when absent. */
export function focusField(path: string): boolean {
  const el = document.getElementById(fieldId(path));
  if (!el) return false;
  el.scrollIntoView?.({ block: "center" });
  el.focus({ preventScroll: true });
  return true;
}
