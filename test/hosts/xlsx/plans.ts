/** Small sheet plans for the xlsx host tests. */
import { a1, type CellPlan, type SheetPlan } from "../../../src/sheet/plan";

export function sheet(name: string, rows: (CellPlan | null)[][], extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    visibility: "visible",
    rows,
    styles: {},
    columns: [],
    merges: [],
    validations: [],
    ...extra,
  };
}

export const v = (value: CellPlan["value"], more: Partial<CellPlan> = {}): CellPlan => ({ value, ...more });
export const f = (formula: string, more: Partial<CellPlan> = {}): CellPlan => ({ formula, ...more });

/** A plan that uses every feature of SheetPlan once. */
export function fullPlan(name = "Kertas Kerja"): SheetPlan {
  return sheet(
    name,
    [
      [v("KERTAS KERJA", { style: "title" }), null, null],
      [v("Bagian"), v("Bagian Umum")],
      [v("=1+1"), v("+62 812"), v("-5 hari"), v("@admin")],
      [v(12.5, { style: "num" }), v(true), v(null), f("A4*2", { style: "num" })],
      [],
      [v("Indikator", { style: "head" }), v("Target", { style: "head" }), v("Realisasi", { style: "head" })],
      [v("(1)", { style: "head" }), v("(2)", { style: "head" }), v("(3)", { style: "head" })],
      [
        v("Persentase layanan"),
        v(100, { style: "input", locked: false }),
        v(null, { style: "input", locked: false }),
      ],
      [v("Jumlah dokumen"), v(12, { locked: false }), { locked: false }],
      [v(45292, { style: "date" }), { locked: false, style: "input" }],
    ],
    {
      styles: {
        title: { bold: true, fontSize: 14, hAlign: "center", vAlign: "center" },
        head: { bold: true, fill: "#D9E1F2", hAlign: "center", wrap: true, border: true },
        num: { numberFormat: "#,##0.00", hAlign: "right", border: true },
        input: {
          fill: "#FFF2CC",
          border: true,
          numberFormat: "#,##0.00",
          fontColor: "#1F4E78",
          italic: true,
        },
        date: { numberFormat: "dd/mm/yyyy" },
      },
      columns: [{ width: 40 }, { width: 14 }, { width: 14, hidden: false }, { width: 8, hidden: true }],
      rowHeights: { 0: 30, 5: 45 },
      merges: [a1("A1:C1")],
      validations: [
        {
          range: a1("B8:C8"),
          rule: { type: "decimal", min: 0 },
          allowBlank: true,
          prompt: { title: "Isian angka", message: "Isi angka 0 atau lebih." },
          error: { title: "Bukan angka", message: "Isian harus angka 0 atau lebih." },
        },
        {
          range: a1("B9:C9"),
          rule: { type: "whole", min: 0, max: 1000 },
          allowBlank: true,
          error: { title: "Bilangan bulat", message: "Isi bilangan bulat 0 sampai 1000." },
        },
        {
          range: a1("B10"),
          rule: { type: "date", min: 45292, max: 45657 },
          allowBlank: false,
          error: { title: "Tanggal", message: "Tanggal dalam tahun 2024." },
        },
        {
          range: a1("D8:D9"),
          rule: { type: "list", values: ["Ya", "Tidak", 'Kata "kutip"'] },
          allowBlank: true,
          error: { title: "Pilihan", message: "Pilih dari daftar." },
        },
        {
          range: a1("A11"),
          rule: { type: "textLength", min: 0, max: 500 },
          allowBlank: true,
          error: { title: "Terlalu panjang", message: "Paling banyak 500 karakter." },
        },
      ],
      protection: { password: "rahasia" },
      print: {
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        printTitleRows: "6:7",
        margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
      },
      freeze: { rows: 7, columns: 1 },
      names: [{ name: "KK_Data", range: a1("A8:C9") }],
      tabColor: "#00B050",
    },
  );
}
