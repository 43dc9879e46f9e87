/** Plans for the gateway tests: one rich sheet, and synthetic ones of any size. */
import { a1, type CellPlan, type SheetPlan } from "../../../src/sheet/plan";

/** A kertas kerja in miniature: every feature the gateway writes, and text that looks like formulas. */
export function richPlan(name = "KK Bagian Umum"): SheetPlan {
  const row = (
    no: number,
    indikator: string,
    target: number,
    realisasi: number | null,
  ): (CellPlan | null)[] => [
    { value: no, style: "center" },
    { value: indikator, style: "text" },
    { value: target, style: "num" },
    { value: realisasi, style: "input", locked: false },
    { formula: `IF(D${no + 2}="","",D${no + 2}/C${no + 2})`, style: "pct" },
  ];
  return {
    name,
    visibility: "visible",
    rows: [
      [{ value: "KERTAS KERJA CAPAIAN KINERJA", style: "title" }, null, null, null, null],
      [
        { value: "No", style: "head" },
        { value: "Indikator", style: "head" },
        { value: "Target", style: "head" },
        { value: "Realisasi", style: "head" },
        { value: "Capaian", style: "head" },
      ],
      row(1, "=SUM(A1:A9) bukan rumus", 100, null),
      row(2, "+62 812 0000", 50, 20),
      row(3, "-catatan", 10, 5),
      row(4, "@mention", 80, 79.5),
      [{ value: "'kutip" }, { value: "12" }, { value: true }, null, { value: "TRUE" }],
    ],
    styles: {
      title: { bold: true, fontSize: 14, hAlign: "center" },
      head: { bold: true, fill: "#D9E1F2", border: true, wrap: true, vAlign: "center", hAlign: "center" },
      center: { hAlign: "center", border: true },
      text: { border: true, wrap: true },
      num: { numberFormat: "#,##0", border: true },
      input: { numberFormat: "#,##0.00", fill: "#FFF2CC", border: true },
      pct: { numberFormat: "0.00%", border: true, italic: true, fontColor: "#1F4E79" },
    },
    columns: [{ width: 5 }, { width: 40 }, { width: 12 }, { width: 12 }, { width: 12 }, { hidden: true }],
    rowHeights: { 0: 24, 1: 30 },
    merges: [a1("A1:E1")],
    validations: [
      {
        range: a1("D3:D6"),
        rule: { type: "decimal", min: 0 },
        allowBlank: true,
        prompt: { title: "Realisasi", message: "Isi angka realisasi triwulan ini." },
        error: { title: "Bukan angka", message: "Realisasi harus angka 0 atau lebih." },
      },
      {
        range: a1("C3:C6"),
        rule: { type: "date", min: 45292, max: 45657 },
        allowBlank: false,
        error: { title: "Tanggal", message: "Tanggal di luar tahun 2024." },
      },
      {
        range: a1("B8"),
        rule: { type: "list", values: ["Ya", "Tidak"] },
        allowBlank: true,
        error: { title: "Pilihan", message: "Pilih Ya atau Tidak." },
      },
    ],
    protection: { password: "rahasia" },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: "2:2",
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
    },
    freeze: { rows: 2, columns: 1 },
    names: [{ name: "RealisasiUmum", range: a1("D3:D6") }],
    tabColor: "#1F4E79",
  };
}

/** A plain sheet: `rows` × `cols` cells of short text and numbers, a header style, one formula column. */
export function syntheticPlan(name: string, rows: number, cols = 8): SheetPlan {
  return {
    name,
    visibility: "visible",
    rows: Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c): CellPlan => {
        if (r === 0) return { value: `Kolom ${c + 1}`, style: "head" };
        if (c === cols - 1) return { formula: `SUM(A${r + 1}:B${r + 1})` };
        return c % 2 === 0 ? { value: r * cols + c, style: "num" } : { value: `teks ${r}-${c}` };
      }),
    ),
    styles: { head: { bold: true, fill: "#DDDDDD", border: true }, num: { numberFormat: "#,##0" } },
    columns: [{ width: 10 }],
    merges: [],
    validations: [],
  };
}

/** Realistic content: Indonesian indicator names, numbers, formulas, unlocked inputs, per-row styles. */
export function realisticPlan(name: string, rows: number, cols: number): SheetPlan {
  const plan = syntheticPlan(name, rows, cols);
  plan.rows = plan.rows.map((row, r) =>
    row.map((cell, c): CellPlan | null => {
      if (r === 0 || !cell) return cell;
      if (c === 1)
        return {
          value: `Persentase capaian indikator kinerja program ${r} Sekretariat Daerah`,
          style: "text",
        };
      if (c === 3) return { value: r % 3 === 0 ? null : r * 1.5, locked: false, style: "input" };
      return cell;
    }),
  );
  plan.styles = {
    ...plan.styles,
    text: { wrap: true, border: true },
    input: { fill: "#FFF2CC", numberFormat: "#,##0.00" },
  };
  plan.protection = {};
  return plan;
}
