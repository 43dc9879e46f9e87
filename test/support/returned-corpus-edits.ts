/**
 * More returned kertas kerja, each a thing people do to a workbook (or Excel does for them), made
 * like the content corpus from the clean return of Bagian Organisasi (rows: 11 program, 12 nilai,
 * 14 sub kegiatan …0003, 15 dokumen, 16 persen, 17 peserta, 18 sub kegiatan …0004; signature
 * Y21/Y25/Y26; columns: M–P realisasi TW I–IV, Q–T s.d., capaian, predikat, U pagu, V realisasi
 * anggaran, W serapan, X–AA pendorong, penghambat, tindak lanjut, bukti dukung, AB kunci).
 *
 * Grouped as the issue names them: a text longer than a cell (1), a date in a number cell (2), an
 * overwritten formula (3), what messages say (4), then the rest of what people do (7).
 */
import type ExcelJS from "exceljs";
import { col } from "../../src/domain/kertas-kerja/kertas-kerja-layout";
import {
  at,
  edited,
  rowOf,
  SUB,
  swapRows,
  type NamedIssue,
  type ReturnedCase,
} from "./returned-corpus-content";

type Expect = ReturnedCase["expect"];
const expectation =
  (verdict: Expect["verdict"]) =>
  (codes: string[] = [], named?: NamedIssue[]): Expect =>
    named ? { verdict, codes, named } : { verdict, codes };
const accepted = expectation("accepted");
const warnings = expectation("warnings");
const rejected = expectation("rejected");

/** A Faktor Penghambat pasted from a report: 40,000 characters (Excel's cell limit is 32,767). */
export const LONG_PENGHAMBAT = `Hambatan: ${"anggaran terlambat cair; ".repeat(1_600)}`.slice(0, 40_000);
export const LONG_NAME = "Siti Rahmah ".repeat(3_500);
export const LONG_LINK = `https://drive.tapinkab.go.id/sakip/${"bukti/".repeat(500)}nilai.pdf`;

/** 12 March 2026, as Excel stores a "3/12" typed in a US-English Excel: a date, serial 46093. */
const TWELFTH_MARCH = new Date(Date.UTC(2026, 2, 12));

const CAPAIAN_15 = '=IF(R15="","",IF(OR(Q15="",Q15=0),"",ROUND(R15/Q15*100,2)))';

/**
 * Gives one cell a number format. A style read by exceljs is shared by every cell that has it:
 * the cell gets a style of its own first, as a format applied in Excel changes that cell only.
 */
function format(c: ExcelJS.Cell, numFmt: string): ExcelJS.Cell {
  c.style = { ...c.style, numFmt };
  return c;
}

/** A formula with its cached result, as Excel saves one. */
const formula = (f: string, result: number | string): ExcelJS.CellFormulaValue => ({ formula: f, result });

