/** Steps through the App that the PK and copy tests share: open a step, import the DPA, generate. */
import { screen, waitFor } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import type { RoundInputs } from "../../src/app/round-types";

export type User = ReturnType<typeof userEvent.setup>;

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const xlsxFile = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name, { type: XLSX });

/** The top-level step that holds each section: step 1 Persiapan and step 2 Kertas kerja have sections. */
const PARENTS: [RegExp, RegExp][] = [
  [/Pengaturan|Impor DPA|Laporan sebelumnya/, /^1\. Persiapan/],
  [/Tinjau indikator|Buat & ekspor/, /^2\. Kertas kerja/],
];

async function expand(user: User, name: RegExp) {
  const header = await screen.findByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}

/**
 * Opens an accordion step (or a section, after the step that holds it) by its header; what is
 * already open is left open. Sections without a header of their own (step 2's) open with their step.
 */
export async function openStep(user: User, name: RegExp) {
  // The pane opens the step where the round stands once it has loaded: a header pressed before
  // that could be closed again by it.
  await waitFor(() => expect(screen.getAllByRole("button", { expanded: true }).length).toBeGreaterThan(0));
  const parent = PARENTS.find(([sections]) => sections.test(name.source))?.[1];
  if (parent) await expand(user, parent);
  if (/Tinjau indikator|Buat & ekspor/.test(name.source)) return;
  await expand(user, name);
}

/**
 * A workbook without a setup opens on the first-run view: "Mulai" opens the DPA import, then the
 * Pengaturan below it (where a setup is typed or copied from the previous round) is opened too.
 */
export async function start(user: User) {
  await user.click(await screen.findByRole("button", { name: "Mulai" }));
  await openStep(user, /^Pengaturan/);
}

/** Reads the stub DPA from a picked file in step 1's first section. */
export async function importDpa(user: User) {
  await openStep(user, /Impor DPA/);
  await user.upload(screen.getByLabelText("Unggah berkas .xlsx"), xlsxFile("DPA-2026.xlsx"));
  await screen.findByText(/sub kegiatan · 6 indikator/);
}

/** Step 5's "Buat kertas kerja di buku kerja ini", waiting for the answer. */
export async function writeKertasKerja(user: User) {
  await openStep(user, /Buat & ekspor/);
  await user.click(screen.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));
  await screen.findByText(/lembar kertas kerja ditulis ke buku kerja/);
}

export function lastInputs(mock: jest.Mock): RoundInputs {
  const call = mock.mock.calls.at(-1) as [RoundInputs] | undefined;
  if (!call) throw new Error("not called");
  return call[0];
}

/** The accordion item (step or section) whose header is named `name`, to look inside it only. */
export function itemOf(name: RegExp): HTMLElement {
  const item = screen.getByRole("button", { name }).closest<HTMLElement>(".fui-AccordionItem");
  if (!item) throw new Error(`no accordion item for ${name.source}`);
  return item;
}
