/**
 * The Pengaturan form as the user types it (strings), and its conversion into a `RoundSetup`,
 * checked by the domain's `validateSetup` (the same rules `saveSetup` and the CLI apply): this
 * gives the user answers per field before anything is sent to the workbook.
 */
import { S } from "../strings";
import { SETUP_TYPE, SETUP_VERSION, normaliseNip, validateSetup } from "../domain/setup/setup";
import type { Official, RoundRules, RoundSetup, SopRole } from "../domain/setup/setup-types";
import { DEFAULT_RULES, SOP_ROLES } from "../domain/setup/setup-types";
import type { ProposedBagian } from "../domain/setup/propose-bagian";
import type { BagianCode, Issue, Periode } from "../domain/shared/types";
import { DEFAULT_CALENDAR, type IsoWeekday, type WorkingCalendar } from "../domain/setup/working-time";

const t = S.taskpane.setup;

export interface BagianDraft {
  /** React key only; never stored. */
  id: string;
  kode: string;
  nama: string;
  kepalaNama: string;
  kepalaNip: string;
}

export interface OfficialDraft {
  id: string;
  peran: SopRole;
  nama: string;
  jabatan: string;
  nip: string;
}

/** The hours of one worked weekday. */
export interface JamKerjaDraft {
  weekday: IsoWeekday;
  start: string;
  end: string;
}

/** One libur nasional or cuti bersama. */
export interface LiburDraft {
  id: string;
  /** ISO date from the date input. */
  date: string;
  keterangan: string;
}

export interface SetupDraft {
  instansi: string;
  tahun: string;
  periode: Periode;
  batasWaktu: string;
  bagian: BagianDraft[];
  pejabat: OfficialDraft[];
  /** Carried over unchanged: the form does not edit the rating rules. */
  rules: RoundRules;
  /** The working days and their hours, in weekday order. */
  jamKerja: JamKerjaDraft[];
  libur: LiburDraft[];
  /** The zone and the rest of the calendar, carried over unchanged. */
  calendar: WorkingCalendar;
}

/** Field path → message, e.g. `bagian.3.kepalaNip`. */
export type FieldErrors = Partial<Record<string, string>>;

let nextId = 0;
export const newId = (): string => `r${++nextId}`;

/** A Bagian as a label after the word "Bagian": "Pemerintahan" (not "Bagian Bagian …"), or its row number. */
export const bagianLabel = (nama: string, index: number): string =>
  nama.trim().replace(/^bagian\s+/i, "") || String(index + 1);

export function emptyBagian(): BagianDraft {
  return { id: newId(), kode: "", nama: "", kepalaNama: "", kepalaNip: "" };
}

export function emptyOfficial(peran: SopRole): OfficialDraft {
  return { id: newId(), peran, nama: "", jabatan: S.taskpane.roles[peran], nip: "" };
}

export function emptyLibur(): LiburDraft {
  return { id: newId(), date: "", keterangan: "" };
}

function calendarDraft(cal: WorkingCalendar): Pick<SetupDraft, "jamKerja" | "libur" | "calendar"> {
  return {
    jamKerja: [...cal.week]
      .sort((a, b) => a.weekday - b.weekday)
      .map((d) => ({ weekday: d.weekday, start: d.start, end: d.end })),
    libur: cal.holidays.map((date) => ({ id: newId(), date, keterangan: cal.holidayNames?.[date] ?? "" })),
    calendar: cal,
  };
}

/** A new round's form: this year, TW I, one row per SOP role. */
export function defaultDraft(today: Date): SetupDraft {
  return {
    instansi: "",
    tahun: String(today.getFullYear()),
    periode: "TW1",
    batasWaktu: "",
    bagian: [emptyBagian()],
    pejabat: SOP_ROLES.map(emptyOfficial),
    rules: DEFAULT_RULES,
    ...calendarDraft(DEFAULT_CALENDAR),
  };
}

export function draftFromSetup(setup: RoundSetup): SetupDraft {
  return {
    instansi: setup.instansi,
    tahun: String(setup.tahun),
    periode: setup.periode,
    batasWaktu: setup.batasWaktu,
    bagian: setup.bagian.map((b) => ({
      id: newId(),
      kode: b.kode,
      nama: b.nama,
      kepalaNama: b.kepala.nama,
      kepalaNip: b.kepala.nip,
    })),
    pejabat: setup.pejabat.map((p) => ({
      id: newId(),
      peran: p.peran,
      nama: p.nama,
      jabatan: p.jabatan,
      nip: p.nip,
    })),
    rules: setup.rules,
    ...calendarDraft(setup.calendar),
  };
}

