/** AppServices stubs for component tests: plain data, jest.fn everywhere, no Office, no exceljs. */
import type { IndicatorReview, RoundInputs, RoundPreparation, SpreadRule } from "../../src/app/round-types";
import type {
  DpaIndicator,
  DpaReadResult,
  PerjanjianKinerja,
  Quarterly,
} from "../../src/domain/shared/types";
import type { AppServices, IndicatorGroups } from "../../src/taskpane/services";
import { makeSetup, smallDpa } from "../support/round-fixture";
import { unscheduledView } from "./sop-views";
import { TextDecoder, TextEncoder } from "node:util";

// jsdom has no TextEncoder; the domain's indicator keys (fingerprints) need one, as browsers have.
if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });

export const NOW = "2026-04-01T08:00:00.000Z";

/** A simple stand-in for the app's spread rule, enough to see that the UI applies it. */
export function stubSpread(
  rule: SpreadRule,
  annual: number | null,
  given: Quarterly<number | null> | null,
): Quarterly<number | null> {
  if (rule === "as-given") return given ?? [null, null, null, null];
  if (annual === null) return [null, null, null, null];
  if (rule === "equal") return [annual / 4, annual / 4, annual / 4, annual / 4];
  if (rule === "annual-each") return [annual, annual, annual, annual];
  return [null, null, null, annual];
}

export function stubDefaultReview(ind: DpaIndicator): IndicatorReview {
  const aggregation = ind.aggregation ?? "kumulatif";
  const spread: SpreadRule = aggregation === "kumulatif" ? "equal" : "annual-each";
  return {
    polarity: ind.polarity ?? "positif",
    aggregation,
    spread,
    targetTw: stubSpread(spread, ind.targetTahunan, null),
  };
}

/** Groups by the DPA's Bagian text (kode or nama) or the user's assignment. */
export function stubGroups(inputs: RoundInputs): IndicatorGroups {
  const { setup, dpa, assignments } = inputs;
  const match = (text: string | null) => setup.bagian.find((b) => b.kode === text || b.nama === text) ?? null;
  const owner = (kode: string, text: string | null) => {
    const assigned = assignments[kode as keyof typeof assignments];
    return assigned ? (setup.bagian.find((b) => b.kode === assigned) ?? null) : match(text);
  };
  return {
    groups: setup.bagian.map((bagian) => {
      const nodes = dpa.nodes.filter((n) => owner(n.kode, n.bagian)?.kode === bagian.kode);
      return {
        bagian,
        nodes: nodes.filter((n) => n.level === "subkegiatan"),
        items: nodes.flatMap((node) => node.indicators.map((indicator) => ({ node, indicator }))),
      };
    }),
    unassigned: dpa.nodes.filter((n) => n.level === "subkegiatan" && !match(n.bagian)),
  };
}

export function stubPrep(inputs: RoundInputs): RoundPreparation {
  return {
    issues: [],
    kertasKerja: inputs.setup.bagian.map((bagian) => ({
      bagian,
      sheetName: `KK ${bagian.nama}`,
      fileName: `KK-${bagian.kode}.xlsx`,
      plans: [],
      indicatorCount: 1,
      fingerprint: "0".repeat(64),
      indicators: [],
      prefilled: [],
      subKegiatanCount: 1,
      pagu: 0,
    })),
  };
}

export function dpaResult(): DpaReadResult {
  return {
    dpa: { ...smallDpa(), file: "DPA-2026.xlsx" },
    issues: [
      {
        severity: "warning",
        code: "dpa.number.ambiguous",
        message: "Pagu ditulis sebagai teks yang tidak jelas.",
        sheet: "DPA",
        row: 14,
        cell: "H14",
        found: "1.250.000,0.0",
        expected: "angka rupiah, misalnya 1.250.000",
      },
    ],
  };
}

/** A PK without sasaran or IKU (what an empty "Perjanjian Kinerja" sheet reads as). */
export function emptyPk(): PerjanjianKinerja {
  return {
    type: "kertas-kerja-sakip/perjanjian-kinerja",
    version: 1,
    tahun: null,
    sasaran: [],
    iku: [],
    programs: [],
    sheet: "Perjanjian Kinerja",
  };
}

export type StubServices = { [K in keyof AppServices]: jest.Mock & AppServices[K] };

export function stubServices(overrides: Partial<AppServices> = {}): StubServices {
  const base: AppServices = {
    loadSetup: async () => ({ setup: makeSetup(), issues: [] }),
    loadPaneRound: async () => ({ state: null, issue: null, kertasKerja: false, data: false, sop: null }),
    savePaneState: async () => undefined,
    identify: () => undefined,
    rememberedMe: () => "",
    saveSetup: async () => [],
    listSheets: async () => ["DPA", "Lembar1"],
    importDpaFromSheet: async () => dpaResult(),
    importDpaFromFile: async () => dpaResult(),
    importPriorFromSheet: async () => ({ values: [], issues: [] }),
    importPriorFromFile: async () => ({ values: [], issues: [] }),
    setupFromPreviousMaster: async () => ({ setup: null, previous: null, issues: [], prior: null, pk: null }),
    loadPk: async () => null,
    importPkFromFile: async () => ({ pk: emptyPk(), issues: [] }),
    writePkSheet: async () => undefined,
    defaultReview: stubDefaultReview,
    applySpread: stubSpread,
    groupIndicators: stubGroups,
    prepareRound: stubPrep,
    writeKertasKerja: async (prep, _setup, pk) => ({
      suratSheet: "Surat",
      letters: prep.kertasKerja.length,
      batasWaktu: "2026-04-17",
      pkSheet: pk ? "Perjanjian Kinerja" : null,
    }),
    exportKertasKerja: async (prep) =>
      prep.kertasKerja.map((k) => ({ fileName: k.fileName, destination: "dibuka di jendela Excel baru" })),
    resumeReview: async () => ({ ok: false, issues: [] }),
    reviewReturnedFiles: async () => ({
      ok: false,
      issues: [{ severity: "error", code: "stub", message: "not stubbed" }],
    }),
    acceptConsolidation: async () => ({ ok: false, issues: [] }),
    loadSop: async () => unscheduledView(),
    scheduleSop: async () => ({ ok: true, view: unscheduledView() }),
    actOnSop: async () => ({ ok: true, view: unscheduledView() }),
    susunLaporan: async () => ({
      ok: false,
      issues: [{ severity: "error", code: "stub", message: "not stubbed" }],
    }),
    buildArchive: async () => ({
      ok: false,
      kind: "refused",
      issues: [{ severity: "error", code: "stub", message: "not stubbed" }],
    }),
    now: () => NOW,
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(base).map(([name, fn]) => [name, jest.fn(fn as (...args: unknown[]) => unknown)]),
  ) as unknown as StubServices;
}
