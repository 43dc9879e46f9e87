/**
 * A round's setup: the rules it must keep (one set for the task pane's form, the Pengaturan sheet
 * and the CLI), the Pengaturan sheet that stores it and reads it back, and a setup made from a DPA.
 */
import type { CellPlan, CellValue, SheetPlan, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { bagianCodeFromName } from "./bagian-match";
import { HEADER_FILL, HOUSE_STYLES } from "../shared/house-styles";
import { normalizeLabel } from "../shared/text";
import { isIsoDate, isoToSerial, serialToIso } from "../shared/dates";
import {
  DEFAULT_RULES,
  paperOf,
  SOP_ROLES,
  type Official,
  type RoundSetup,
  type SopRole,
} from "./setup-types";
import { PERIODES, type BagianCode, type Dpa, type Issue, type Periode } from "../shared/types";
import { DEFAULT_CALENDAR, validateCalendar } from "./working-time";
import { calendarRows, cell, readCalendar, sectionsOf, str, type SetupSections } from "./setup-sections";
import { checkScales, readScales, scaleRows } from "./scales";
import { locateSetupIssues, numericNipIssues } from "./setup-cells";
import { paperRow, paperValidation, readPaper } from "./setup-paper";

export const SETUP_TYPE = "kertas-kerja-sakip/pengaturan";
export const SETUP_VERSION = 1;
const T = S.setup;

/** "TW1", "TW I", "Triwulan I", "tahunan" → the Periode; undefined when none fits. */
export function parsePeriode(v: CellValue | undefined): Periode | undefined {
  const s = String(v ?? "")
    .toUpperCase()
    .replace(/TRIWULAN/, "TW")
    .replace(/[\s.]/g, "");
  const roman: Record<string, Periode> = { TWI: "TW1", TWII: "TW2", TWIII: "TW3", TWIV: "TW4" };
  if ((PERIODES as readonly string[]).includes(s)) return s as Periode;
  return roman[s];
}

/** People type a NIP with spaces ("19650422 198803 1 008"); the spaces are not part of it. */
export const normaliseNip = (nip: string): string => nip.replace(/\s+/g, "");

/** What is wrong with a NIP: its shape, birth date, appointment, or sex digit. */
export type NipProblem = "format" | "date" | "appointment" | "sex";

/**
 * Why a NIP is not one, or null when it is. Spaces do not count; then it must be 18 digits: a
 * real birth date TTTTBBHH from 1900, an appointment TTTTBB from 1900 with month 01–12, the sex
 * digit 1 or 2, and a 3-digit sequence.
 * @example nipProblem("19650422 198803 1 008") // null: born 1965-04-22, appointed 1988-03, male
 * @example nipProblem("196504221988131008") // "appointment": month 13
 */
export function nipProblem(raw: string): NipProblem | null {
  const nip = normaliseNip(raw);
  if (!/^\d{18}$/.test(nip)) return "format";
  const year = (from: number) => Number(nip.slice(from, from + 4));
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isIsoDate(birth) || year(0) < 1900) return "date";
  const month = Number(nip.slice(12, 14));
  if (year(8) < 1900 || month < 1 || month > 12) return "appointment";
  return nip[14] === "1" || nip[14] === "2" ? null : "sex";
}

/**
 * A Bagian kode: 1–16 capital letters, digits, "-" or "_", starting with a letter or digit. Every
 * code `bagianCodeFromName` makes passes ("PEM", "ORGA", "PDS2") for a name of up to 15 words.
 */
const BAGIAN_KODE = /^[A-Z0-9][A-Z0-9_-]{0,15}$/;

type Report = (field: string, code: string, message: string, found: string, expected: string) => void;
const E = T.errors;

const NIP_ISSUE: Record<NipProblem, [code: string, message: (who: string) => string, expected: string]> = {
  format: ["setup.nip", E.nip, E.nipExpected],
  date: ["setup.nip-date", E.nipDate, E.nipDateExpected],
  appointment: ["setup.nip-appointment", E.nipAppointment, E.nipAppointmentExpected],
  sex: ["setup.nip-sex", E.nipSex, E.nipSexExpected],
};

/** An empty NIP is allowed: the Bagian may fill it in on the kertas kerja. */
function checkNip(report: Report, field: string, who: string, nip: string): void {
  const problem = normaliseNip(nip) === "" ? null : nipProblem(nip);
  if (!problem) return;
  const [code, message, expected] = NIP_ISSUE[problem];
  report(field, code, message(who), nip, expected);
}