/** The message beside a field for each rule of `validateSetup`; a code not listed shows the domain's. */
const FIELD_MESSAGE: Partial<Record<string, string>> = {
  "setup.instansi": t.required,
  "setup.tahun": t.tahunInvalid,
  "setup.batas-waktu": t.dateInvalid,
  "setup.bagian.none": t.bagianNone,
  "setup.bagian.kode": t.kodeInvalid,
  "setup.bagian.duplicate": t.kodeDuplicate,
  "setup.bagian.nama": t.required,
  "setup.nip": t.nipDigits,
  "setup.nip-date": t.nipBirth,
  "setup.nip-appointment": t.nipAppointment,
  "setup.nip-sex": t.nipSex,
  "sop.calendar.time": t.jamInvalid,
  "sop.calendar.hours": t.jamInvalid,
  "sop.calendar.holiday": t.liburDateInvalid,
  "setup.libur.duplicate": t.liburDuplicate,
};

/**
 * The setup the form stands for, as typed: text trimmed, kode in capitals, NIP without spaces,
 * tahun as a number (NaN when it is none). Rows keep the form's order, so that an issue's field
 * (`bagian.2.kode`, `libur.4.date`) names the row the user sees. Not checked: see `checkDraft`.
 */
export function setupFromDraft(draft: SetupDraft): RoundSetup {
  const libur = draft.libur.map((l) => ({ date: l.date, keterangan: l.keterangan.trim() }));
  return {
    type: SETUP_TYPE,
    version: SETUP_VERSION,
    instansi: draft.instansi.trim(),
    tahun: draft.tahun.trim() === "" ? Number.NaN : Number(draft.tahun),
    periode: draft.periode,
    batasWaktu: draft.batasWaktu,
    bagian: draft.bagian.map((b) => ({
      kode: b.kode.trim().toUpperCase() as BagianCode,
      nama: b.nama.trim(),
      kepala: { nama: b.kepalaNama.trim(), nip: normaliseNip(b.kepalaNip) },
    })),
    pejabat: draft.pejabat.map((p): Official => ({
      peran: p.peran,
      nama: p.nama.trim(),
      jabatan: p.jabatan.trim(),
      nip: normaliseNip(p.nip),
    })),
    rules: draft.rules,
    calendar: {
      ...draft.calendar,
      week: draft.jamKerja.map((d) => ({ weekday: d.weekday, start: d.start, end: d.end })),
      holidays: libur.map((l) => l.date),
      holidayNames: Object.fromEntries(
        libur.filter((l) => l.keterangan !== "").map((l) => [l.date, l.keterangan]),
      ),
    },
  };
}

/**
 * The first message for each field among the errors of `issues` (the domain's, from the form's
 * check or from `saveSetup`), worded for the form; an error without a field is under "setup".
 */
export function fieldErrorsOf(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const field = issue.field ?? "setup";
    errors[field] ??= FIELD_MESSAGE[issue.code] ?? issue.message;
  }
  return errors;
}

/**
 * Checks the whole form with the domain's `validateSetup`: the first message for each field, and
 * the setup (holidays in date order) only when there is no error.
 */
export function checkDraft(draft: SetupDraft): { setup: RoundSetup | null; errors: FieldErrors } {
  const setup = setupFromDraft(draft);
  const errors = fieldErrorsOf(validateSetup(setup));
  if (Object.keys(errors).length > 0) return { setup: null, errors };
  const holidays = [...setup.calendar.holidays].sort();
  return { errors, setup: { ...setup, calendar: { ...setup.calendar, holidays } } };
}

const blankBagian = (b: BagianDraft) =>
  [b.kode, b.nama, b.kepalaNama, b.kepalaNip].every((v) => v.trim() === "");

/** The form has no Bagian filled yet (a new round's one empty row, or none). */
export const hasNoBagian = (draft: Pick<SetupDraft, "bagian">): boolean => draft.bagian.every(blankBagian);

/** The form's Bagian with the proposed ones after them, empty rows dropped; unsaved. */
export function withProposed(draft: SetupDraft, proposed: readonly ProposedBagian[]): SetupDraft {
  const added = proposed.map((p) => ({
    id: newId(),
    kode: p.kode,
    nama: p.nama,
    kepalaNama: "",
    kepalaNip: "",
  }));
  return { ...draft, bagian: [...draft.bagian.filter((b) => !blankBagian(b)), ...added] };
}
