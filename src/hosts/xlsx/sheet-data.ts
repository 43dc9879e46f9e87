/**
 * The cells of a sheet plan written straight to the `<sheetData>` of its worksheet part, in pieces,
 * without building exceljs cells: the XML exceljs writes for the same cells (write-cells.ts), so a
 * large sheet (the master's Data and Analisis) costs its text and nothing more. Texts go to the
 * shared strings (`SharedStrings`), styles are the ids exceljs gave them in the same workbook
 * (package-write.ts). Node and browser.
 */
import { columnLetters, parseRange } from "../../sheet/address";
import type { CellPlan, SheetPlan } from "../../sheet/plan";

/** Text as exceljs escapes it: the five entities, and no control character XML 1.0 refuses. */
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 refuses are what is looked for
const SPECIAL = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- as above
const SPECIALS = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "'": "&apos;",
  '"': "&quot;",
};

export function xmlEscape(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (ch) => ENTITY[ch] ?? "") : text;
}

/** A key for a cell's position: 0-based row and column. */
const at = (row: number, col: number): number => row * 16_384 + col;

/** Every cell covered by a merge but its top-left one, by position: the position of its top-left. */
export function mergeFollowers(plan: Pick<SheetPlan, "merges">): Map<number, number> {
  const followers = new Map<number, number>();
  for (const merge of plan.merges) {
    const r = parseRange(merge);
    if (!r) continue;
    const [row1, row2] = [Math.min(r.row1, r.row2), Math.max(r.row1, r.row2)];
    const [col1, col2] = [Math.min(r.col1, r.col2), Math.max(r.col1, r.col2)];
    for (let row = row1; row <= row2; row++)
      for (let col = col1; col <= col2; col++)
        if (row !== row1 || col !== col1) followers.set(at(row, col), at(row1, col1));
  }
  return followers;
}

/**
 * The shared strings part: what exceljs wrote for the rest of the workbook, and the texts the
 * sheets written here add, each once.
 */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private refs = 0;
  private readonly head: string;
  private readonly body: string;
  private readonly unique: number;
  private readonly count: number;

  /** `xml`: exceljs' xl/sharedStrings.xml, or undefined when it wrote none. */
  constructor(xml: string | undefined) {
    const open = xml === undefined ? null : /<sst\b[^>]*>/.exec(xml);
    const close = xml?.lastIndexOf("</sst>") ?? -1;
    if (xml === undefined || !open || close < 0) {
      this.head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
      this.body = "";
      this.unique = 0;
      this.count = 0;
      return;
    }
    this.head = xml.slice(0, open.index);
    this.body = xml.slice(open.index + open[0].length, close);
    this.unique = Number(/\suniqueCount="(\d+)"/.exec(open[0])?.[1] ?? 0);
    this.count = Number(/\scount="(\d+)"/.exec(open[0])?.[1] ?? 0);
    let i = 0;
    for (const m of this.body.matchAll(/<si>(?:<t>([^<&_]*)<\/t>)?[\s\S]*?<\/si>/g)) {
      if (m[1] !== undefined && !this.index.has(m[1])) this.index.set(m[1], i);
      i++;
    }
    if (i !== this.unique) this.index.clear();
  }

  /** The index of `text` in the part (added when new). */
  indexOf(text: string): number {
    this.refs++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.unique + this.added.length;
      this.added.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** True when the sheets written here added a text. */
  get grew(): boolean {
    return this.added.length > 0;
  }

  /** The part's XML, in pieces. */
  *xml(): Generator<string> {
    const unique = this.unique + this.added.length;
    yield `${this.head}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${
      this.count + this.refs
    }" uniqueCount="${unique}">${this.body}`;
    const pieces: string[] = [];
    for (const text of this.added) {
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : "";
      pieces.push(`<si><t${space}>${xmlEscape(text)}</t></si>`);
      if (pieces.length === 1024) yield pieces.splice(0).join("");
    }
    yield `${pieces.join("")}</sst>`;
  }
}

/** What a cell's style is in styles.xml: its xf index, 0 for none. */
export type StyleIdOf = (cell: CellPlan) => number;

/**
 * The `<sheetData>` element of a plan, in pieces of some rows: cells as write-cells.ts gives them
 * to exceljs and exceljs writes them (a cell covered by a merge, only the style of the merge's
 * top-left cell; an empty cell without a style, not at all), rows with their planned heights.
 */
export function* sheetDataXml(
  plan: SheetPlan,
  styleOf: StyleIdOf,
  strings: SharedStrings,
): Generator<string> {
  const followers = mergeFollowers(plan);
  const followerRows = new Map<number, number[]>();
  for (const key of followers.keys()) {
    const row = Math.floor(key / 16_384);
    followerRows.set(row, [...(followerRows.get(row) ?? []), key % 16_384]);
  }
  const heights = plan.rowHeights ?? {};
  const lastRow = Math.max(plan.rows.length - 1, ...followerRows.keys(), ...Object.keys(heights).map(Number));
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetters(c));
  const cellOf = (row: number, col: number): CellPlan | null => plan.rows[row]?.[col] ?? null;

  yield "<sheetData>";
  let piece: string[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const row = plan.rows[r] ?? [];
    const extra = followerRows.get(r);
    const width = Math.max(row.length, extra ? Math.max(...extra) + 1 : 0);
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const master = extra ? followers.get(at(r, c)) : undefined;
      const ref = `${letter(c)}${r + 1}`;
      if (master !== undefined) {
        const cell = cellOf(Math.floor(master / 16_384), master % 16_384);
        const s = cell ? styleOf(cell) : 0;
        cells.push(s ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}"/>`);
      } else {
        const cell = row[c];
        if (cell) {
          const xml = cellXml(ref, cell, styleOf(cell), strings);
          if (xml) cells.push(xml);
        }
      }
    }
    const height = heights[r];
    if (cells.length === 0 && height === undefined) continue;
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    piece.push(`<row r="${r + 1}"${ht}>${cells.join("")}</row>`);
    if (piece.length === 256) {
      yield piece.join("");
      piece = [];
    }
  }
  yield `${piece.join("")}</sheetData>`;
}

/** One cell's element; "" for an empty cell without a style (exceljs leaves it out). */
function cellXml(ref: string, cell: CellPlan, styleId: number, strings: SharedStrings): string {
  const s = styleId ? ` s="${styleId}"` : "";
  if (cell.formula !== undefined) {
    return `<c r="${ref}"${s}><f>${xmlEscape(cell.formula.replace(/^=/, ""))}</f></c>`;
  }
  let value = cell.value;
  if (cell.hyperlink !== undefined) {
    value = value === undefined || value === null || value === "" ? cell.hyperlink : String(value);
  }
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return s ? `<c r="${ref}"${s}/>` : "";
}

/** The `<dimension>` a sheet's cells span, as exceljs gives it ("A1" when there is none). */
export function dimensionOf(plan: SheetPlan): string {
  let top = -1;
  let bottom = -1;
  let left = Number.MAX_SAFE_INTEGER;
  let right = -1;
  plan.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  for (const merge of plan.merges) {
    const m = parseRange(merge);
    if (!m) continue;
    top = top < 0 ? Math.min(m.row1, m.row2) : Math.min(top, m.row1, m.row2);
    bottom = Math.max(bottom, m.row1, m.row2);
    left = Math.min(left, m.col1, m.col2);
    right = Math.max(right, m.col1, m.col2);
  }
  if (top < 0) return "A1";
  return `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`;
}
