/** What the task pane has gathered for one round so far, and how it changes. Pure. */
import type { IndicatorReview, RoundInputs } from "../app/round-types";
import type { RoundSetup } from "../domain/setup/setup-types";
import type { BagianCode, DpaReadResult, IndicatorKey, Kode, PriorReadResult } from "../domain/shared/types";

export interface RoundState {
  /** The setup as saved on the Pengaturan sheet (not the form's unsaved draft). */
  setup: RoundSetup | null;
  dpa: DpaReadResult | null;
  prior: PriorReadResult | null;
  assignments: Partial<Record<Kode, BagianCode>>;
  /** Only the indicators the user touched; the rest take `defaultReview`. */
  reviews: Partial<Record<IndicatorKey, IndicatorReview>>;
}

export type RoundAction =
  | { type: "setup-saved"; setup: RoundSetup | null }
  | { type: "dpa-imported"; result: DpaReadResult }
  | { type: "prior-imported"; result: PriorReadResult }
  | { type: "prior-cleared" }
  | { type: "assign"; kode: Kode; bagian: BagianCode | null }
  | { type: "review"; key: IndicatorKey; review: IndicatorReview };

export const initialRoundState: RoundState = {
  setup: null,
  dpa: null,
  prior: null,
  assignments: {},
  reviews: {},
};

export function roundReducer(state: RoundState, action: RoundAction): RoundState {
  switch (action.type) {
    case "setup-saved":
      return { ...state, setup: action.setup };
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
  }
}

/** The use cases' input, or null while the setup or the DPA is missing. */
export function roundInputs(state: RoundState, generatedAt: string): RoundInputs | null {
  if (!state.setup || !state.dpa) return null;
  return {
    setup: state.setup,
    dpa: state.dpa.dpa,
    prior: state.prior?.values ?? [],
    reviews: state.reviews,
    assignments: state.assignments,
    generatedAt,
  };
}
