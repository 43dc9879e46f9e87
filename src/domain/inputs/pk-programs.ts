/**
 * The PK's table of programs (or kegiatan) and their anggaran. A program is known by its kode, in
 * a Kode column or before its name ("4.01.01 Program Penunjang …"); the sasaran it supports comes
 * from a Sasaran column (merged down, or blank to go on from the row above) or a row naming the
 * sasaran alone. Every row it cannot use is an issue.
 */
import { pk as T, type PkReason } from "../../strings/pk";
import type { ProgramField } from "./pk-columns";
import type { PkGrid } from "./pk-grid";
import { isNoData, sectionRow } from "./pk-iku-rows";
import type { PkState } from "./pk-state";
import { parseKode } from "../shared/kode";
import { parseIndonesianNumber } from "../shared/numbers";
import { normalizeLabel } from "../shared/text";
import type { Kode, Level } from "../shared/types";

export interface ProgramTable {
  grid: PkGrid;
  cols: Partial<Record<ProgramField, number>>;
}

/** A kode before a name: at least two segments ("4.01.01 …"), so that a list number ("1. Program …") is none. */
const KODE_PREFIX = /^(\d+(?:\.\d+)+)\.?\s+(\S.*)$/;

export class ProgramRows {
  /** The sasaran the rows stand in, as the table names it, and the cell that names it. */
  private ref: { text: string; cell: string } | null = null;
  private t: ProgramTable;

  constructor(
    private readonly state: PkState,
    readonly grid: PkGrid,
  ) {
    this.t = { grid, cols: {} };
  }

  table(t: ProgramTable): void {
    this.t = t;
  }

  /** A title row naming a sasaran: the programs below support it. */
  title(r: number): void {
    const section = sectionRow(this.grid, r);
    const text = this.grid.filled(r)[0]?.text;
    if (section && text !== undefined) this.ref = { text, cell: this.grid.addr(r, section.col) };
  }

  /** Reads row `r` (0-based): a program, a sasaran, or an issue; blank rows say nothing. */
  read(r: number): void {
    const { grid } = this;
    const { cols } = this.t;
    if (isNoData(grid, r, true)) return;
    if (sectionRow(grid, r)) {
      this.title(r);
      return;
    }
    const refText = grid.groupedText(r, cols.sasaran);
    if (refText !== "") this.ref = { text: refText, cell: grid.addr(r, cols.sasaran) };
    const coded = this.kodeOf(r);
    if (coded === "rejected") return;
    if (coded === null) {
      this.withoutKode(r, refText !== "");
      return;
    }
    if (coded.level === "urusan" || coded.level === "bidang") {
      grid.sink.warning("pk.program.level", T.programLevel(r + 1, coded.kode), {
        row: r + 1,
        cell: coded.cell,
        found: coded.kode,
        expected: T.expected.programLevel,
      });
      return;
    }
    if (this.repeated(r, coded.kode)) return;
    if (coded.name === "") {
      grid.sink.warning("pk.program.name-empty", T.programNameEmpty(r + 1, coded.kode), {
        row: r + 1,
        cell: grid.addr(r, cols.program),
        found: "",
        expected: T.expected.notEmpty,
      });
    }
    this.state.programs.push({
      program: {
        kode: coded.kode,
        name: coded.name,
        anggaran: this.anggaran(r, coded.kode),
        source: grid.sink.source(r + 1, coded.cell),
      },
      ref: this.ref?.text ?? null,
      row: r + 1,
      refCell: this.ref?.cell ?? grid.addr(r, cols.program),
      sink: grid.sink,
      alsoRefs: [],
    });
  }

