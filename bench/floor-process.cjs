"use strict";
// The floor of a whole `consolidate` process, for `npm run bench` (bench/process.ts): Node starts,
// loads exceljs, reads the returned files, and writes the master's cells (values and formulas, no
// styles; handed over as JSON by bench/plain.ts) to disk. Plain JavaScript: nothing to compile.
//   node bench/floor-process.cjs CELLS.json OUT.xlsx FILE.xlsx...
const ExcelJS = require("exceljs");
const { readFile, writeFile } = require("node:fs/promises");

async function main() {
  const [cellsPath, out, ...files] = process.argv.slice(2);
  for (const file of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await readFile(file));
  }
  const sheets = JSON.parse(await readFile(cellsPath, "utf8"));
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const target = ws.getCell(r + 1, c + 1);
        if (cell.formula !== undefined) target.value = { formula: cell.formula, date1904: false };
        else target.value = cell.value;
      }),
    );
  }
  await writeFile(out, await wb.xlsx.writeBuffer());
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
