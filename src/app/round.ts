import { kertasKerjaFileName, kertasKerjaSheetName, matchBagian } from "../domain/setup/bagian-match";
import { buildKertasKerjaSheet, type KkIndicator, type KkNode } from "../domain/kertas-kerja/kertas-kerja";
import { buildMeta, metaSheetPlan } from "../domain/kertas-kerja/kertas-kerja-meta";
import { parentKode } from "../domain/shared/kode";
import { matchPrior } from "../domain/inputs/prior-match";
import type { BagianInfo } from "../domain/setup/setup-types";
import type { SuratIndicator } from "../domain/surat/surat";
import { priorFill } from "../domain/kertas-kerja/kertas-kerja-prefill";
import { ikuNodesFor, ikuOwners } from "../domain/kertas-kerja/iku-section";
import { masterRoundRefusal } from "../domain/ledger/master-prior";
import { qualitativeAggregation } from "../domain/kertas-kerja/qualitative";
import type { RoundSetup } from "../domain/setup/setup-types";
import { defaultSpreadRule, spreadTargets, type SpreadRule } from "../domain/kertas-kerja/targets";
import {
  currentTriwulan,
  isSasaranKode,
  type BagianCode,
  type DpaIndicator,
  type DpaNode,
  type IndicatorKey,
  type Issue,
  type Kode,
  type PriorValue,
  type Quarterly,
} from "../domain/shared/types";
import { S } from "../strings";
import type { BagianKertasKerja, IndicatorReview, RoundInputs, RoundPreparation } from "./round-types";

/** The review an indicator starts with: what the DPA says, else positif and kumulatif. */
export function defaultReview(ind: DpaIndicator): IndicatorReview {
  const aggregation = ind.aggregation ?? "kumulatif";
  const spread = defaultSpreadRule(aggregation, ind.targetTw !== null);
  return {
    polarity: ind.polarity ?? "positif",
    aggregation,
    spread,
    targetTw: spreadTargets(spread, ind.targetTahunan, ind.targetTw),
  };
}

/** Quarterly targets by a rule (re-exported for the review screen). */
export function applySpread(
  rule: SpreadRule,
  annual: number | null,
  given: Quarterly<number | null> | null,
): Quarterly<number | null> {
  return spreadTargets(rule, annual, given);
}

/** Every node of the DPA with the Bagian it will be reported by, or null when still unknown. */
export function resolveBagian(inputs: Pick<RoundInputs, "setup" | "dpa" | "assignments">): {
  byKode: Map<Kode, BagianInfo | null>;
  issues: Issue[];
} {
  const { setup, dpa, assignments } = inputs;
  const issues: Issue[] = [];
  const byKode = new Map<Kode, BagianInfo | null>();
  const byCode = new Map(setup.bagian.map((b) => [b.kode, b]));
  const matched = new Map<string, BagianInfo | undefined>();
  const direct = (node: DpaNode): BagianInfo | null => {
    const assigned = assignments[node.kode];
    if (assigned) return byCode.get(assigned) ?? null;
    if (node.bagian === null) return null;
    // A DPA names the same few Bagian on thousands of rows: match each spelling once.
    let found = matched.get(node.bagian);
    if (!matched.has(node.bagian)) {
      found = matchBagian(node.bagian, setup.bagian);
      matched.set(node.bagian, found);
    }
    if (!found) {
      issues.push({
        severity: "warning",
        code: "round.bagian.unknown",
        message: S.round.unknownBagian(node.bagian, node.kode),
        file: dpa.file,
        sheet: node.source.sheet,
        row: node.source.row,
        cell: node.source.cell,
        found: node.bagian,
        expected: S.round.expectedBagian(setup.bagian.map((b) => b.nama).join(", ")),
      });
    }
    return found ?? null;
  };
  for (const node of dpa.nodes) byKode.set(node.kode, direct(node));
  // A program or kegiatan without a Bagian of its own belongs to the one Bagian of all its sub
  // kegiatan, when they agree; otherwise its own indicators wait for the user's choice.
  const owners = new Map<Kode, Set<BagianCode | null>>();
  for (const node of dpa.nodes) {
    if (node.level !== "subkegiatan") continue;
    const owner = byKode.get(node.kode)?.kode ?? null;
    for (let up = parentKode(node.kode); up; up = parentKode(up)) {
      const set = owners.get(up) ?? new Set<BagianCode | null>();
      set.add(owner);
      owners.set(up, set);
    }
  }
  for (const node of dpa.nodes) {
    if (node.level === "subkegiatan" || byKode.get(node.kode)) continue;
    const under = owners.get(node.kode);
    const [only] = under ? [...under] : [];
    if (under?.size === 1 && only) byKode.set(node.kode, byCode.get(only) ?? null);
  }
  for (const node of dpa.nodes) {
    const needsOwner = node.level === "subkegiatan" || node.indicators.length > 0;
    if (needsOwner && !byKode.get(node.kode)) {
      issues.push({
        severity: "warning",
        code: "round.bagian.unassigned",
        message: S.round.unassigned(S.round.level[node.level], node.kode, node.name),
        file: dpa.file,
        sheet: node.source.sheet,
        row: node.source.row,
      });
    }
  }
  return { byKode, issues };
}

