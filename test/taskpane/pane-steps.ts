/** Steps through the App that the PK and copy tests share: open a step, import the DPA, generate. */
import { screen } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import type { RoundInputs } from "../../src/app/round-types";

export type User = ReturnType<typeof userEvent.setup>;

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const xlsxFile = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name, { type: XLSX });

/** Opens an accordion step by its header (a step already open is left open). */
export async function openStep(user: User, name: RegExp) {
  const header = await screen.findByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}

/** Reads the stub DPA from a picked file in step 2. */
export async function importDpa(user: User) {
  await openStep(user, /Impor DPA/);
  await user.upload(screen.getByLabelText("Unggah berkas .xlsx"), xlsxFile("DPA-2026.xlsx"));
  await screen.findByText(/sub kegiatan · 6 indikator/);
}

/** Step 5's "Buat kertas kerja di buku kerja ini", waiting for the answer. */
export async function writeKertasKerja(user: User) {
  await openStep(user, /Buat kertas kerja/);
  await user.click(screen.getByRole("button", { name: "Buat kertas kerja di buku kerja ini" }));
  await screen.findByText(/lembar kertas kerja ditulis ke buku kerja/);
}

export function lastInputs(mock: jest.Mock): RoundInputs {
  const call = mock.mock.calls.at(-1) as [RoundInputs] | undefined;
  if (!call) throw new Error("not called");
  return call[0];
}
