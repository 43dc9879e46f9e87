/**
 * The Pengaturan form as the user types it (strings), and its checked conversion into a
 * `RoundSetup`. The app's `saveSetup` validates again; this gives the user answers per field
 * before anything is sent to the workbook.
 */
import { S } from "../strings";
import type { Official, RoundRules, RoundSetup, SopRole } from "../domain/setup-types";
import { DEFAULT_RULES, SOP_ROLES } from "../domain/setup-types";
import type { BagianCode, Periode } from "../domain/types";
import {
  DEFAULT_CALENDAR,
  validateCalendar,
  type IsoWeekday,
  type WorkingCalendar,
} from "../domain/working-time";

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

/** People type NIP with spaces ("19650422 198803 1 008"); they are not part of it. */
export const normaliseNip = (nip: string): string => nip.replace(/\s+/g, "");

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Why a NIP is wrong, or null when it is fine. An empty NIP is allowed (the Bagian may fill it
 * in on the kertas kerja). Example: "196504221988031008" is born 1965-04-22, appointed 1988-03,
 * male (1), sequence 008.
 */
export function nipProblem(raw: string): string | null {
  const nip = normaliseNip(raw);
  if (nip === "") return null;
  if (!/^\d{18}$/.test(nip)) return t.nipDigits;
  const num = (from: number, to: number): number => Number(nip.slice(from, to));
  if (!validDate(num(0, 4), num(4, 6), num(6, 8)) || num(0, 4) < 1900) return t.nipBirth;
  const month = num(12, 14);
  if (num(8, 12) < 1900 || month < 1 || month > 12) return t.nipAppointment;
  if (nip[14] !== "1" && nip[14] !== "2") return t.nipSex;
  return null;
}

const KODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/;

/** Checks the whole form; a setup only when there is no error. */
export function checkDraft(draft: SetupDraft): { setup: RoundSetup | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const instansi = draft.instansi.trim();
  if (!instansi) errors.instansi = t.required;
  const tahun = Number(draft.tahun);
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100) errors.tahun = t.tahunInvalid;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.batasWaktu)) errors.batasWaktu = t.dateInvalid;
  if (draft.bagian.length === 0) errors.bagian = t.bagianNone;

  const seen = new Set<string>();
  draft.bagian.forEach((b, i) => {
    const kode = b.kode.trim().toUpperCase();
    if (!KODE.test(kode)) errors[`bagian.${i}.kode`] = t.kodeInvalid;
    else if (seen.has(kode)) errors[`bagian.${i}.kode`] = t.kodeDuplicate;
    seen.add(kode);
    if (!b.nama.trim()) errors[`bagian.${i}.nama`] = t.required;
    const nip = nipProblem(b.kepalaNip);
    if (nip) errors[`bagian.${i}.kepalaNip`] = nip;
  });
  draft.pejabat.forEach((p, i) => {
    const nip = nipProblem(p.nip);
    if (nip) errors[`pejabat.${i}.nip`] = nip;
  });

  const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
  draft.jamKerja.forEach((d, i) => {
    if (!CLOCK.test(d.start) || !CLOCK.test(d.end) || d.start >= d.end)
      errors[`jamKerja.${i}`] = t.jamInvalid;
  });
  const dates = new Set<string>();
  draft.libur.forEach((l, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(l.date)) errors[`libur.${i}.date`] = t.liburDateInvalid;
    else if (dates.has(l.date)) errors[`libur.${i}.date`] = t.liburDuplicate;
    dates.add(l.date);
  });
  const libur = [...draft.libur].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const holidayNames = Object.fromEntries(
    libur.filter((l) => l.keterangan.trim() !== "").map((l) => [l.date, l.keterangan.trim()]),
  );
  const calendar: WorkingCalendar = {
    ...draft.calendar,
    week: draft.jamKerja.map((d) => ({ weekday: d.weekday, start: d.start, end: d.end })),
    holidays: libur.map((l) => l.date),
    holidayNames,
  };
  // The domain's own check, for what the fields above do not cover.
  const calendarIssue = validateCalendar(calendar)[0];
  if (calendarIssue && Object.keys(errors).length === 0) errors.kalender = calendarIssue.message;

  if (Object.keys(errors).length > 0) return { setup: null, errors };
  return {
    errors,
    setup: {
      type: "kertas-kerja-sakip/pengaturan",
      version: 1,
      instansi,
      tahun,
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
      calendar,
    },
  };
}
