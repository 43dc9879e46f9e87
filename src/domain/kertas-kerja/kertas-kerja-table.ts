/**
 * The table of a kertas kerja: a row per program, kegiatan and sub kegiatan, each followed by its
 * indicators, then its children. Target and realisasi s.d., capaian, predikat and serapan are live
 * formulas; the realisasi of the current quarter (and of an earlier one nobody reported) is input.
 */
import { S } from "../../strings";
import {
  capaianFormula,
  paguSumFormula,
  predikatFormula,
  realisasiAnggaranSumFormula,
  realisasiSdFormula,
  serapanFormula,
  targetSdFormula,
} from "./kertas-kerja-formulas";
import { col, KK_COLUMNS, REALISASI_TW, TARGET_TW } from "./kertas-kerja-layout";
import { blankRow, formula, input, num, put, text, type Row } from "./kertas-kerja-cells";
import type { KkIndicator, KkNode, KkRowRef } from "./kertas-kerja";
import { prefillOf, type KkPrefill } from "./kertas-kerja-prefill";
import type { QualitativeScale, RoundSetup } from "../setup/setup-types";
import { qualitativeScaleOf } from "./qualitative";
import { putWordFormulas } from "./qualitative-cells";
import { currentTriwulan } from "../shared/types";

const NODE_STYLE = {
  sasaran: { text: "sasaran", money: "sasaran", percent: "sasaran" },
  program: { text: "program", money: "programMoney", percent: "programPercent" },
  kegiatan: { text: "kegiatan", money: "kegiatanMoney", percent: "kegiatanPercent" },
  subkegiatan: { text: "sub", money: "subMoney", percent: "subPercent" },
} as const;

/** Kode of every sub kegiatan under a node (itself included). */
function subKegiatanOf(node: KkNode): KkNode[] {
  return node.level === "subkegiatan" ? [node] : node.children.flatMap(subKegiatanOf);
}

/** Appends the table's rows to the sheet's rows, noting where each row stands and which cells are input. */
export class KkTable {
  /** Every row written, by key. */
  readonly refs: KkRowRef[] = [];
  /** A1 addresses of the realisasi cells left open. */
  readonly realisasiInputs: string[] = [];
  /** A1 addresses of the realisasi anggaran cells left open. */
  readonly anggaranInputs: string[] = [];
  /** The cells pre-filled from a prior report, locked, with where each value came from. */
  readonly prefilled: KkPrefill[] = [];
  /** Rows of qualitative indicators (1-based), with the scale their realisasi words come from. */
  readonly wordRows = new Map<number, QualitativeScale>();
  private readonly subRowOf = new Map<string, number>();
  private readonly q: number;

  /** Rows are appended to `rows`, below what it already holds. */
  constructor(
    private readonly rows: Row[],
    private readonly setup: RoundSetup,
  ) {
    this.q = currentTriwulan(setup.periode);
  }

  /** Writes a node, its indicators, then its children; a program or kegiatan sums its sub kegiatan. */
  writeNode(node: KkNode): void {
    const r = this.rows.length + 1;
    const style = NODE_STYLE[node.level];
    const row = blankRow();
    for (const name of KK_COLUMNS) put(row, name, text(null, style.text));
    put(row, "kode", text(node.kode, style.text));
    put(row, "uraian", text(node.name, style.text));
    put(row, "kunci", text(node.kode, "key"));
    this.rows.push(row);
    this.refs.push({ key: node.kode, kind: node.level, row: r });
    if (node.level === "subkegiatan") this.subRowOf.set(node.kode, r);
    for (const ind of node.indicators) this.writeIndicator(ind);
    if (node.level === "sasaran") return; // an IKU's sasaran has no budget of its own
    for (const child of node.children) this.writeNode(child);
    if (node.level === "subkegiatan") {
      put(row, "pagu", num(node.pagu, style.money));
      put(row, "realisasiAnggaran", input("inputMoney"));
      this.anggaranInputs.push(`${col.realisasiAnggaran}${r}`);
    } else {
      // Children are written by now, so their rows are known.
      const subRows = subKegiatanOf(node).map((s) => this.subRowOf.get(s.kode));
      const known = subRows.filter((x): x is number => x !== undefined);
      put(row, "pagu", formula(paguSumFormula(known), style.money));
      put(row, "realisasiAnggaran", formula(realisasiAnggaranSumFormula(known), style.money));
    }
    put(row, "serapan", formula(serapanFormula(r), style.percent));
  }