function checkRound(setup: RoundSetup, report: Report): void {
  if (setup.instansi.trim() === "")
    report("instansi", "setup.instansi", E.required(T.labels.instansi), "", T.defaultInstansi);
  if (!Number.isInteger(setup.tahun) || setup.tahun < 2000 || setup.tahun > 2100)
    report("tahun", "setup.tahun", E.tahun, String(setup.tahun), E.tahunExpected);
  if (!PERIODES.includes(setup.periode))
    report("periode", "setup.periode", E.periode, String(setup.periode), E.periodeExpected);
  if (!isIsoDate(setup.batasWaktu))
    report("batasWaktu", "setup.batas-waktu", E.date(T.labels.batasWaktu), setup.batasWaktu, E.dateExpected);
}

function checkBagian(bagian: RoundSetup["bagian"], report: Report): void {
  if (bagian.length === 0) report("bagian", "setup.bagian.none", E.noBagian, "", E.noBagianExpected);
  const seen = new Set<string>();
  bagian.forEach((b, i) => {
    const kode = `bagian.${i}.kode`;
    if (!BAGIAN_KODE.test(b.kode))
      report(kode, "setup.bagian.kode", E.kodeBagian, b.kode, E.kodeBagianExpected);
    const upper = b.kode.toUpperCase();
    if (seen.has(upper))
      report(kode, "setup.bagian.duplicate", E.duplicateKode(b.kode), b.kode, E.duplicateKodeExpected);
    seen.add(upper);
    const nama = T.fields.namaBagian;
    if (b.nama.trim() === "") report(`bagian.${i}.nama`, "setup.bagian.nama", E.required(nama), "", nama);
    checkNip(report, `bagian.${i}.kepalaNip`, T.fields.kepala(b.nama), b.kepala.nip);
  });
}

function checkRules(rules: RoundSetup["rules"], report: Report): void {
  const mins = rules.predikat.map((b) => b.min);
  if (mins.some((m, i) => i > 0 && m >= (mins[i - 1] ?? Infinity)))
    report("rules", "setup.predikat", E.predikat, mins.join(", "), E.predikatExpected);
  if (!(rules.capaianCap >= 100))
    report("rules", "setup.cap", E.capaianCap, String(rules.capaianCap), E.capaianCapExpected);
  checkScales(rules.scales, report);
}

/** A holiday listed twice is a slip in the list (the calendar itself would not mind). */
function checkHolidayRepeats(holidays: readonly string[], report: Report): void {
  const seen = new Set<string>();
  holidays.forEach((date, i) => {
    if (!isIsoDate(date)) return;
    if (seen.has(date)) {
      const message = E.liburDuplicate(date);
      report(`libur.${i}.date`, "setup.libur.duplicate", message, date, E.liburDuplicateExpected);
    }
    seen.add(date);
  });
}

/**
 * Every problem of a setup, each with the form field it belongs to (`Issue.field`): the one set
 * of rules for the task pane's form, the Pengaturan sheet and the CLI. All are errors.
 */
export function validateSetup(setup: RoundSetup): Issue[] {
  const issues: Issue[] = [];
  const report: Report = (field, code, message, found, expected) =>
    issues.push({ severity: "error", code, message, sheet: T.sheetName, field, found, expected });
  checkRound(setup, report);
  checkBagian(setup.bagian, report);
  setup.pejabat.forEach((p, i) => checkNip(report, `pejabat.${i}.nip`, T.roles[p.peran], p.nip));
  checkRules(setup.rules, report);
  issues.push(...validateCalendar(setup.calendar, T.sheetName));
  checkHolidayRepeats(setup.calendar.holidays, report);
  return issues;
}

/** The visible, protected "Pengaturan" sheet that stores a round's setup in the workbook. */
export function setupSheetPlan(setup: RoundSetup): SheetPlan {
  const text = { numberFormat: "@" };
  const rows = setupRows(setup);
  return {
    name: T.sheetName,
    visibility: "visible",
    rows,
    styles: {
      ...HOUSE_STYLES,
      section: { bold: true, fill: "#E2EFDA" },
      // Aligned as text is, unlike the house header: the setup sheet has always looked so.
      header: { bold: true, border: true, fill: HEADER_FILL, wrap: true },
      value: text,
      boxed: { ...text, border: true },
      number: { numberFormat: "0" },
      date: { numberFormat: "dd mmmm yyyy", hAlign: "left" },
      boxedDate: { numberFormat: "dd mmmm yyyy", hAlign: "left", border: true },
      boxedNumber: { numberFormat: "General", border: true },
    },
    columns: [{ width: 34 }, { width: 34 }, { width: 34 }, { width: 22 }],
    merges: [],
    validations: [paperValidation(rows.findIndex((r) => r[0]?.value === T.labels.kertas))],
    protection: {},
    print: { orientation: "portrait", paperSize: paperOf(setup.rules), fitToWidth: true },
    tabColor: "#4472C4",
  };
}

