/**
 * Warnings on a returned kertas kerja that do not stop it from being consolidated: implausible
 * numbers, a persentase that went down, spending above the pagu, realisasi without bukti dukung or
 * not reported, and the Kepala Bagian's signature block (the SOP asks for it; the master decides).
 */
import { cellAddress, parseCell } from "../../sheet/address";
import type { CellValue, SheetSnapshot } from "../../sheet/plan";
import { S } from "../../strings";
import { returned as T } from "../../strings/returned";
import type { KertasKerjaMeta } from "../kertas-kerja/kertas-kerja-meta";
import { col, REALISASI_TW } from "../kertas-kerja/kertas-kerja-layout";
import { formatIndonesianNumber } from "../shared/numbers";
import type { ReportIssue } from "../shared/issues";
import { cellAt } from "./returned-rows";
import { describeCell, fittedText, foundText, readSignatureDate, readTextInput } from "./returned-values";
import { nipProblem } from "../setup/setup";
import { normalizeLabel } from "../shared/text";
import type { Aggregation, Quarterly } from "../shared/types";

/** A quarter's realisasi above this many times its target is very likely a typo (an extra zero, a unit). */
export const IMPLAUSIBLE_FACTOR = 10;

const fmt = (n: number): string => formatIndonesianNumber(n);

/** What the checks need to know of one indicator row. */
export interface IndicatorFacts {
  sheet: string;
  row: number;
  indikator: string;
  aggregation: Aggregation | null;
  targetTw: Quarterly<number | null>;
  realisasiTw: Quarterly<number | null>;
  /**
   * Quarters (0-based) open for the Bagian and readable (an unreadable one is an error already);
   * the others were pre-filled or locked.
   */
  inputQuarters: readonly number[];
  buktiDukung: string | null;
  /** What the current quarter's realisasi cell holds, as `describeCell` says it ("(kosong)", '"-"'). */
  currentFound: string;
  /** What the bukti dukung cell holds, as `describeCell` says it. */
  buktiFound: string;
}

/**
 * Plausibility of one indicator's reported realisasi: above `IMPLAUSIBLE_FACTOR` × the quarter's
 * target (when that target is > 0); a `persentase` indicator below its previous reported quarter
 * (warned on the quarter the Bagian filled, once per drop); and for the current quarter `q`, left
 * blank (not reported) or reported without bukti dukung.
 */
export function checkIndicator(f: IndicatorFacts, q: number, issue: ReportIssue): void {
  const at = (i: number) => ({
    sheet: f.sheet,
    cell: `${col[REALISASI_TW[i] ?? "realisasiTw4"]}${f.row}`,
    row: f.row,
  });
  for (const i of f.inputQuarters) {
    const v = f.realisasiTw[i] ?? null;
    const target = f.targetTw[i] ?? null;
    if (v !== null && target !== null && target > 0 && v > IMPLAUSIBLE_FACTOR * target) {
      const where = at(i);
      issue(
        "warning",
        "returned.check.far-above-target",
        T.check.farAboveTarget(where.cell, IMPLAUSIBLE_FACTOR),
        {
          ...where,
          found: fmt(v),
          expected: T.check.farAboveTargetExpected(IMPLAUSIBLE_FACTOR, fmt(target)),
        },
      );
    }
  }
  if (f.aggregation === "persentase") {
    let previous: number | null = null;
    for (let i = 0; i < q; i++) {
      const v = f.realisasiTw[i] ?? null;
      if (v === null) continue;
      if (previous !== null && v < previous && f.inputQuarters.includes(i)) {
        const where = at(i);
        issue(
          "warning",
          "returned.check.persentase-decreased",
          T.check.persentaseDecreased(where.cell, fmt(previous)),
          {
            ...where,
            found: fmt(v),
            expected: T.check.persentaseExpected(fmt(previous)),
          },
        );
      }
      previous = v;
    }
  }
  const current = q - 1;
  if (!f.inputQuarters.includes(current)) return;
  const where = at(current);
  if (f.realisasiTw[current] === null) {
    issue("warning", "returned.check.not-reported", T.check.notReported(where.cell, f.indikator), {
      ...where,
      found: f.currentFound,
      expected: T.check.notReportedExpected,
    });
  } else if (f.buktiDukung === null) {
    const cell = `${col.buktiDukung}${f.row}`;
    issue("warning", "returned.check.no-bukti", T.check.noBukti(cell), {
      sheet: f.sheet,
      cell,
      row: f.row,
      found: f.buktiFound,
      expected: T.check.noBuktiExpected,
    });
  }
}

/** Realisasi anggaran of a sub kegiatan above its pagu: a warning (a revised DPA, or a typo). */
export function checkAnggaran(
  sheet: string,
  row: number,
  pagu: number | null,
  realisasi: number | null,
  issue: ReportIssue,
): void {
  if (pagu === null || realisasi === null || realisasi <= pagu) return;
  const cell = `${col.realisasiAnggaran}${row}`;
  issue("warning", "returned.check.anggaran-above-pagu", T.check.anggaranAbovePagu(cell), {
    sheet,
    cell,
    row,
    found: fmt(realisasi),
    expected: T.check.anggaranExpected(fmt(pagu)),
  });
}

