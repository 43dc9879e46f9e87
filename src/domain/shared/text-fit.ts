/**
 * How many lines a wrapped text takes in a column, to set row heights: Excel grows a wrapped row
 * by itself only when the text is typed, and LibreOffice not at all for a written file, so every
 * sheet the product writes sets them. An estimate: about one character per unit of column width.
 */

/** Points one line of 11-point text takes in a row. */
export const LINE_HEIGHT = 12.75;
/** Characters of 11-point text per unit of Excel column width. */
export const CHARS_PER_UNIT = 1.05;

/** Characters that fit on one line of a column `width` units wide. */
export function charsPerLine(width: number, charsPerUnit = CHARS_PER_UNIT): number {
  return Math.max(1, Math.floor(width * charsPerUnit));
}

/**
 * Lines a text takes when wrapped at `perLine` characters, word by word: each "\n" starts a new
 * paragraph, leading spaces (an indent) count, and a word longer than a line breaks over several.
 * @example wrappedLines("Penyusunan Dokumen Perencanaan", 12) === 3
 */
export function wrappedLines(value: string, perLine: number): number {
  if (value === "") return 1;
  let total = 0;
  for (const paragraph of value.split("\n")) {
    let count = 1;
    let used = paragraph.length - paragraph.trimStart().length;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (word.length > perLine) {
        count += (used > 0 ? 1 : 0) + Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      } else if (used > 0 && used + 1 + word.length > perLine) {
        count++;
        used = word.length;
      } else used += (used > 0 ? 1 : 0) + word.length;
    }
    total += count;
  }
  return total;
}