export const EDIT_CASES: ReturnedCase[] = [
  // 1. A text longer than a cell can hold.
  edited(
    "faktor penghambat of 40,000 characters",
    warnings(
      ["returned.text.too-long"],
      [{ code: "returned.text.too-long", cell: "Y12", found: "teks 40.000 karakter", expected: /32\.767/ }],
    ),
    (ws, m) => {
      ws.getCell(at(m, "nilai", "penghambat")).value = LONG_PENGHAMBAT;
    },
  ),
  edited(
    "signature name of 40,000 characters",
    warnings(["returned.text.too-long"], [{ code: "returned.text.too-long", cell: "Y25" }]),
    (ws, m) => {
      ws.getCell(m.signature.nama).value = LONG_NAME.slice(0, 40_000);
    },
  ),
  edited(
    "bukti dukung link of 3,000 characters",
    accepted(["returned.link.too-long"], [{ code: "returned.link.too-long", cell: "AA12" }]),
    (ws, m) => {
      ws.getCell(at(m, "nilai", "buktiDukung")).value = { text: "Laporan SAKIP", hyperlink: LONG_LINK };
    },
  ),

  // 2. A date is not a number.
  edited(
    "realisasi typed as 3/12, made a date by Excel",
    rejected(
      ["returned.value.date"],
      [{ code: "returned.value.date", cell: "N15", found: "12/03/2026", expected: /angka/ }],
    ),
    (ws, m) => {
      const c = format(ws.getCell(at(m, "dokumen", "realisasiTw2")), "m/d/yyyy");
      c.value = TWELFTH_MARCH;
    },
  ),
  edited(
    "realisasi typed as 8:30, made a time by Excel",
    rejected(["returned.value.date"], [{ code: "returned.value.date", cell: "N17", found: "08:30" }]),
    (ws, m) => {
      const c = format(ws.getCell(at(m, "peserta", "realisasiTw2")), "h:mm");
      c.value = 8.5 / 24;
    },
  ),
  edited(
    "realisasi anggaran in a cell formatted as a date",
    rejected(["returned.value.date"], [{ code: "returned.value.date", cell: "V14", found: "15/04/2026" }]),
    (ws, m) => {
      const c = format(ws.getCell(at(m, SUB, "realisasiAnggaran")), "dd/mm/yyyy");
      c.value = 46127; // 15 April 2026
    },
  ),

  // 3. An overwritten formula is a changed locked cell.
  edited(
    "capaian formula replaced by another formula",
    rejected(
      ["returned.locked.formula-changed"],
      [{ code: "returned.locked.formula-changed", cell: "S15", found: "=100", expected: CAPAIAN_15 }],
    ),
    (ws, m) => {
      ws.getCell(at(m, "dokumen", "capaian")).value = formula("100", 100);
    },
  ),
  edited(
    "capaian formula cleared",
    rejected(
      ["returned.locked.formula-overwritten"],
      [{ code: "returned.locked.formula-overwritten", cell: "S15", found: "(kosong)", expected: CAPAIAN_15 }],
    ),
    (ws, m) => {
      ws.getCell(at(m, "dokumen", "capaian")).value = null;
    },
  ),
  edited(
    "predikat overwritten with a word",
    rejected(
      ["returned.locked.formula-overwritten"],
      [
        {
          code: "returned.locked.formula-overwritten",
          cell: "T12",
          found: "Sangat Tinggi",
          expected: /^=IF\(R12=""/,
        },
      ],
    ),
    (ws, m) => {
      ws.getCell(at(m, "nilai", "predikat")).value = "Sangat Tinggi";
    },
  ),
  edited(
    "serapan of a sub kegiatan overwritten",
    rejected(
      ["returned.locked.formula-overwritten"],
      [
        {
          code: "returned.locked.formula-overwritten",
          cell: "W14",
          found: "40",
          expected: '=IF(OR(U14="",U14=0,V14=""),"",ROUND(V14/U14*100,2))',
        },
      ],
    ),
    (ws, m) => {
      ws.getCell(at(m, SUB, "serapan")).value = 40;
    },
  ),
  edited(
    "pagu of a program overwritten",
    rejected(
      ["returned.locked.formula-overwritten"],
      [
        {
          code: "returned.locked.formula-overwritten",
          cell: "U11",
          found: "330.000.000",
          expected: "=SUM(U14,U18)",
        },
      ],
    ),
    (ws, m) => {
      ws.getCell(at(m, "4.01.01", "pagu")).value = 330_000_000;
    },
  ),
  edited(
    "capaian overwritten after the rows were sorted",
    rejected(
      ["returned.locked.formula-overwritten"],
      // Peserta now stands on row 15: the formula expected is written for row 15.
      [{ code: "returned.locked.formula-overwritten", cell: "S15", found: "96", expected: CAPAIAN_15 }],
    ),
    (ws, m) => {
      swapRows(ws, rowOf(m, "dokumen"), rowOf(m, "peserta"));
      ws.getCell(`${col.capaian}${rowOf(m, "dokumen")}`).value = 96;
    },
  ),
  edited(
    "realisasi typed as a formula (=10+5)",
    warnings(["returned.value.formula"], [{ code: "returned.value.formula", cell: "N17", found: "=10+5" }]),
    (ws, m) => {
      ws.getCell(at(m, "peserta", "realisasiTw2")).value = formula("10+5", 15);
    },
  ),
  edited(
    "realisasi as a formula reading another sheet",
    warnings(["returned.value.formula"], [{ code: "returned.value.formula", cell: "N17" }]),
    (ws, m, wb) => {
      wb.addWorksheet("Hitungan").getCell("B2").value = 480;
      ws.getCell(at(m, "peserta", "realisasiTw2")).value = formula("Hitungan!B2", 480);
    },
  ),

  // 4. Messages say what the cell holds.
  edited(
    "a dash in the realisasi cell",
    warnings(
      ["returned.check.not-reported"],
      [{ code: "returned.check.not-reported", cell: "N15", found: '"-"' }],
    ),
    (ws, m) => {
      ws.getCell(at(m, "dokumen", "realisasiTw2")).value = "-";
    },
  ),
  edited(
    "only a space in bukti dukung",
    warnings(["returned.check.no-bukti"], [{ code: "returned.check.no-bukti", cell: "AA16", found: '" "' }]),
    (ws, m) => {
      ws.getCell(at(m, "persen", "buktiDukung")).value = " ";
    },
  ),

  // 7. What else people do to a workbook.
  edited("non-breaking and trailing spaces in numbers and texts", accepted(), (ws, m) => {
    ws.getCell(at(m, "nilai", "realisasiTw2")).value = "72\u00a0";
    ws.getCell(at(m, "dokumen", "realisasiTw2")).value = " 1 ";
    ws.getCell(at(m, "peserta", "realisasiTw2")).value = "480\u202f";
    ws.getCell(at(m, SUB, "realisasiAnggaran")).value = "Rp\u00a0100.000.000 ";
    ws.getCell(at(m, "nilai", "pendorong")).value = "Dukungan pimpinan\u00a0 ";
    ws.getCell(at(m, "nilai", "tindakLanjut")).value = "\u00a0Koordinasi lanjutan  ";
  }),
  edited("0,85 in a percent cell", accepted(), (ws, m) => {
    const c = format(ws.getCell(at(m, "persen", "realisasiTw2")), "0%");
    c.value = "0,85";
  }),
  edited("85% typed in a cell, stored as 0.85 with a percent format", accepted(), (ws, m) => {
    const c = format(ws.getCell(at(m, "persen", "realisasiTw2")), "0%");
    c.value = 0.85;
  }),
  edited("a number typed with an apostrophe (stored as text)", accepted(), (ws, m) => {
    ws.getCell(at(m, "peserta", "realisasiTw2")).value = "480";
  }),
  edited("rich text in a number cell and in a text cell", accepted(), (ws, m) => {
    ws.getCell(at(m, "peserta", "realisasiTw2")).value = {
      richText: [{ text: "4", font: { bold: true } }, { text: "80" }],
    };
    ws.getCell(at(m, "nilai", "penghambat")).value = {
      richText: [{ text: "Anggaran ", font: { bold: true } }, { text: "terlambat cair" }],
    };
  }),
  edited("an Excel error value in a text cell", accepted(), (ws, m) => {
    ws.getCell(at(m, "nilai", "penghambat")).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  }),
  edited("input cells merged across a row", accepted(), (ws, m) => {
    const r = rowOf(m, "nilai");
    ws.mergeCells(`${col.pendorong}${r}:${col.penghambat}${r}`);
  }),
  edited("comments on input cells", accepted(), (ws, m) => {
    ws.getCell(at(m, "dokumen", "realisasiTw2")).note = "Angka sementara, menunggu laporan akhir.";
    ws.getCell(at(m, "nilai", "buktiDukung")).note = { texts: [{ text: "Lihat lampiran 2" }] };
  }),
  edited("the kertas kerja sheet hidden", accepted(), (ws) => {
    ws.state = "hidden";
  }),
  edited("extra sheets added before the kertas kerja", accepted(), (ws, _m, wb) => {
    const notes = wb.addWorksheet("Catatan Bagian");
    notes.getCell("A1").value = "Catatan pengisian";
    notes.getCell("A2").value = { formula: `'${ws.name}'!N17*2`, result: 960 };
    wb.addWorksheet("Rekap Lama").getCell("B3").value = 1234;
    // Tabs moved: the new sheets now stand first (exceljs orders tabs by orderNo).
    const order = (sheet: ExcelJS.Worksheet | undefined, n: number) => {
      if (sheet) (sheet as unknown as { orderNo: number }).orderNo = n;
    };
    order(notes, -2);
    order(wb.getWorksheet("Rekap Lama"), -1);
  }),
  edited(
    "protection removed, columns resized and hidden, rows hidden, a filter added",
    accepted(),
    (ws, m) => {
      ws.unprotect();
      ws.getColumn(col.kode).width = 8;
      ws.getColumn(col.kunci).hidden = true;
      ws.getRow(rowOf(m, SUB)).hidden = true;
      ws.autoFilter = `A10:${col.kunci}${rowOf(m, "4.01.01.2.13.0004")}`;
      (ws as unknown as { dataValidations: { model: object } }).dataValidations.model = {};
    },
  ),
  edited("signing date written as words", accepted(), (ws, m) => {
    ws.getCell(m.signature.tanggal).value = "10 Juli 2026";
  }),
  edited(
    "column deleted",
    rejected(["returned.sheet.columns-moved"], [{ code: "returned.sheet.columns-moved", cell: "AA11" }]),
    (ws) => ws.spliceColumns(12, 1),
  ),
];
