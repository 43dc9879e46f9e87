import { charsPerLine, wrappedLines } from "../../../src/domain/shared/text-fit";

describe("wrappedLines", () => {
  it.each<[string, number, number]>([
    ["", 10, 1],
    ["Dokumen", 10, 1],
    ["Penyusunan Dokumen Perencanaan", 12, 3],
    ["Penyusunan Dokumen Perencanaan", 30, 1],
    ["baris satu\nbaris dua", 40, 2],
    ["    Dengan hormat kami sampaikan", 20, 2],
    ["aca8b2a5da8d3f1e9c0b", 8, 3],
    ["NIP 196504221988031008", 10, 3],
  ])("%j in %p characters takes %p lines", (text, perLine, lines) => {
    expect(wrappedLines(text, perLine)).toBe(lines);
  });
  it("charsPerLine is about one character per unit of width, never 0", () => {
    expect(charsPerLine(20)).toBe(21);
    expect(charsPerLine(0.2)).toBe(1);
  });
});
