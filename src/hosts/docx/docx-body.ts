/**
 * The chapters of the Laporan in Word: each bab on a new page under a Heading 1, the model's
 * headings as Heading 2–4, prose justified with a first-line indent, lists, tables, the lines of
 * sections without data, and the approval block at the end of the last bab before the Lampiran.
 */
import { AlignmentType, HeadingLevel, LevelFormat, Paragraph, type Table, TabStopType, TextRun } from "docx";
import type { ReportBlock, ReportChapter, ReportDocument } from "../../domain/report/report-model";
import { approvalBlock } from "./docx-approvals";
import { BULLET_GAP, FIRST_LINE, LINE } from "./docx-style";
import { tableBlock } from "./docx-table";

/** The list style of the report's bullets: "•" where a paragraph's first line starts, the text after it. */
const BULLET = "laporan-bullet";
export const NUMBERING = {
  config: [
    {
      reference: BULLET,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: FIRST_LINE + BULLET_GAP, hanging: BULLET_GAP } } },
        },
      ],
    },
  ],
};

/** Model heading levels 1–3 sit under the chapter title (Heading 1). */
const HEADING = { 1: HeadingLevel.HEADING_2, 2: HeadingLevel.HEADING_3, 3: HeadingLevel.HEADING_4 } as const;

/** A list item that brings its own label, as Indonesian texts number their lists: "a.", "1.", "2)", "(c)". */
const LABEL = /^(\(?[a-z]{1,2}[.)]|\(?\d{1,3}[.)])\s+/i;

/**
 * A list: when every item brings its own label ("a. …", "b. …"), the label hangs where a bullet
 * would, so no bullet is added in front of it; otherwise "•".
 */
function list(items: readonly string[]): Paragraph[] {
  const labelled = items.length > 0 && items.every((item) => LABEL.test(item));
  return items.map((item) => {
    const common = { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60, line: LINE.prose } };
    if (!labelled)
      return new Paragraph({ ...common, numbering: { reference: BULLET, level: 0 }, text: item });
    const label = LABEL.exec(item)?.[1] ?? "";
    return new Paragraph({
      ...common,
      indent: { left: FIRST_LINE + BULLET_GAP, hanging: BULLET_GAP },
      tabStops: [{ type: TabStopType.LEFT, position: FIRST_LINE + BULLET_GAP }],
      children: [new TextRun(`${label}\t${item.replace(LABEL, "")}`)],
    });
  });
}

function blockOf(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "heading":
      return [new Paragraph({ heading: HEADING[block.level], text: block.text })];
    case "paragraph":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE },
          text: block.text,
        }),
      ];
    case "bullets":
      return list(block.items);
    case "table":
      return tableBlock(block);
    case "empty":
      // A sentence of the report, in italics: this section has no data.
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: FIRST_LINE },
          children: [new TextRun({ text: block.text, italics: true })],
        }),
      ];
  }
}

/** "LAMPIRAN…" chapters come after the approval block. */
const isLampiran = (c: ReportChapter) => /^lampiran\b/i.test(c.title.trim());

/** The chapters, each bab on a new page, with the approval block after the last one before the Lampiran. */
export function body(doc: ReportDocument): (Paragraph | Table)[] {
  const lastBab = doc.chapters.reduce((last, c, i) => (isLampiran(c) ? last : i), -1);
  const out: (Paragraph | Table)[] = [];
  doc.chapters.forEach((chapter, i) => {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: i > 0, text: chapter.title }));
    for (const block of chapter.blocks) out.push(...blockOf(block));
    if (i === lastBab) out.push(...approvalBlock(doc));
  });
  if (lastBab === -1) out.push(...approvalBlock(doc));
  return out;
}
