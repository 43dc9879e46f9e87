/**
 * What "Salin dari putaran sebelumnya" takes from a previous round's master, and what the pane says
 * about it. Pure: the setup for the form, the prior report when it brings realisasi, the PK when it
 * has IKU and is of the new round's year (a new year has a PK of its own).
 */
import type { PreviousRoundCopy } from "../app/pk-pane";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { Issue, PkReadResult, PriorReadResult } from "../domain/shared/types";
import { S } from "../strings";

const t = S.taskpane.copy;

export interface CopyTaken {
  fileName: string;
  /** The next round's setup for the form (not saved); null when the file holds none. */
  setup: RoundSetup | null;
  prior: PriorReadResult | null;
  pk: PkReadResult | null;
  /** The notice: its title, that nothing is saved yet, one line per part taken, every issue of the reading. */
  title: string;
  unsaved: string | null;
  taken: string[];
  issues: Issue[];
}

const roundName = (r: { tahun: number; periode: keyof typeof S.common.periode }) =>
  t.round(S.common.periode[r.periode], r.tahun);

/**
 * What to take from `copy`. With `keepPk` (the workbook's own "Perjanjian Kinerja" sheet has IKU),
 * the master's PK is not taken: the round keeps the one on its sheet.
 */
export function takeCopy(copy: PreviousRoundCopy, fileName: string, keepPk = false): CopyTaken {
  // The PK's notes on its layout are left to step 2, which shows the PK; its problems are told here too.
  const pkIssues = (copy.pk?.issues ?? []).filter((i) => i.severity !== "info");
  const issues = [...copy.issues, ...(copy.prior?.issues ?? []), ...pkIssues];
  const { setup } = copy;
  if (!setup) {
    return {
      fileName,
      setup: null,
      prior: null,
      pk: null,
      title: t.failed,
      unsaved: null,
      taken: [],
      issues,
    };
  }
  const prior = copy.prior && copy.prior.values.length > 0 ? copy.prior : null;
  const pkTahun = copy.pk?.pk.tahun ?? null;
  const sameYear = pkTahun === null || pkTahun === setup.tahun;
  const pk = copy.pk && copy.pk.pk.iku.length > 0 && sameYear && !keepPk ? copy.pk : null;
  const next = roundName(setup);
  const pkLine = pk
    ? t.takenPk(pk.pk.iku.length)
    : !copy.pk
      ? t.noPk
      : pkTahun !== null && !sameYear
        ? t.pkOtherYear(pkTahun, setup.tahun)
        : t.pkKept;
  return {
    fileName,
    setup,
    prior,
    pk,
    title: t.copied(copy.previous ? roundName(copy.previous) : "—", fileName),
    unsaved: t.unsaved(next),
    taken: [t.takenSetup(next), prior ? t.takenPrior(prior.values.length) : t.noPrior, pkLine],
    issues,
  };
}