/** Where the signature cells stand now, and the rows the block covers (not table rows). */
export interface SignatureCells {
  tanggal: string;
  nama: string;
  nip: string;
  rows: Set<number>;
}

const labelText = (v: CellValue | undefined): string => normalizeLabel(typeof v === "string" ? v : "");

/**
 * The signature cells of the sheet as it is now. Rows inserted or deleted in the table move the
 * block, so each cell is found by its label (left of it) nearest to where it was generated; the
 * generated address is kept when the label is gone.
 */
export function locateSignature(meta: KertasKerjaMeta, sheet: SheetSnapshot): SignatureCells {
  const labels = S.kertasKerja.signature;
  const find = (address: string, label: string): string => {
    const at = parseCell(address);
    if (!at || at.col < 1) return address;
    const wanted = normalizeLabel(label);
    let best: number | null = null;
    sheet.values.forEach((row, r) => {
      if (labelText(row[at.col - 1]) !== wanted) return;
      if (best === null || Math.abs(r - at.row) < Math.abs(best - at.row)) best = r;
    });
    return best === null ? address : cellAddress(best, at.col);
  };
  const cells = {
    tanggal: find(meta.signature.tanggal, labels.tanggal),
    nama: find(meta.signature.nama, labels.nama),
    nip: find(meta.signature.nip, labels.nip),
  };
  const numbers = Object.values(cells).map((a) => (parseCell(a)?.row ?? 0) + 1);
  const rows = new Set<number>();
  for (let r = Math.min(...numbers); r <= Math.max(...numbers); r++) rows.add(r);
  return { ...cells, rows };
}

const valueAt = (sheet: SheetSnapshot, address: string): CellValue => {
  const at = parseCell(address);
  return at ? cellAt(sheet, at.row + 1, at.col).value : null;
};

/**
 * The signature block as filled in, with one warning per missing or invalid cell: tanggal (a date),
 * nama, NIP (18 digits with a real birth date; spaces are allowed and dropped, as NIPs are often
 * written "19820210 200801 2 004").
 */
export function readSignature(
  sheet: SheetSnapshot,
  cells: SignatureCells,
  issue: ReportIssue,
): { tanggal: string | null; nama: string | null; nip: string | null } {
  const at = (cell: string) => ({ sheet: sheet.name, cell, row: (parseCell(cell)?.row ?? 0) + 1 });
  const tanggal = valueAt(sheet, cells.tanggal);
  const date = readSignatureDate(tanggal);
  if (date.kind === "blank") {
    issue("warning", "returned.signature.tanggal-missing", T.signature.tanggalMissing(cells.tanggal), {
      ...at(cells.tanggal),
      found: describeCell(tanggal),
      expected: T.signature.tanggalExpected,
    });
  } else if (date.kind === "invalid") {
    issue("warning", "returned.signature.tanggal-invalid", T.signature.tanggalInvalid(cells.tanggal), {
      ...at(cells.tanggal),
      found: foundText(date.found),
      expected: T.signature.tanggalExpected,
    });
  }
  const namaCell = valueAt(sheet, cells.nama);
  const nama = fittedText(readTextInput(namaCell), T.text.signatureNama, at(cells.nama), issue);
  if (nama === null) {
    issue("warning", "returned.signature.nama-missing", T.signature.namaMissing(cells.nama), {
      ...at(cells.nama),
      found: describeCell(namaCell),
      expected: T.signature.namaExpected,
    });
  }
  const nip = readNip(valueAt(sheet, cells.nip), cells.nip, at(cells.nip), issue);
  return { tanggal: date.kind === "date" ? date.iso : null, nama, nip };
}

/**
 * The NIP as written, spaces dropped when it is valid. A NIP that Excel turned into a number
 * has lost its last digits (18 digits exceed a double's precision, 1.98202102008012E+17): it is
 * reported even when the rounded digits happen to look valid.
 */
function readNip(
  value: CellValue,
  cell: string,
  where: { sheet: string; cell: string; row: number },
  issue: ReportIssue,
): string | null {
  const written = fittedText(readTextInput(value), T.text.signatureNip, where, issue);
  if (written === null) {
    issue("warning", "returned.signature.nip-missing", T.signature.nipMissing(cell), {
      ...where,
      found: describeCell(value),
      expected: T.signature.nipExpected,
    });
    return null;
  }
  const nip = written.replace(/\s+/g, "");
  if (typeof value === "number" && !Number.isSafeInteger(value)) {
    issue("warning", "returned.signature.nip-invalid", T.signature.nipNumber(cell), {
      ...where,
      found: foundText(written),
      expected: T.signature.nipNumberExpected,
    });
    return written;
  }
  const problem = nipProblem(nip);
  if (problem === null) return nip;
  const messages: Record<NonNullable<typeof problem>, [string, string]> = {
    format: [T.signature.nipInvalid(cell), T.signature.nipExpected],
    date: [T.signature.nipDate(cell), T.signature.nipDateExpected],
    appointment: [T.signature.nipAppointment(cell), T.signature.nipAppointmentExpected],
    sex: [T.signature.nipSex(cell), T.signature.nipSexExpected],
  };
  const [message, expected] = messages[problem];
  issue("warning", "returned.signature.nip-invalid", message, {
    ...where,
    found: foundText(written),
    expected,
  });
  return written;
}