  /** The kode of row `r` and the name without it; "rejected" (and told) when a kode is there but unreadable. */
  private kodeOf(r: number): { kode: Kode; level: Level; name: string; cell: string } | "rejected" | null {
    const { grid } = this;
    const { cols } = this.t;
    const name = grid.text(r, cols.program);
    const prefix = KODE_PREFIX.exec(name);
    const inColumn = grid.text(r, cols.kode) !== "";
    const raw = inColumn ? grid.raw(r, cols.kode) : (prefix?.[1] ?? null);
    if (raw === null) return null;
    const cell = grid.addr(r, inColumn ? cols.kode : cols.program);
    const kode = parseKode(raw);
    if (!kode.ok) {
      const numeric = kode.reason === "numeric";
      grid.sink.error(
        numeric ? "pk.program.kode-numeric" : "pk.program.bad-kode",
        numeric ? T.programNumericKode(r + 1, kode.found) : T.programBadKode(r + 1, kode.found),
        { row: r + 1, cell, found: kode.found, expected: numeric ? T.expected.kodeText : T.expected.kode },
      );
      return "rejected";
    }
    const samePrefix = prefix && parseKode(prefix[1] ?? "");
    const stripped = samePrefix && samePrefix.ok && samePrefix.kode === kode.kode ? (prefix[2] ?? "") : name;
    return { kode: kode.kode, level: kode.level, name: stripped, cell };
  }

  /** A program listed again: for another sasaran it supports that one too; otherwise the row is passed over. */
  private repeated(r: number, kode: Kode): boolean {
    const seen = this.state.program(kode);
    if (!seen) return false;
    const ref = this.ref?.text;
    const cell = this.grid.addr(r, this.t.cols.kode ?? this.t.cols.program);
    const other =
      ref !== undefined &&
      [seen.ref, ...seen.alsoRefs].every((x) => x === null || normalizeLabel(x) !== normalizeLabel(ref));
    if (other) {
      seen.alsoRefs.push(ref);
      this.grid.sink.info("pk.program.another-sasaran", T.programAnotherSasaran(r + 1, kode, seen.row), {
        row: r + 1,
        cell,
        found: kode,
      });
    } else {
      this.grid.sink.warning("pk.program.duplicate", T.programDuplicate(r + 1, kode, seen.row), {
        row: r + 1,
        cell,
        found: kode,
      });
    }
    return true;
  }

  /** The anggaran in rupiah; empty, unreadable, negative or a percent is a warning and reads as null. */
  private anggaran(r: number, kode: Kode): number | null {
    const { grid } = this;
    const c = this.t.cols.anggaran;
    const found = grid.text(r, c);
    const parsed = parseIndonesianNumber(grid.raw(r, c));
    let reason: PkReason | null = null;
    if (!parsed.ok && parsed.reason !== "empty") reason = parsed.reason;
    else if (parsed.ok && parsed.percent) reason = "percent";
    else if (parsed.ok && parsed.value < 0) reason = "negative";
    if (parsed.ok && reason === null) return parsed.value;
    const place = { row: r + 1, cell: grid.addr(r, c), found, expected: T.expected.rupiah };
    if (reason === null) grid.sink.warning("pk.program.anggaran-empty", T.anggaranEmpty(r + 1, kode), place);
    else
      grid.sink.warning("pk.program.bad-anggaran", T.anggaranUnreadable(r + 1, kode, found, reason), place);
    return null;
  }

  /** No kode: a name alone is a warning (a program is known by its kode), so is an anggaran alone; a note is told. */
  private withoutKode(r: number, hasSasaran: boolean): void {
    const { grid } = this;
    const { cols } = this.t;
    const name = grid.text(r, cols.program);
    const place = { row: r + 1, cell: grid.addr(r, cols.program), found: name, expected: T.expected.kode };
    if (name !== "") grid.sink.warning("pk.program.without-kode", T.programWithoutKode(r + 1, name), place);
    else if (grid.text(r, cols.anggaran) !== "") {
      grid.sink.warning("pk.program.anggaran-without-program", T.anggaranWithoutProgram(r + 1), {
        ...place,
        cell: grid.addr(r, cols.anggaran),
        found: grid.text(r, cols.anggaran),
      });
    } else if (!hasSasaran) {
      const shown = grid
        .filled(r)
        .map((c) => c.text)
        .join(" | ");
      grid.sink.info("pk.program.text", T.programText(r + 1, shown), {
        row: r + 1,
        cell: grid.addr(r, grid.filled(r)[0]?.col),
        found: shown,
      });
    }
  }
}
