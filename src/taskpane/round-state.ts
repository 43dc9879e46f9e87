/** What the task pane has gathered for one round so far, and how it changes. Pure. */
import type { PanePk, PaneState } from "../app/pane-state";
import type { IndicatorReview, RoundInputs } from "../app/round-types";
import type { RoundSetup } from "../domain/setup/setup-types";
import type {
  BagianCode,
  DpaReadResult,
  IndicatorKey,
  Kode,
  PerjanjianKinerja,
  PkReadResult,
  PriorReadResult,
} from "../domain/shared/types";

/** The round's Perjanjian Kinerja as the pane holds it: what was read, from where, and whether the sheet has it. */
export interface HeldPk {
  read: PkReadResult;
  /** The workbook's "Perjanjian Kinerja" sheet, a picked PK file, or the previous round's master. */
  from: "sheet" | "file" | "previous";
  /** Whether the workbook's "Perjanjian Kinerja" sheet holds this PK. */
  onSheet: boolean;
}

export interface RoundState {
  /** The setup as saved on the Pengaturan sheet (not the form's unsaved draft). */
  setup: RoundSetup | null;
  dpa: DpaReadResult | null;
  prior: PriorReadResult | null;
  assignments: Partial<Record<Kode, BagianCode>>;
  /** Only the indicators the user touched; the rest take `defaultReview`. */
  reviews: Partial<Record<IndicatorKey, IndicatorReview>>;
  pk: HeldPk | null;
}

export type RoundAction =
  | { type: "setup-saved"; setup: RoundSetup | null }
  /** The working state saved in the workbook, read when the pane opens. */
  | { type: "pane-restored"; saved: Pick<PaneState, "dpa" | "prior" | "assignments" | "reviews" | "pk"> }
  | { type: "dpa-imported"; result: DpaReadResult }
  | { type: "prior-imported"; result: PriorReadResult }
  | { type: "prior-cleared" }
  | { type: "assign"; kode: Kode; bagian: BagianCode | null }
  | { type: "review"; key: IndicatorKey; review: IndicatorReview }
  | { type: "pk-read"; pk: HeldPk }
  /** The PK found on the workbook's sheet when the pane opens: taken unless the user got one meanwhile. */
  | { type: "pk-found"; pk: HeldPk }
  | { type: "pk-written" }
  | { type: "pk-cleared" };

export const initialRoundState: RoundState = {
  setup: null,
  dpa: null,
  prior: null,
  assignments: {},
  reviews: {},
  pk: null,
};

export function roundReducer(state: RoundState, action: RoundAction): RoundState {
  switch (action.type) {
    case "setup-saved":
      return { ...state, setup: action.setup };
    case "pane-restored": {
      const { dpa, prior, assignments, reviews, pk } = action.saved;
      // A PK saved here is one its sheet did not hold: the sheet's own (read next) does not replace it.
      const restored: HeldPk | null = pk ? { read: pk.read, from: pk.from, onSheet: false } : null;
      return { ...state, dpa, prior: state.prior ?? prior, assignments, reviews, pk: state.pk ?? restored };
    }
    case "dpa-imported":
      // A new DPA has new indicator keys and sub kegiatan: earlier choices no longer apply.
      return { ...state, dpa: action.result, assignments: {}, reviews: {} };
    case "prior-imported":
      return { ...state, prior: action.result };
    case "prior-cleared":
      return { ...state, prior: null };
    case "assign": {
      const { kode, bagian } = action;
      const others = Object.entries(state.assignments).filter(([k]) => k !== kode);
      const assignments = Object.fromEntries(bagian === null ? others : [...others, [kode, bagian]]);
      return { ...state, assignments };
    }
    case "review":
      return { ...state, reviews: { ...state.reviews, [action.key]: action.review } };
    case "pk-read":
      return { ...state, pk: action.pk };
    case "pk-written":
      return state.pk ? { ...state, pk: { ...state.pk, onSheet: true } } : state;
    case "pk-cleared":
      return { ...state, pk: null };
    case "pk-found":
      return state.pk ? state : { ...state, pk: action.pk };
  }
}

/** The PK the round uses: the one held, when it has an IKU. */
export function roundPk(state: Pick<RoundState, "pk">): PerjanjianKinerja | null {
  const pk = state.pk?.read.pk;
  return pk && pk.iku.length > 0 ? pk : null;
}

/** The PK to keep in the pane's saved state: one read from a file or the previous master that its sheet does not hold. */
export function panePk(state: Pick<RoundState, "pk">): PanePk | null {
  const held = state.pk;
  if (!held || held.onSheet || held.from === "sheet") return null;
  return { read: held.read, from: held.from };
}

/** What the pane keeps in the workbook of its work, with the step the user had open (`at`). */
export function paneStateOf(state: RoundState, at: PaneState["at"]): PaneState {
  const { dpa, prior, assignments, reviews } = state;
  return { dpa, prior, pk: panePk(state), assignments, reviews, at };
}

/** The round's PK when the workbook's sheet does not hold it yet (generation then writes it too). */
export function unwrittenPk(state: Pick<RoundState, "pk">): PerjanjianKinerja | null {
  return state.pk && !state.pk.onSheet ? roundPk(state) : null;
}

/** The use cases' input, or null while the setup or the DPA is missing. */
export function roundInputs(state: RoundState, generatedAt: string): RoundInputs | null {
  if (!state.setup || !state.dpa) return null;
  return {
    setup: state.setup,
    dpa: state.dpa.dpa,
    prior: state.prior?.values ?? [],
    pk: roundPk(state),
    reviews: state.reviews,
    assignments: state.assignments,
    generatedAt,
  };
}
