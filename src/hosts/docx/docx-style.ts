/**
 * The look of the Laporan Kinerja in Word: A4 portrait, Arial, the margins and the paragraph and
 * heading styles. Arial 12 pt is what the tata naskah dinas of Indonesian government bodies asks
 * for in their documents, so the report reads like the letters and reports around it; tables are
 * one point smaller so that an eight-column table keeps its figures on one line.
 *
 * Lengths are in twips (1/20 pt; 1 cm = 567) and font sizes in half points, as Word stores them.
 */
import { AlignmentType, type IStylesOptions, LineRuleType } from "docx";

export const FONT = "Arial";
/** 12 pt body text, 11 pt tables, 10 pt source lines and footer, 14 pt chapter titles. */
export const SIZE = {
  body: 24,
  table: 22,
  note: 20,
  footer: 18,
  chapter: 28,
  coverTitle: 32,
  cover: 28,
} as const;

const CM = 567;
/** A4 portrait. */
export const PAGE = { width: 11906, height: 16838 } as const;
/** 3 cm on the binding side, 2 cm elsewhere (the usual margins of a bound Indonesian report). */
export const MARGIN = {
  left: 3 * CM,
  right: 2 * CM,
  top: 2 * CM,
  bottom: 2 * CM,
  header: CM,
  footer: CM,
} as const;
/** The width text and tables may take. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Line spacing in 240ths of a line: 1.5 lines for prose (as reports are typed), single in tables. */
export const LINE = { prose: 360, single: 240 } as const;
/** First-line indent of a paragraph of prose. */
export const FIRST_LINE = Math.round(1.25 * CM);
/** From a bullet to its text. */
export const BULLET_GAP = Math.round(0.63 * CM);
/** Space between cell borders and text. */
export const CELL_MARGIN = { top: 30, bottom: 30, left: 72, right: 72 } as const;
/** Fill of a table's header row and of its emphasis (group, total) rows. */
export const FILL = { header: "D9D9D9", emphasis: "F2F2F2" } as const;
export const BLACK = "000000";

/** The paragraph style of the notes around the approval block, the "Sumber:" lines and the like. */
export const NOTE_STYLE = "Catatan";
/** The table caption above each table ("Tabel 3.1 …"). */
export const CAPTION_STYLE = "Caption";

const heading = (
  size: number,
  extra: { italics?: boolean; before: number; after: number; center?: boolean },
) => ({
  run: { font: FONT, size, bold: true, italics: extra.italics ?? false, color: BLACK },
  paragraph: {
    spacing: { before: extra.before, after: extra.after, line: LINE.single, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
    ...(extra.center ? { alignment: AlignmentType.CENTER } : { alignment: AlignmentType.LEFT }),
  },
});

/** Entries of the table of contents: one level per indent step, the page number at the right margin. */
const tocStyle = (level: 1 | 2 | 3) => ({
  id: `TOC${level}`,
  name: `toc ${level}`,
  basedOn: "Normal",
  next: "Normal",
  uiPriority: 39,
  unhideWhenUsed: true,
  run: { font: FONT, size: SIZE.body, bold: level === 1 },
  paragraph: {
    indent: { left: (level - 1) * 400 },
    spacing: { before: level === 1 ? 120 : 0, after: 60, line: LINE.single, lineRule: LineRuleType.AUTO },
  },
});

/**
 * Word's own heading styles (Heading 1 to 4, so the table of contents and the navigation pane find
 * them), in black Arial; Normal is 12 pt with 1.5 lines, justified.
 */
export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body },
      paragraph: { spacing: { after: 120, line: LINE.prose, lineRule: LineRuleType.AUTO } },
    },
    // Chapter titles: centred, each bab on a page of its own (set where it starts).
    heading1: heading(SIZE.chapter, { before: 0, after: 360, center: true }),
    heading2: heading(SIZE.body, { before: 240, after: 120 }),
    heading3: heading(SIZE.body, { before: 180, after: 120 }),
    heading4: heading(SIZE.body, { italics: true, before: 120, after: 120 }),
    caption: {
      run: { font: FONT, size: SIZE.table, bold: true, italics: false, color: BLACK },
      paragraph: {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        keepLines: true,
        spacing: { before: 240, after: 120, line: LINE.single, lineRule: LineRuleType.AUTO },
      },
    },
  },
  paragraphStyles: [
    {
      id: NOTE_STYLE,
      name: "Catatan",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: FONT, size: SIZE.note, italics: true },
      paragraph: { spacing: { before: 60, after: 240, line: LINE.single, lineRule: LineRuleType.AUTO } },
    },
    tocStyle(1),
    tocStyle(2),
    tocStyle(3),
  ],
};
