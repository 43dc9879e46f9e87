/**
 * How wide a piece of table text is, estimated without a font engine. The widths are DejaVu Sans
 * (regular and bold, in thousandths of an em, read from the fonts' hmtx tables): what LibreOffice
 * draws in place of Arial on a machine without Arial or Liberation Sans, and wider than Arial for
 * every character used here, so an estimate that fits DejaVu fits Arial in Word too.
 */

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

// prettier-ignore
const REGULAR_LOWER = [613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525];
// prettier-ignore
const REGULAR_UPPER = [684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685];
// prettier-ignore
const BOLD_LOWER = [675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582];
// prettier-ignore
const BOLD_UPPER = [774, 762, 734, 830, 683, 683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725];

/** The rest: digits, spaces and punctuation, [regular, bold]. */
const OTHERS: [string, number, number][] = [
  ["0123456789", 636, 696],
  [" \u00a0", 318, 348],
  [".,", 318, 380],
  [":;", 337, 400],
  ["%", 950, 1002],
  ["…—@", 1000, 1000],
  ["–", 500, 500],
  ["-", 361, 415],
  ["/", 337, 365],
  ["()", 390, 457],
  ["'", 275, 306],
  ['"', 460, 521],
  ["+=<>#−", 838, 838],
  ["&", 780, 872],
];

function table(bold: boolean): Map<string, number> {
  const m = new Map<string, number>();
  const letters = (chars: string, widths: number[]) => [...chars].forEach((c, i) => m.set(c, widths[i] ?? 0));
  letters(LOWER, bold ? BOLD_LOWER : REGULAR_LOWER);
  letters(UPPER, bold ? BOLD_UPPER : REGULAR_UPPER);
  for (const [chars, regular, b] of OTHERS) for (const c of chars) m.set(c, bold ? b : regular);
  return m;
}

const WIDTHS = { regular: table(false), bold: table(true) };
/** A character not in the tables (an accented letter, a symbol): as wide as a wide letter. */
const UNKNOWN = { regular: 700, bold: 780 };
/** Room for what the estimate does not see (kerning, rounding in the layout). */
const SAFETY = 1.03;

/** Estimated width in twips of `text` at `size` half points. */
export function textTwips(text: string, size: number, bold: boolean): number {
  const w = bold ? WIDTHS.bold : WIDTHS.regular;
  const unknown = bold ? UNKNOWN.bold : UNKNOWN.regular;
  let thousandths = 0;
  for (const ch of text) thousandths += w.get(ch) ?? unknown;
  // em × points (size / 2) × 20 twips a point.
  return Math.ceil((thousandths / 1000) * (size / 2) * 20 * SAFETY);
}
