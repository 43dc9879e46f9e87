/** Files written by a real office suite pass or fail readReturnedFile as they should. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readReturnedFile } from "../../../../src/hosts/xlsx/untrusted/returned";
import {
  describeWithLibreOffice,
  recalcWithLibreOffice,
  renderPdfWithLibreOffice,
} from "../../../support/libreoffice";
import { filledBase } from "../../../support/returned-corpus-files";

describeWithLibreOffice("returned files written by LibreOffice", () => {
  test("the kertas kerja saved again by LibreOffice as .xlsx is read, every sheet included", async () => {
    const { fx, bytes, stem } = await filledBase();
    const saved = await recalcWithLibreOffice(bytes);
    const read = await readReturnedFile(saved, `${stem}.xlsx`);
    if (!read.ok) throw new Error(read.issues[0]!.message);
    // LibreOffice keeps every sheet but saves a very hidden one as merely hidden.
    const lowered = (v: string): string => (v === "veryHidden" ? "hidden" : v);
    expect(read.file.sheets.map((s) => [s.name, s.visibility])).toEqual(
      fx.kk.plans.map((p) => [p.name, lowered(p.visibility)]),
    );
  }, 90_000);

  test("the kertas kerja printed to PDF by LibreOffice and renamed .xlsx is named a PDF", async () => {
    const { bytes, stem } = await filledBase();
    const dir = await mkdtemp(join(tmpdir(), "kk-returned-pdf-"));
    try {
      const pdf = join(dir, "kk.pdf");
      await renderPdfWithLibreOffice(bytes, pdf);
      const read = await readReturnedFile(new Uint8Array(await readFile(pdf)), `${stem}.xlsx`);
      expect(!read.ok && read.issues[0]).toMatchObject({
        code: "returned.file.not-xlsx",
        found: "berkas PDF",
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
