/**
 * What a PK reading collects before it is numbered and keyed: sasaran in the order they open,
 * their IKU, the programs and where each said it belongs. One reading may gather from several
 * sheets (the IKU on one, the programs on another); every draft keeps the sheet its issues go to.
 */
import type { SheetIssues } from "./reader-support";
import { normalizeIndicatorText } from "../shared/text";
import type { Iku, Kode, PkProgram, SourceRef } from "../shared/types";

export interface SasaranDraft {
  text: string;
  /** `normalizeLabel` of the text: a sasaran cell repeated below (or merged down) is the same sasaran. */
  key: string;
  /** The number written before its text or in its own row ("1. …", "Sasaran 2: …"); "" when none. */
  numbered: string;
  /** The No cell of the row that opened it; "" when none. */
  written: string;
  /** 0-based row that opened it. */
  row: number;
  source: SourceRef;
  sink: SheetIssues;
  ikus: IkuDraft[];
}

/** An IKU before its sasaran is numbered: everything but its key and sasaran number. */
export type IkuFields = Omit<Iku, "key" | "sasaranNo">;

export interface IkuDraft {
  fields: IkuFields;
  sasaran: SasaranDraft;
  /** The No cell of its row, as a sasaran number is written. */
  noText: string;
  /** Its row opened the sasaran. */
  opening: boolean;
  /** 1-based row whose quarterly targets it took, when a table gave them. */
  twRow: number | null;
}

/** A program of the programs table; `ref` is the sasaran as the table names it, if it does. */
export interface ProgramDraft {
  program: Omit<PkProgram, "sasaranNo">;
  ref: string | null;
  /** 1-based row and A1 cell of `ref`, for the message when it names no sasaran. */
  row: number;
  refCell: string;
  sink: SheetIssues;
  /** Further sasaran it supports, from rows listing it again. */
  alsoRefs: string[];
}

export class PkState {
  readonly sasaran: SasaranDraft[] = [];
  readonly ikus: IkuDraft[] = [];
  readonly programs: ProgramDraft[] = [];
  /** Rows of Rencana Aksi read into IKU, from the IKU table or a table of its own. */
  twRows = 0;

  /** The IKU whose indicator reads as `text`, in table order. */
  ikusWithText(text: string): IkuDraft[] {
    const key = normalizeIndicatorText(text);
    return this.ikus.filter((d) => normalizeIndicatorText(d.fields.indikator) === key);
  }

  program(kode: Kode): ProgramDraft | undefined {
    return this.programs.find((p) => p.program.kode === kode);
  }
}
