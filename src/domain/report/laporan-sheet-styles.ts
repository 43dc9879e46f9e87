/**
 * The look of the Laporan sheet: headings bold and larger, paragraphs wrapped, table cells boxed
 * with the number format of their column's kind (a formula's text cell without "@", which would
 * show the formula), group and total rows bold on a light fill.
 */
import type { CellStyle } from "../../sheet/plan";
import { HOUSE_STYLES } from "../shared/house-styles";
import type { ReportValueKind } from "./report-model";

const GROUP_FILL = "#EDF2F9";
const box: CellStyle = { border: true, vAlign: "top", wrap: true };
const NUMBER_FORMATS: Record<ReportValueKind, string> = {
  text: "@",
  number: "General",
  percent: "0.00",
  money: "#,##0",
  count: "0",
};
const ALIGN: Record<ReportValueKind, CellStyle["hAlign"]> = {
  text: "left",
  number: "right",
  percent: "right",
  money: "right",
  count: "center",
};

/** A table cell's style: its kind, whether it is a formula (no "@": text format), and emphasis. */
export const cellStyle = (kind: ReportValueKind, formula: boolean, bold: boolean): string =>
  `${kind}${formula ? "F" : ""}${bold ? "B" : ""}`;

function tableStyles(): Record<string, CellStyle> {
  const out: Record<string, CellStyle> = {};
  for (const kind of Object.keys(NUMBER_FORMATS) as ReportValueKind[])
    for (const formula of [false, true])
      for (const bold of [false, true]) {
        const format = formula && kind === "text" ? "General" : NUMBER_FORMATS[kind];
        out[cellStyle(kind, formula, bold)] = {
          ...box,
          numberFormat: format,
          hAlign: ALIGN[kind],
          ...(bold ? { bold: true, fill: GROUP_FILL } : {}),
        };
      }
  return out;
}

export const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16, hAlign: "center", vAlign: "center", wrap: true },
  subtitle: { bold: true, fontSize: 13, hAlign: "center", vAlign: "center", wrap: true },
  coverNote: { ...HOUSE_STYLES.note, hAlign: "center" },
  chapter: { bold: true, fontSize: 14, hAlign: "center", vAlign: "center", wrap: true },
  h2: { bold: true, fontSize: 12, vAlign: "bottom", wrap: true },
  h3: { bold: true, fontSize: 11, vAlign: "bottom", wrap: true },
  paragraph: { wrap: true, vAlign: "top", numberFormat: "@" },
  bullet: { vAlign: "top", hAlign: "right", numberFormat: "@" },
  empty: { ...HOUSE_STYLES.note, numberFormat: "@" },
  caption: { bold: true, wrap: true, vAlign: "bottom", numberFormat: "@" },
  header: HOUSE_STYLES.header,
  source: { italic: true, fontSize: 9, fontColor: "#595959", wrap: true, vAlign: "top", numberFormat: "@" },
  signature: { hAlign: "center", vAlign: "bottom", numberFormat: "@" },
  signatureName: { hAlign: "center", vAlign: "bottom", bold: true, underline: true, numberFormat: "@" },
  ...tableStyles(),
};