/**
 * The prior values a round may use: those read from a master of another instansi, or of a round
 * not before this one, are left out with the master's refusal (the import refuses them already;
 * this holds when the setup changed after the import).
 */
function usablePrior(prior: readonly PriorValue[], setup: RoundSetup, issues: Issue[]): PriorValue[] {
  const refused = new Map<string, boolean>();
  return prior.filter((v) => {
    const m = v.provenance?.master;
    if (!m) return true;
    const id = JSON.stringify([m.file, m.instansi, m.tahun, m.periode]);
    if (!refused.has(id)) {
      const file = m.file ?? v.source.sheet;
      const issue = masterRoundRefusal(m, setup, file, { sheet: v.source.sheet });
      if (issue) issues.push(issue);
      refused.set(id, issue !== null);
    }
    return refused.get(id) !== true;
  });
}

/**
 * Builds every Bagian's kertas kerja from the setup, the DPA, the prior report and the review.
 * Pure: the same inputs always give the same plans.
 */
export function prepareRound(inputs: RoundInputs): RoundPreparation {
  const { setup, dpa } = inputs;
  const q = currentTriwulan(setup.periode);
  const { byKode, issues } = resolveBagian(inputs);
  const usable = usablePrior(inputs.prior, setup, issues);
  const matched = matchPrior(
    dpa,
    usable.filter((v) => v.ikuKey === undefined),
    setup.tahun,
  );
  issues.push(...matched.issues);
  const pk = inputs.pk ?? null;
  const owners = pk ? ikuOwners(pk, setup.bagian) : null;
  if (owners) issues.push(...owners.issues);
  const ikuPrior = new Map<IndicatorKey, PriorValue[]>();
  for (const v of usable) {
    if (v.ikuKey !== undefined) ikuPrior.set(v.ikuKey, [...(ikuPrior.get(v.ikuKey) ?? []), v]);
  }

  const indicator = (ind: DpaIndicator): KkIndicator => {
    const review = inputs.reviews[ind.key as IndicatorKey] ?? defaultReview(ind);
    const { prefill, lalu, from } = priorFill(matched.byKey.get(ind.key), setup.tahun, q);
    const judged = qualitativeAggregation(ind, review.aggregation, setup.rules.scales);
    if (judged.issue) issues.push(judged.issue);
    return {
      key: ind.key,
      text: ind.text,
      satuan: ind.satuan,
      polarity: review.polarity,
      aggregation: judged.aggregation,
      targetTahunan: ind.targetTahunan,
      targetText: ind.targetText,
      targetTw: review.targetTw,
      prefill,
      realisasiLalu: lalu,
      prefillFrom: from,
    };
  };

  const nodeIndex = new Map(dpa.nodes.map((n) => [n.kode, n]));
  const result: BagianKertasKerja[] = [];
  const sheetNames = new Set<string>();
  for (const bagian of setup.bagian) {
    const roots: KkNode[] = [];
    const built = new Map<Kode, KkNode>();
    const owns = (n: DpaNode): boolean => byKode.get(n.kode)?.kode === bagian.kode;
    const ensure = (kode: Kode, level: KkNode["level"]): KkNode => {
      const existing = built.get(kode);
      if (existing) return existing;
      const source = nodeIndex.get(kode);
      const node: KkNode = {
        level,
        kode,
        name: source?.name ?? "",
        pagu: level === "subkegiatan" ? (source?.pagu ?? null) : null,
        indicators: source && owns(source) ? source.indicators.map(indicator) : [],
        children: [],
      };
      built.set(kode, node);
      const parent = level === "program" ? null : parentKode(kode);
      if (parent) ensure(parent, level === "subkegiatan" ? "kegiatan" : "program").children.push(node);
      else roots.push(node);
      return node;
    };
    for (const node of dpa.nodes) {
      if (!owns(node)) continue;
      if (node.level === "subkegiatan" || node.indicators.length > 0) ensure(node.kode, node.level);
    }
    // The IKU this Bagian is responsible for stand first, each under its sasaran strategis.
    const ikuNodes = pk && owners ? ikuNodesFor(bagian, pk, owners.byKey, ikuPrior, setup, issues) : [];
    roots.unshift(...ikuNodes);
    const all = [...ikuNodes, ...built.values()];
    if (all.every((node) => node.indicators.length === 0)) {
      issues.push({
        severity: "info",
        code: "round.bagian.empty",
        message: S.round.noIndicators(bagian.nama),
        found: S.round.nothing,
      });
      continue;
    }
    const sheetName = kertasKerjaSheetName(bagian.nama, sheetNames);
    sheetNames.add(sheetName);
    result.push(bagianKertasKerja(inputs, bagian, sheetName, roots, all));
  }
  if (pk && pk.iku.length > 0) {
    const ikuOf = (kk: BagianKertasKerja) => kk.indicators.filter((i) => isSasaranKode(i.kode));
    const withIku = result.filter((kk) => ikuOf(kk).length > 0);
    const count = withIku.reduce((n, kk) => n + ikuOf(kk).length, 0);
    issues.push({
      severity: "info",
      code: "round.iku.collected",
      message: S.round.iku.collected(count, withIku.length),
    });
  }
  return { kertasKerja: result, issues };
}

