import type { CellStyle } from "../../sheet/plan";
import { HOUSE_STYLES } from "../shared/house-styles";

/** Named styles of the kertas kerja. Yellow is input, grey is not (yet) to be filled. */
export const INPUT_FILL = "#FFF2CC";
const LOCKED_GREY = "#EDEDED";

const cell: CellStyle = { border: true, vAlign: "top", wrap: true };

export const KK_STYLES = {
  ...HOUSE_STYLES,
  text: {},
  petunjuk: HOUSE_STYLES.note,
  sasaran: { ...cell, bold: true, fill: "#DDEBF7" },
  program: { ...cell, bold: true, fill: "#E2EFDA" },
  programMoney: { ...cell, bold: true, fill: "#E2EFDA", numberFormat: "#,##0" },
  programPercent: { ...cell, bold: true, fill: "#E2EFDA", numberFormat: "0.00" },
  kegiatan: { ...cell, bold: true, fill: "#F2F2F2" },
  kegiatanMoney: { ...cell, bold: true, fill: "#F2F2F2", numberFormat: "#,##0" },
  kegiatanPercent: { ...cell, bold: true, fill: "#F2F2F2", numberFormat: "0.00" },
  sub: { ...cell, bold: true },
  subMoney: { ...cell, bold: true, numberFormat: "#,##0" },
  subPercent: { ...cell, bold: true, numberFormat: "0.00" },
  cell,
  number: { ...cell, numberFormat: "General" },
  word: { ...cell, numberFormat: "@", hAlign: "center" },
  percent: { ...cell, numberFormat: "0.00" },
  computed: { ...cell, fill: "#F7F9FC" },
  computedNumber: { ...cell, fill: "#F7F9FC", numberFormat: "General" },
  computedPercent: { ...cell, fill: "#F7F9FC", numberFormat: "0.00" },
  notYet: { ...cell, fill: LOCKED_GREY },
  inputNumber: { ...cell, fill: INPUT_FILL, numberFormat: "General" },
  inputMoney: { ...cell, fill: INPUT_FILL, numberFormat: "#,##0" },
  inputText: { ...cell, fill: INPUT_FILL, numberFormat: "@" },
  inputWord: { ...cell, fill: INPUT_FILL, numberFormat: "@", hAlign: "center" },
  inputDate: { border: true, fill: INPUT_FILL, numberFormat: "dd mmmm yyyy", hAlign: "left" },
  inputName: { border: true, fill: INPUT_FILL, bold: true, numberFormat: "@" },
  key: { fontColor: "#808080", fontSize: 8 },
  meta: { numberFormat: "@" },
} satisfies Record<string, CellStyle>;

export type KkStyle = keyof typeof KK_STYLES;
