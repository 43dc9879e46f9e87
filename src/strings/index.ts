/**
 * Every text a user reads — task pane, sheets, CLI, errors — in Bahasa Indonesia. One module
 * (split by area so that each file stays small); another language would add a sibling set.
 */
import { common } from "./common";

export const S = {
  common,
} as const;