/** The marker, the round's values, then the tables of Bagian, officials, predikat bands, qualitative scales and the calendar. */
function setupRows(setup: RoundSetup): (CellPlan | null)[][] {
  return [
    [cell(T.title, "title")],
    [cell(T.marker, "marker"), cell(SETUP_VERSION, "marker"), cell(T.formatLine(SETUP_VERSION), "marker")],
    [],
    [cell(T.labels.instansi, "label"), cell(setup.instansi)],
    [cell(T.labels.tahun, "label"), cell(setup.tahun, "number")],
    [cell(T.labels.periode, "label"), cell(setup.periode), cell(S.common.periode[setup.periode])],
    [cell(T.labels.batasWaktu, "label"), cell(isoToSerial(setup.batasWaktu), "date")],
    [cell(T.labels.capaianCap, "label"), cell(setup.rules.capaianCap, "number")],
    [
      cell(T.labels.negativeFormula, "label"),
      cell(setup.rules.negativeFormula),
      cell(T.negativeFormula[setup.rules.negativeFormula]),
    ],
    paperRow(setup.rules),
    [],
    [cell(T.sections.bagian, "section")],
    T.bagianHeader.map((h) => cell(h, "header")),
    ...setup.bagian.map((b) => [
      cell(b.kode, "boxed"),
      cell(b.nama, "boxed"),
      cell(b.kepala.nama, "boxed"),
      cell(b.kepala.nip, "boxed"),
    ]),
    [],
    [cell(T.sections.pejabat, "section")],
    T.pejabatHeader.map((h) => cell(h, "header")),
    ...SOP_ROLES.map((role) => {
      const p = setup.pejabat.find((o) => o.peran === role);
      return [
        cell(T.roles[role], "boxed"),
        cell(p?.nama ?? "", "boxed"),
        cell(p?.jabatan ?? "", "boxed"),
        cell(p?.nip ?? "", "boxed"),
      ];
    }),
    [],
    [cell(T.sections.predikat, "section")],
    T.predikatHeader.map((h) => cell(h, "header")),
    ...setup.rules.predikat.map((b) => [
      cell(Number.isFinite(b.min) ? b.min : T.lowestBand, "boxed"),
      cell(b.label, "boxed"),
    ]),
    ...scaleRows(setup.rules.scales),
    ...calendarRows(setup.calendar),
  ];
}

/** Reads the "Pengaturan" sheet back into a setup; never throws. */
export function readSetupSheet(snapshot: SheetSnapshot): { setup: RoundSetup | null; issues: Issue[] } {
  const unreadable = markerIssue(snapshot);
  if (unreadable) return { setup: null, issues: [unreadable] };
  const sections = sectionsOf(snapshot.values);
  const { valueOf, table } = sections;
  const batas = valueOf(T.labels.batasWaktu);
  const paper = readPaper(sections, snapshot.name);
  const setup: RoundSetup = {
    type: SETUP_TYPE,
    version: SETUP_VERSION,
    instansi: str(valueOf(T.labels.instansi)),
    tahun: Number(valueOf(T.labels.tahun)),
    periode: parsePeriode(valueOf(T.labels.periode)) ?? ("" as Periode),
    batasWaktu: typeof batas === "number" ? serialToIso(batas) : str(batas),
    bagian: table(T.sections.bagian).map((r) => ({
      kode: str(r[0]) as BagianCode,
      nama: str(r[1]),
      kepala: { nama: str(r[2]), nip: str(r[3]) },
    })),
    pejabat: readPejabat(sections),
    rules: { ...readRules(sections), paperSize: paper.paperSize },
    calendar: readCalendar(sections),
  };
  // Each problem at its cell, as a person who typed the sheet in any program needs it.
  const issues = [
    ...locateSetupIssues(validateSetup(setup), snapshot, setup),
    ...numericNipIssues(snapshot),
    ...(paper.issue ? [paper.issue] : []),
  ];
  return { setup: issues.some((i) => i.severity === "error") ? null : setup, issues };
}

