/**
 * From what a PK reading collected to the Perjanjian Kinerja: sasaran without IKU left out, the
 * sasaran numbered, each IKU keyed, each program tied to the sasaran it supports.
 */
import { pk as T } from "../../strings/pk";
import { noKey, refersToSasaran } from "./pk-columns";
import type { IkuDraft, PkState, SasaranDraft } from "./pk-state";
import type { SheetIssues } from "./reader-support";
import { makeIndicatorKeys } from "../shared/kode";
import {
  IKU_KEY_PREFIX,
  type IndicatorKey,
  type Iku,
  type Kode,
  type PerjanjianKinerja,
  type PkProgram,
  type PkSasaran,
} from "../shared/types";

/** Where the PK was read from and its year. */
export interface PkHead {
  tahun: number | null;
  file?: string;
  sheet: string;
}

/** The Perjanjian Kinerja of what `state` collected; issues of the whole go to `sink`. */
export function finishPk(state: PkState, sink: SheetIssues, head: PkHead): PerjanjianKinerja {
  const kept = state.sasaran.filter((s) => {
    if (s.ikus.length > 0) return true;
    s.sink.warning("pk.sasaran.without-iku", T.sasaranWithoutIku(s.row + 1, s.text), {
      row: s.row + 1,
      cell: s.source.cell,
      found: s.text,
      expected: T.expected.indikator,
    });
    return false;
  });
  const numbers = numberSasaran(kept, state, sink);
  const sasaran: PkSasaran[] = kept.map((s, i) => ({
    no: numbers[i] ?? String(i + 1),
    text: s.text,
    programs: [],
    source: s.source,
  }));
  const iku = keyIkus(state, kept, numbers);
  const programs = assignPrograms(state, kept, sasaran, sink);
  const body = {
    type: "kertas-kerja-sakip/perjanjian-kinerja",
    version: 1,
    tahun: head.tahun,
    sasaran,
    iku,
    programs,
  } as const;
  return head.file === undefined
    ? { ...body, sheet: head.sheet }
    : { ...body, file: head.file, sheet: head.sheet };
}

/**
 * The number of each sasaran: the one written before its text or in its own row; else the No
 * cell of the row that opened it — unless the No column numbers the IKU (a row under the sasaran
 * carries another number); else its position. Numbers that repeat give way to positions.
 */
function numberSasaran(kept: readonly SasaranDraft[], state: PkState, sink: SheetIssues): string[] {
  const numbersIku = state.ikus.some(
    (d) => !d.opening && d.noText !== "" && noKey(d.noText) !== noKey(d.sasaran.written),
  );
  if (numbersIku && kept.some((s) => s.numbered === ""))
    sink.info("pk.sasaran.iku-numbering", T.ikuNumbering());
  const numbers = kept.map((s, i) => {
    if (s.numbered !== "") return s.numbered;
    return !numbersIku && s.written !== "" ? s.written : String(i + 1);
  });
  const repeated = numbers.find((n, i) => numbers.findIndex((m) => noKey(m) === noKey(n)) !== i);
  if (repeated === undefined) return numbers;
  sink.info("pk.sasaran.duplicate-no", T.duplicateSasaranNo(repeated));
  return kept.map((_, i) => String(i + 1));
}

/**
 * Each IKU in table order with its key: `IKU:<sasaran no>:<slug>~<hash>`, the slug and hash of the
 * normalised indikator as `makeIndicatorKeys` makes them ("#2" on the second of the same text
 * under one sasaran), so a key survives re-reading, re-typing of case and punctuation, and rounds.
 * @example // sasaran "1", "Nilai SAKIP" → "IKU:1:nilai-sakip~…"
 */
function keyIkus(state: PkState, kept: readonly SasaranDraft[], numbers: readonly string[]): Iku[] {
  const keyed = new Map<IkuDraft, { key: IndicatorKey; no: string }>();
  kept.forEach((s, i) => {
    const no = numbers[i] ?? String(i + 1);
    const prefix = `${IKU_KEY_PREFIX}${no.replace(/\s+/g, "")}:`;
    const keys = makeIndicatorKeys(
      no as Kode,
      s.ikus.map((d) => d.fields.indikator),
    );
    s.ikus.forEach((d, j) => {
      const key = keys[j] ?? "";
      keyed.set(d, { key: `${prefix}${key.slice(key.indexOf("|") + 1)}` as IndicatorKey, no });
    });
  });
  return state.ikus.flatMap((d) => {
    const k = keyed.get(d);
    return k ? [{ key: k.key, sasaranNo: k.no, ...d.fields }] : [];
  });
}

/**
 * Each program with the sasaran it supports: the one its table names; with none named and one
 * sasaran in the PK, that one; else none (told once). A name that matches no sasaran is a warning.
 */
function assignPrograms(
  state: PkState,
  kept: readonly SasaranDraft[],
  sasaran: PkSasaran[],
  sink: SheetIssues,
): PkProgram[] {
  let unassigned = 0;
  const out = state.programs.map((p) => {
    const refs = [p.ref, ...p.alsoRefs].filter((x): x is string => x !== null);
    const found: number[] = [];
    for (const ref of refs) {
      const i = kept.findIndex((s, j) =>
        refersToSasaran(ref, s.key, [sasaran[j]?.no ?? "", s.numbered, s.written]),
      );
      if (i >= 0) found.push(i);
      else {
        p.sink.warning("pk.program.sasaran-unknown", T.sasaranUnknown(p.row, ref), {
          row: p.row,
          cell: p.refCell,
          found: ref,
          expected: T.expected.sasaran(sasaran.map((s) => `${s.no}. ${s.text}`)),
        });
      }
    }
    if (refs.length === 0 && sasaran.length === 1) found.push(0);
    else if (refs.length === 0 && sasaran.length > 1) unassigned++;
    for (const i of found) {
      const s = sasaran[i];
      if (s && !s.programs.includes(p.program.kode)) s.programs.push(p.program.kode);
    }
    const first = found[0] === undefined ? undefined : sasaran[found[0]];
    const { kode, name, anggaran, source } = p.program;
    return { kode, name, anggaran, sasaranNo: first?.no ?? null, source };
  });
  if (unassigned > 0) sink.info("pk.program.unassigned", T.programsUnassigned(unassigned));
  return out;
}