  private writeIndicator(ind: KkIndicator): void {
    const { periode, rules } = this.setup;
    const r = this.rows.length + 1;
    const row = blankRow();
    put(row, "indikator", text(ind.text));
    put(row, "satuan", text(ind.satuan));
    put(row, "polaritas", text(S.common.polarity[ind.polarity]));
    put(row, "jenisCapaian", text(S.common.aggregation[ind.aggregation]));
    put(row, "targetTahunan", ind.targetTahunan === null ? text(ind.targetText) : num(ind.targetTahunan));
    TARGET_TW.forEach((name, i) => {
      const word = ind.targetTwWords?.[i] ?? null;
      put(row, name, word === null ? num(ind.targetTw[i] ?? null) : text(word, "word"));
    });
    put(row, "realisasiLalu", num(ind.realisasiLalu));
    const lalu = ind.prefillFrom?.lalu;
    if (ind.realisasiLalu !== null && lalu) {
      this.prefilled.push(prefillOf(ind.key, "realisasiLalu", `${col.realisasiLalu}${r}`, lalu));
    }
    const scale = qualitativeScaleOf(ind.targetTahunan, ind.targetText, rules.scales);
    this.putRealisasi(row, r, ind, scale !== null);
    put(row, "targetSd", formula(targetSdFormula(ind.aggregation, periode, r), "computedNumber"));
    put(row, "realisasiSd", formula(realisasiSdFormula(ind.aggregation, periode, r), "computedNumber"));
    put(row, "capaian", formula(capaianFormula(ind.polarity, rules, r), "computedPercent"));
    put(row, "predikat", formula(predikatFormula(rules, r), "computed"));
    if (scale) {
      putWordFormulas(row, r, ind.polarity, scale, this.setup);
      this.wordRows.set(r, scale);
    }
    put(row, "pagu", text(null));
    put(row, "realisasiAnggaran", text(null));
    put(row, "serapan", text(null));
    for (const name of ["pendorong", "penghambat", "tindakLanjut", "buktiDukung"] as const) {
      put(row, name, input("inputText"));
    }
    put(row, "kunci", text(ind.key, "key"));
    put(row, "kode", text(null));
    put(row, "uraian", text(null));
    this.rows.push(row);
    this.refs.push({ key: ind.key, kind: "indicator", row: r });
  }

  /** Later quarters are not yet; earlier reported ones are shown locked; the rest is open for input. */
  private putRealisasi(row: Row, r: number, ind: KkIndicator, words: boolean): void {
    const q = this.q;
    REALISASI_TW.forEach((name, i) => {
      // A qualitative realisasi is a word: a number from a prior report is none.
      const prefilled = words ? (ind.prefillWords?.[i] ?? null) : (ind.prefill[i] ?? null);
      if (i >= q) put(row, name, text(null, "notYet"));
      else if (i < q - 1 && prefilled !== null) {
        put(row, name, typeof prefilled === "string" ? text(prefilled, "word") : num(prefilled));
        const from = ind.prefillFrom?.tw[i];
        if (from) this.prefilled.push(prefillOf(ind.key, name, `${col[name]}${r}`, from));
      } else {
        // The current quarter, or an earlier one nobody reported: open for input.
        put(row, name, input(words ? "inputWord" : "inputNumber", i === q - 1 ? null : prefilled));
        this.realisasiInputs.push(`${col[name]}${r}`);
      }
    });
  }
}