/** One Bagian's kertas kerja: its sheet, its metadata (with the provenance of what was pre-filled) and its summary. */
function bagianKertasKerja(
  inputs: RoundInputs,
  bagian: BagianInfo,
  sheetName: string,
  roots: KkNode[],
  all: KkNode[],
): BagianKertasKerja {
  const { setup } = inputs;
  const requested: SuratIndicator[] = [];
  const walk = (node: KkNode): void => {
    for (const ind of node.indicators)
      requested.push({ kode: node.kode, text: ind.text, satuan: ind.satuan });
    node.children.forEach(walk);
  };
  roots.forEach(walk);
  const sheet = buildKertasKerjaSheet({ setup, bagian, sheetName, nodes: roots });
  const { prefilled } = sheet.layout;
  const meta = buildMeta(
    {
      instansi: setup.instansi,
      bagian: { kode: bagian.kode as BagianCode, nama: bagian.nama },
      tahun: setup.tahun,
      periode: setup.periode,
      batasWaktu: setup.batasWaktu,
      generatedAt: inputs.generatedAt,
      sheetName,
      firstDataRow: sheet.layout.firstDataRow,
      lastDataRow: sheet.layout.lastDataRow,
      signature: sheet.layout.signature,
      setup,
      ...(inputs.pk && inputs.pk.iku.length > 0 ? { pk: inputs.pk } : {}),
      ...(prefilled.length > 0 ? { prefilled } : {}),
    },
    sheet.plan,
    sheet.layout,
  );
  const subs = all.filter((n) => n.level === "subkegiatan");
  return {
    bagian,
    sheetName,
    fileName: kertasKerjaFileName(setup.tahun, setup.periode, bagian.nama),
    plans: [sheet.plan, metaSheetPlan(meta)],
    indicatorCount: all.reduce((n, node) => n + node.indicators.length, 0),
    fingerprint: meta.fingerprint,
    indicators: requested,
    subKegiatanCount: subs.length,
    pagu: subs.reduce((sum, n) => sum + (n.pagu ?? 0), 0),
    prefilled,
  };
}
