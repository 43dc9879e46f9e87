/**
 * What the pane shows of the round, read from the page (never clicked): which steps and sections
 * are open, the header, the DPA summary, the Bagian chosen per sub kegiatan, the review of every
 * indicator, the verdicts on returned files, the SOP. Two readings, before the pane is closed and
 * after it is opened again over the same workbook, must agree.
 */
import type { Page } from "playwright-core";

export interface PaneFacts {
  /** The first-run view of a workbook without a round. */
  firstRun: boolean;
  /** Open top-level steps: "title (status)". */
  steps: string[];
  /** Open sections inside a step (step 1's Pengaturan, Impor DPA & PK, …). */
  sections: string[];
  /** The pane's header: the round, what is next, the SOP's step. */
  header: string;
  /** The DPA summary lines (counts and pagu) and where the DPA was read from. */
  dpa: string[];
  /** "Bagian untuk <kode>" → the Bagian chosen. */
  assignments: string[];
  /** The review list's filters (Bagian, status): a view, not the round. */
  filters: string[];
  /** Each indicator the review list shows: its name, then its selects and target fields. */
  reviews: string[];
  /** The consolidation's summary and per-file verdicts. */
  verdicts: string[];
  /** The SOP: the current step card, each step of the list. */
  sop: string[];
}

export const FACT_KEYS = [
  "firstRun",
  "steps",
  "sections",
  "header",
  "dpa",
  "assignments",
  "filters",
  "reviews",
  "verdicts",
  "sop",
] as const satisfies readonly (keyof PaneFacts)[];

/** The facts as the page shows them now. */
export function paneFacts(page: Page): Promise<PaneFacts> {
  return page.evaluate(() => {
    const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
    const all = (sel: string, root: ParentNode = document) => Array.from(root.querySelectorAll(sel));
    const headers = all(".fui-AccordionHeader__button[aria-expanded='true']");
    /** "1. Persiapan (selesai)": the header's title, then its status badge. */
    const titled = (h: Element) => {
      const badge = h.querySelector(".fui-Badge");
      const title = text(h).slice(0, text(h).length - text(badge).length);
      return badge ? `${title} (${text(badge)})` : text(h);
    };
    const topLevel = (h: Element) =>
      !h.closest(".fui-AccordionItem")?.parentElement?.closest(".fui-AccordionItem");
    const chosen = (s: HTMLSelectElement) => s.options[s.selectedIndex]?.text ?? "";
    const review = all("section[aria-label='Tinjau indikator'] fieldset[aria-label]").map((f) => {
      const selects = all("select", f).map((s) => chosen(s as HTMLSelectElement));
      const inputs = all("input", f).map((i) => (i as HTMLInputElement).value);
      return `${f.getAttribute("aria-label")}: ${[...selects, ...inputs].join(" | ")}`;
    });
    const dpa = all("main *")
      .filter(
        (el) => el.children.length === 0 && /program · .* indikator|^Terbaca dari |^Pagu/.test(text(el)),
      )
      .map(text);
    const consolidation = all("section[aria-label='Laporan per berkas'] > section[aria-label^='Laporan ']");
    const verdicts = [
      ...all("main *")
        .filter((el) => el.children.length === 0 && /^\d+ diterima \(/.test(text(el)))
        .map(text),
      ...consolidation.map((r) => text(r).slice(0, 120)),
    ];
    const sopList = all("ol[aria-label='Langkah SOP'] > li");
    const current = all("section[aria-label^='Langkah '][aria-label$=' saat ini']");
    return {
      firstRun: document.getElementById("first-run-title") !== null,
      steps: headers.filter(topLevel).map(titled),
      sections: headers.filter((h) => !topLevel(h)).map(titled),
      header: text(document.querySelector("main header")),
      dpa,
      assignments: all("select[aria-label^='Bagian untuk ']").map(
        (s) => `${s.getAttribute("aria-label")}=${chosen(s as HTMLSelectElement)}`,
      ),
      filters: all("[role=search] select").map((s) => chosen(s as HTMLSelectElement)),
      reviews: review,
      verdicts,
      sop: [...current.map(text), ...sopList.map(text)],
    };
  });
}

/** Where `after` differs from `before`, one line per fact ("" when they agree). */
export function factDifferences(
  before: PaneFacts,
  after: PaneFacts,
  keys: readonly (keyof PaneFacts)[] = FACT_KEYS,
): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const [a, b] = [JSON.stringify(before[key]), JSON.stringify(after[key])];
    if (a !== b) out.push(`${key}: before ${a.slice(0, 300)}, after ${b.slice(0, 300)}`);
  }
  return out;
}
