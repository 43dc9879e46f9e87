/**
 * A table of the Laporan in Word: its caption above, the table (header row repeated on every page,
 * figures right-aligned in Indonesian form, group and total rows bold, column widths scaled from
 * the model's relative widths to the text width), and below it the line naming the master's range
 * its figures come from.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { ReportCell, ReportTable, ReportValueKind } from "../../domain/report/report-model";
import { formatIndonesianNumber, formatNumber, formatPercent } from "../../domain/shared/numbers";
import { laporanDocx as T } from "../../strings/laporanDocx";
import { fitTable, isGroupRow } from "./docx-fit";
import { BLACK, CAPTION_STYLE, CELL_MARGIN, FILL, LINE, NOTE_STYLE, TEXT_WIDTH } from "./docx-style";

/** A space that keeps "92,50 %" on one line. */
const NBSP = "\u00a0";

/**
 * A cell's value as the report prints it: `percent` "92,50 %", `money` "1.250.000.000" (the
 * column header says "(Rp)"), `count` "31", `number` with the decimals it has, at most two;
 * text as written; null as an empty cell.
 */
export function formatReportValue(value: ReportCell["value"], kind: ReportValueKind): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  switch (kind) {
    case "percent":
      return formatPercent(value).replace(" ", NBSP);
    case "money":
      return formatIndonesianNumber(value, 0);
    case "count":
      return formatIndonesianNumber(value, 0);
    case "number":
    case "text":
      return formatNumber(value);
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: BLACK } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
} as const;

interface CellLook {
  align: "left" | "right" | "center";
  bold: boolean;
  size: number;
  padding: number;
  fill?: string;
}

function cellParagraph(text: string, { align, bold, size }: CellLook): Paragraph {
  const alignment =
    align === "right" ? AlignmentType.RIGHT : align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new Paragraph({
    alignment,
    spacing: { before: 0, after: 0, line: LINE.single, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, bold, size })],
  });
}

function cell(text: string, width: number, look: CellLook, span = 1) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    margins: { top: CELL_MARGIN.top, bottom: CELL_MARGIN.bottom, left: look.padding, right: look.padding },
    verticalAlign: look.align === "center" ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(look.fill ? { shading: { fill: look.fill, color: "auto", type: ShadingType.CLEAR } } : {}),
    children: text.split("\n").map((line) => cellParagraph(line, look)),
  });
}

const alignOf = (kind: ReportValueKind): "left" | "right" => (kind === "text" ? "left" : "right");

/** The table proper: a repeated header row, then the model's rows; no row breaks across pages. */
export function tableOf(t: ReportTable): Table {
  const texts = t.rows.map((row) =>
    t.columns.map((c, i) => formatReportValue(row.cells[i]?.value ?? null, c.kind)),
  );
  const { widths, size, padding } = fitTable(t, texts);
  const width = (i: number) => widths[i] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    children: t.columns.map((c, i) =>
      cell(c.header, width(i), { align: "center", bold: true, size, padding, fill: FILL.header }),
    ),
  });
  const rows = t.rows.map((row, r) => {
    const values = texts[r] ?? [];
    const look = {
      bold: row.emphasis === true,
      size,
      padding,
      ...(row.emphasis ? { fill: FILL.emphasis } : {}),
    };
    if (isGroupRow(values)) {
      // A group's title alone in its first cell: across the whole row, kept with the rows it heads.
      return new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [cell(values[0] ?? "", TEXT_WIDTH, { ...look, align: "left" }, t.columns.length)],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: t.columns.map((c, i) => cell(values[i] ?? "", width(i), { ...look, align: alignOf(c.kind) })),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...rows],
  });
}

/** "Sumber: lembar Analisis, sel A40:M52, buku kerja induk", and how many returned files fed it. */
export function sourceLine(t: ReportTable): string {
  const { sheet, range, files } = t.source;
  const base = range === null ? T.sumber.sheet(sheet) : T.sumber.range(sheet, range);
  return files.length > 0 ? `${base}${T.sumber.files(files.length)}.` : `${base}.`;
}

/** Caption, table, source line. */
export function tableBlock(t: ReportTable): (Paragraph | Table)[] {
  return [
    new Paragraph({ style: CAPTION_STYLE, text: t.title }),
    tableOf(t),
    new Paragraph({ style: NOTE_STYLE, text: sourceLine(t) }),
  ];
}
