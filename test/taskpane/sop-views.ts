/** SopView fixtures for the SOP panel's component tests: the officials of test/support/sop-fixture. */
import { DEFAULT_SOP, type SopStatus } from "../../src/domain/sop/sop";
import type { ParafView, SopStepRow, SopView } from "../../src/taskpane/sop-view";
import { OFFICIALS } from "../support/sop-fixture";

export const DUE_1 = "Senin, 6 April 2026 08.00 WITA";

/** The eight steps with the given statuses (the rest "belum"). */
export function rows(statuses: Partial<Record<number, SopStatus>> = {}, done: number[] = []): SopStepRow[] {
  return DEFAULT_SOP.steps.map((s, i) => ({
    no: s.no,
    aktivitas: s.aktivitas,
    role: s.pelaksana,
    status: statuses[s.no] ?? (done.includes(s.no) ? "selesai" : "belum"),
    started: done.includes(s.no) || statuses[s.no] === "berjalan",
    done: done.includes(s.no),
    late: statuses[s.no] === "terlambat" ? "1 jam 30 menit" : "",
    due: i === 0 ? DUE_1 : `Selasa, 7 April 2026 ${String(8 + i).padStart(2, "0")}.00 WITA`,
  }));
}

export function unscheduledView(): SopView {
  return {
    setupReady: true,
    officials: Object.values(OFFICIALS),
    steps: null,
    current: null,
    overdue: [],
    collection: null,
    paraf: null,
    signature: null,
    issues: [],
  };
}

/** A scheduled round whose first open step is `current`. */
export function scheduledView(
  opts: {
    statuses?: Partial<Record<number, SopStatus>>;
    done?: number[];
    paraf?: ParafView | null;
    signature?: ParafView | null;
  } = {},
): SopView {
  const steps = rows(opts.statuses, opts.done);
  const step = steps.find((s) => !s.done) ?? null;
  const who = step ? (Object.values(OFFICIALS).find((o) => o.peran === step.role) ?? null) : null;
  return {
    ...unscheduledView(),
    steps,
    current: step ? { step, who } : null,
    overdue: steps.filter((s) => s.status === "terlambat" && !s.done),
    collection: "2 kertas kerja dibuat. Penerimaan dihitung setelah konsolidasi.",
    paraf: opts.paraf ?? null,
    signature: opts.signature ?? null,
  };
}

export const parafBy = (valid: boolean): ParafView => ({
  nama: OFFICIALS.kabag.nama,
  jabatan: OFFICIALS.kabag.jabatan,
  at: "Rabu, 29 April 2026 09.15 WITA",
  valid,
});
