/**
 * Step 1's request letters for a prepared round: one letter per Bagian that has a kertas kerja,
 * listing the indicators of its kertas kerja, with the deadline of the SOP schedule when the round
 * is scheduled (else the setup's batas waktu).
 */
import { isIsoDate } from "../domain/shared/dates";
import type { RoundSetup } from "../domain/setup/setup-types";
import { readSopState } from "../domain/sop/sop-sheet";
import { defaultNomor, suratSheetPlan, type SuratInput } from "../domain/surat/surat";
import { inCalendarZone } from "../domain/setup/working-time";
import type { SheetPlan } from "../sheet/plan";
import { S } from "../strings";
import type { WorkbookPort } from "./ports";
import type { RoundPreparation } from "./round-types";

/** The SOP step whose planned finish is the Bagian's deadline: "Menghimpun data". */
export const COLLECTION_STEP = 4;

export interface SuratOptions {
  /** Date of the letters, ISO "2026-04-06". */
  tanggal: string;
  /** The deadline, ISO; default the setup's batasWaktu. */
  batasWaktu?: string;
  /** The letter number of the i-th letter; default `defaultNomor`. */
  nomor?: (index: number) => string;
  /** The office address under the kop. */
  alamat?: string;
  /** Place of writing, e.g. "Rantau". */
  tempat?: string;
}

/** The "Surat" sheet for a prepared round, the letters in the order of its kertas kerja. */
export function suratPlanFor(prep: RoundPreparation, setup: RoundSetup, opts: SuratOptions): SheetPlan {
  const nomor = opts.nomor ?? ((i: number) => defaultNomor(setup, i));
  const input: SuratInput = {
    setup,
    tanggal: opts.tanggal,
    batasWaktu: opts.batasWaktu ?? setup.batasWaktu,
    letters: prep.kertasKerja.map((kk, i) => ({
      bagian: kk.bagian,
      nomor: nomor(i),
      indicators: kk.indicators,
    })),
  };
  if (opts.alamat !== undefined) input.alamat = opts.alamat;
  if (opts.tempat !== undefined) input.tempat = opts.tempat;
  return suratSheetPlan(input);
}

/**
 * The Bagian's deadline: the planned finish (ISO date, in the round's calendar zone) of SOP step 4
 * when the workbook holds a readable schedule, else the setup's batasWaktu. Reads only.
 */
export async function deadlineFromSchedule(port: WorkbookPort, setup: RoundSetup): Promise<string> {
  const sheet = await port.readSheet(S.sop.stateSheetName);
  const state = sheet ? readSopState(sheet).state : null;
  const step = state?.steps.find((s) => s.no === COLLECTION_STEP);
  if (!state || !step) return setup.batasWaktu;
  const date = inCalendarZone(step.plannedFinish, state.calendar).slice(0, 10);
  return isIsoDate(date) ? date : setup.batasWaktu;
}
