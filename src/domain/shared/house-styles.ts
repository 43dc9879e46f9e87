/**
 * The house look every sheet this product writes shares: the title, the subtitle, a bold label,
 * the small grey format marker, the column header and the grey note. Each sheet plan spreads these
 * into its `styles` and adds (or varies) its own, so the house look changes in one place.
 */
import type { CellStyle } from "../../sheet/plan";

/** The blue-grey fill of a column header. */
export const HEADER_FILL = "#D9E2F3";

export const HOUSE_STYLES = {
  title: { bold: true, fontSize: 14 },
  subtitle: { bold: true, fontSize: 12 },
  label: { bold: true },
  /** The format marker a reader finds the sheet by: small, grey, and text (never a number). */
  marker: { numberFormat: "@", fontColor: "#808080", fontSize: 8 },
  /** A column header: bold, boxed, blue-grey, wrapped and centred both ways. */
  header: { bold: true, border: true, fill: HEADER_FILL, wrap: true, hAlign: "center", vAlign: "center" },
  /** A note or instruction in grey italics, wrapped from the top of its cell. */
  note: { italic: true, fontColor: "#595959", wrap: true, vAlign: "top" },
} satisfies Record<string, CellStyle>;