/** An error when the sheet is not a Pengaturan sheet (A2) or of a version this product does not know (B2). */
function markerIssue(snapshot: SheetSnapshot): Issue | null {
  const v = snapshot.values;
  const fail = (message: string, found: string, expected: string, cellAddress = "A2"): Issue => ({
    severity: "error",
    code: "setup.unreadable",
    message,
    sheet: snapshot.name,
    cell: cellAddress,
    found,
    expected,
  });
  if (str(v[1]?.[0]) !== T.marker) return fail(T.errors.notASetupSheet, str(v[1]?.[0]), T.marker);
  if (v[1]?.[1] !== SETUP_VERSION) {
    return fail(
      T.errors.unknownVersion(str(v[1]?.[1])),
      str(v[1]?.[1]),
      T.errors.unknownVersionExpected(SETUP_VERSION),
      "B2",
    );
  }
  return null;
}

/** The officials named in the sheet's table of roles. */
function readPejabat({ table }: SetupSections): Official[] {
  return table(T.sections.pejabat).flatMap((r) => {
    const peran = (Object.keys(T.roles) as SopRole[]).find((k) => T.roles[k] === str(r[0]));
    const person = { nama: str(r[1]), jabatan: str(r[2]), nip: str(r[3]) };
    // A role nobody has been named for yet is a row of the form, not an official.
    return peran && (person.nama || person.nip) ? [{ peran, ...person }] : [];
  });
}

/** The predikat bands, the capaian cap, the negative formula and the scales; what is blank takes the default. */
function readRules(sections: SetupSections): RoundSetup["rules"] {
  const { valueOf, table } = sections;
  const predikat = table(T.sections.predikat).map((r) => ({
    min: typeof r[0] === "number" ? r[0] : Number.NEGATIVE_INFINITY,
    label: str(r[1]),
  }));
  const negative = str(valueOf(T.labels.negativeFormula));
  const cap = valueOf(T.labels.capaianCap);
  return {
    predikat: predikat.length > 0 ? predikat : DEFAULT_RULES.predikat,
    capaianCap: typeof cap === "number" ? cap : DEFAULT_RULES.capaianCap,
    negativeFormula:
      negative === "rasio"
        ? "rasio"
        : negative === "selisih" || negative === ""
          ? "selisih"
          : DEFAULT_RULES.negativeFormula,
    scales: readScales(sections),
  };
}

/**
 * A setup for a round run without a Pengaturan sheet (the CLI): one Bagian for each distinct
 * Bagian named in the DPA, in order of first appearance; no officials yet.
 */
export function setupFromDpa(
  dpa: Dpa,
  opts: { instansi?: string; tahun: number; periode: Periode; batasWaktu?: string },
): RoundSetup {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const node of dpa.nodes) {
    const written = node.bagian?.trim();
    if (!written) continue;
    // "Organisasi" and "Bagian Organisasi" are one Bagian, named the long way.
    const bare = written.replace(/^bagian\s+/i, "");
    const key = normalizeLabel(bare);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(`Bagian ${bare}`);
  }
  const taken = new Set<string>();
  const bagian = names.map((nama) => {
    const kode = bagianCodeFromName(nama, taken);
    taken.add(kode);
    return { kode, nama, kepala: { nama: "", nip: "" } };
  });
  return {
    type: SETUP_TYPE,
    version: SETUP_VERSION,
    instansi: opts.instansi ?? T.defaultInstansi,
    tahun: opts.tahun,
    periode: opts.periode,
    batasWaktu: opts.batasWaktu ?? defaultBatasWaktu(opts.tahun, opts.periode),
    bagian,
    pejabat: [],
    rules: DEFAULT_RULES,
    calendar: DEFAULT_CALENDAR,
  };
}

/**
 * The default deadline: the 15th of the month the round's letters go out (Januari for TW IV and
 * Tahunan of the year before, April for TW I, Juli for TW II, Oktober for TW III).
 */
export function defaultBatasWaktu(tahun: number, periode: Periode): string {
  const month: Record<Periode, [number, number]> = {
    TW1: [tahun, 4],
    TW2: [tahun, 7],
    TW3: [tahun, 10],
    TW4: [tahun + 1, 1],
    TAHUNAN: [tahun + 1, 1],
  };
  const [y, m] = month[periode];
  return `${y}-${String(m).padStart(2, "0")}-15`;
}
