/**
 * The master of a TW I round as the pane would pick it for "Salin dari putaran sebelumnya": its
 * Pengaturan (with the SOP officials), the Data every Bagian reported into, and its "Perjanjian
 * Kinerja" sheet holding `samplePk()`. As sheet plans, and as the .xlsx bytes of a real file.
 */
import { pkSheetFor } from "../../src/app/pk";
import { prepareRound } from "../../src/app/round";
import { dataSheetPlan } from "../../src/domain/ledger/data-sheet";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import type { RoundSetup } from "../../src/domain/setup/setup-types";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import type { SheetPlan } from "../../src/sheet/plan";
import { ikuYearFill, ikuYearInputs } from "../support/iku-fixture";
import { consolidateInMemory, filledFile } from "../support/round-chain";
import { OFFICIALS } from "../support/sop-fixture";

export const PREVIOUS_FILE = "Induk-2026-TW1.xlsx";

/** The TW I setup of the master: the two Bagian of `makeSetup()`, the four SOP officials. */
export function tw1Setup(): RoundSetup {
  return { ...ikuYearInputs("TW1", []).setup, pejabat: Object.values(OFFICIALS) };
}

/** Pengaturan, Data (every Bagian's TW I realisasi) and the Perjanjian Kinerja of a TW I master. */
export function previousMasterPlans(): SheetPlan[] {
  const setup = tw1Setup();
  const inputs = { ...ikuYearInputs("TW1", []), setup };
  const files = prepareRound(inputs).kertasKerja.map((kk) => filledFile(kk, ikuYearFill));
  const { submissions } = consolidateInMemory(setup, files);
  if (submissions.length === 0) throw new Error("no submission consolidated");
  return [setupSheetPlan(setup), dataSheetPlan(setup, submissions), pkSheetFor(inputs.pk ?? null, setup)];
}

export async function previousMasterBytes(): Promise<Uint8Array> {
  return plansToXlsx(previousMasterPlans());
}
