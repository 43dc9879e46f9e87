/**
 * The Laporan Kinerja as an editable Word document, written with the `docx` library from the
 * report model (no hand-written OOXML): a cover, the table of contents (a TOC field Word updates),
 * the chapters with Word's heading styles, each table captioned and its source range named, the
 * approval block at the end of Bab IV, and page numbers in the footer — i, ii… before the first
 * bab, 1, 2… from it on. The same document always gives the same bytes (docx-package.ts); the one
 * exception is named in `laporanDocx`.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  type ISectionOptions,
  TableOfContents,
  TabStopType,
  TextRun,
} from "docx";
import type { ReportDocument } from "../../domain/report/report-model";
import { laporanDocx as T } from "../../strings/laporanDocx";
import { body, NUMBERING } from "./docx-body";
import { coverPage, periodeText } from "./docx-cover";
import { fixPackageDates } from "./docx-package";
import { LINE, MARGIN, PAGE, SIZE, STYLES, TEXT_WIDTH } from "./docx-style";

/** The footer: the report's name at the left, the page number at the right, a rule above. */
function footer(doc: ReportDocument): Footer {
  const name = T.footer(doc.instansi, periodeText(doc));
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: "000000", space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        spacing: { before: 0, after: 0, line: LINE.single },
        children: [
          new TextRun({ text: name, size: SIZE.footer, italics: true }),
          new TextRun({ children: ["\t", PageNumber.CURRENT], size: SIZE.footer }),
        ],
      }),
    ],
  });
}

const PAGE_SETUP = {
  size: { width: PAGE.width, height: PAGE.height },
  margin: { ...MARGIN, gutter: 0 },
};

function sections(doc: ReportDocument): ISectionOptions[] {
  return [
    { properties: { page: PAGE_SETUP }, children: coverPage(doc) },
    {
      properties: {
        type: SectionType.NEXT_PAGE,
        page: { ...PAGE_SETUP, pageNumbers: { start: 1, formatType: NumberFormat.LOWER_ROMAN } },
      },
      footers: { default: footer(doc) },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 360 },
          children: [new TextRun({ text: T.daftarIsi, bold: true, size: SIZE.chapter })],
        }),
        new TableOfContents(T.daftarIsi, { hyperlink: true, headingStyleRange: "1-3" }),
      ],
    },
    {
      properties: {
        type: SectionType.NEXT_PAGE,
        page: { ...PAGE_SETUP, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } },
      },
      footers: { default: footer(doc) },
      children: body(doc),
    },
  ];
}

export interface LaporanDocxOptions {
  /**
   * Lay the pages out (`docx/layout`, as Word would) so the table of contents carries its page
   * numbers before Word updates the field: in Word's Protected View, where a downloaded file opens
   * and fields are not updated, and in LibreOffice. Default true. It costs about 2 s per report
   * and, in a browser bundle, about 400 KB gzip, loaded only here.
   */
  pageNumbers?: boolean;
}

/**
 * The Laporan as .docx bytes, for Node and the browser alike.
 *
 * Deterministic: the document's dates and the zip's are `doc.disusun`, so the same document gives
 * the same bytes — except that the docx library numbers the bookmarks it puts on headings for the
 * table of contents (`_Toc1`, …) from a counter shared by every document of the running program:
 * the second report rendered in one process has other bookmark numbers, and only those.
 */
export async function laporanDocx(
  doc: ReportDocument,
  options: LaporanDocxOptions = {},
): Promise<Uint8Array> {
  const layout = options.pageNumbers === false ? undefined : await import("docx/layout");
  const file = new Document({
    creator: T.properties.creator,
    lastModifiedBy: T.properties.creator,
    title: `${doc.title} ${doc.instansi} ${periodeText(doc)}`,
    subject: T.properties.subject,
    // Word offers to update the fields when it opens the document: the TOC's page numbers become its own.
    features: { updateFields: true },
    ...(layout ? { pageNumbers: layout.estimatePageNumbers } : {}),
    styles: STYLES,
    numbering: NUMBERING,
    sections: sections(doc),
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(file));
  return fixPackageDates(bytes, doc.disusun);
}
