/**
 * LibreOffice as the test suite's spreadsheet engine: recalculates the formulas the product
 * writes (so tests compare real results, not exceljs' cached ones), renders PDFs for screenshots.
 *
 * Each call runs `soffice --headless` in a private, throw-away profile. The profile matters:
 * by default LibreOffice keeps the cached values of an .xlsx ("never recalculate" or "ask"),
 * so a stale or deliberately wrong cached result would pass unnoticed. The profile's
 * registrymodifications.xcu sets Calc/Formula/Load/OOXMLRecalcMode to 0 (always).
 */
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/** 0 = always recalculate on load, 1 = never, 2 = ask (headless: never). */
export type RecalcMode = 0 | 1 | 2;

export interface LibreOfficeOptions {
  /** Kill soffice after this long; default 60 s (a cold profile start takes a few seconds). */
  timeoutMs?: number;
  /** OOXMLRecalcMode of the private profile; default 0. Tests use 1 to prove the point. */
  recalcMode?: RecalcMode;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The soffice executable: $SOFFICE, else the first `soffice` on PATH; undefined when absent. */
export function sofficePath(): string | undefined {
  const candidates = [
    process.env.SOFFICE,
    ...(process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, "soffice")),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next one
    }
  }
  return undefined;
}

export function libreOfficeAvailable(): boolean {
  return sofficePath() !== undefined;
}

const MISSING =
  "LibreOffice (soffice) tidak ditemukan: pasang paket Debian libreoffice-calc-nogui " +
  "atau arahkan $SOFFICE ke soffice.";

/**
 * For a test that needs LibreOffice: true when it is there. When it is missing, in CI
 * (process.env.CI set) this throws, so the test fails loudly; locally it warns and returns
 * false so the test can return early.
 */
export function requireLibreOffice(): boolean {
  if (libreOfficeAvailable()) return true;
  if (process.env.CI) throw new Error(`${MISSING} Tes LibreOffice wajib berjalan di CI.`);
  // eslint-disable-next-line no-console -- a skipped engine test must say why, locally
  console.warn(`${MISSING} Tes LibreOffice dilewati.`);
  return false;
}

/**
 * `describe` for a block that needs LibreOffice. Missing soffice: in CI the block holds one
 * failing test that says why; locally the block is skipped, its title and a warning say why.
 */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (libreOfficeAvailable()) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      test("LibreOffice tersedia", () => {
        throw new Error(`${MISSING} Tes LibreOffice wajib berjalan di CI.`);
      });
    });
  } else {
    // eslint-disable-next-line no-console -- a skipped engine test must say why, locally
    console.warn(`${MISSING} Dilewati: ${name}`);
    describe.skip(`${name} [dilewati: soffice tidak ditemukan]`, body);
  }
}

function registryModifications(recalcMode: RecalcMode): string {
  const prop = (path: string, name: string, value: string | number) =>
    `<item oor:path="${path}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<oor:items xmlns:oor="http://openoffice.org/2001/registry"` +
      ` xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    prop("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", recalcMode),
    prop("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", recalcMode),
    // No first-start wizard, no update check: nothing to wait for in a headless run.
    prop("/org.openoffice.Setup/Office", "ooSetupInstCompleted", "true"),
    prop("/org.openoffice.Office.Common/Misc", "FirstRun", "false"),
    `</oor:items>`,
    ``,
  ].join("\n");
}

/**
 * Runs one soffice conversion of several files in a fresh private profile and returns the
 * converted bytes in input order. One run costs a few seconds of start-up whatever the count,
 * so callers batch.
 */
async function convert(
  inputs: Uint8Array[],
  convertTo: string,
  outputExtension: string,
  options: LibreOfficeOptions,
): Promise<Uint8Array[]> {
  const soffice = sofficePath();
  if (!soffice) throw new Error(MISSING);
  const work = await mkdtemp(join(tmpdir(), "kk-lo-"));
  try {
    const profile = join(work, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(
      join(profile, "user", "registrymodifications.xcu"),
      registryModifications(options.recalcMode ?? 0),
    );
    const inDir = join(work, "in");
    const outDir = join(work, "out");
    await mkdir(inDir);
    const names = inputs.map((_, i) => `book${i + 1}`);
    await Promise.all(inputs.map((bytes, i) => writeFile(join(inDir, `${names[i]}.xlsx`), bytes)));
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--invisible",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        "--convert-to",
        convertTo,
        "--outdir",
        outDir,
        ...names.map((name) => join(inDir, `${name}.xlsx`)),
      ],
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    // soffice exits 0 even when a store fails, so the output files are the only proof.
    const produced = await readdir(outDir).catch(() => [] as string[]);
    return await Promise.all(
      names.map(async (name) => {
        const file = `${name}.${outputExtension}`;
        if (!produced.includes(file)) {
          throw new Error(
            `soffice tidak menghasilkan ${file} (keluaran: ${produced.join(", ") || "kosong"})`,
          );
        }
        return new Uint8Array(await readFile(join(outDir, file)));
      }),
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills soffice.bin too, not only the wrapper script.
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      reject(new Error(`soffice melebihi batas waktu ${timeoutMs} ms. Keluaran: ${output}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`soffice keluar dengan kode ${code}. Keluaran: ${output}`));
    });
  });
}

const XLSX_FILTER = "xlsx:Calc MS Excel 2007 XML"; // no quotes: they are shell syntax in the docs

/**
 * Opens an .xlsx in LibreOffice Calc with "always recalculate", saves it as .xlsx again and
 * returns the bytes: every formula's cached value is now LibreOffice's own result.
 */
export async function recalcWithLibreOffice(
  bytes: Uint8Array,
  options: LibreOfficeOptions = {},
): Promise<Uint8Array> {
  const [out] = await convert([bytes], XLSX_FILTER, "xlsx", options);
  if (!out) throw new Error("soffice tidak menghasilkan berkas");
  return out;
}

/** `recalcWithLibreOffice` for several workbooks in one soffice run (one start-up cost). */
export function recalcAllWithLibreOffice(
  workbooks: Uint8Array[],
  options: LibreOfficeOptions = {},
): Promise<Uint8Array[]> {
  return workbooks.length === 0 ? Promise.resolve([]) : convert(workbooks, XLSX_FILTER, "xlsx", options);
}

/** Prints an .xlsx to PDF with LibreOffice (its page setup applies) and writes it to `outPdf`. */
export async function renderPdfWithLibreOffice(
  bytes: Uint8Array,
  outPdf: string,
  options: LibreOfficeOptions = {},
): Promise<void> {
  const [pdf] = await convert([bytes], "pdf:calc_pdf_Export", "pdf", options);
  if (!pdf) throw new Error("soffice tidak menghasilkan PDF");
  await writeFile(outPdf, pdf);
}
/**
 * Rasterises a PDF with poppler's pdftoppm: one PNG per page, `${outPrefix}-1.png`, … .
 * Returns the paths in page order.
 */
export async function pdfToPng(
  pdf: string,
  outPrefix: string,
  options: { dpi?: number; timeoutMs?: number } = {},
): Promise<string[]> {
  await run(
    "pdftoppm",
    ["-png", "-r", String(options.dpi ?? 80), pdf, outPrefix],
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  const dir = dirname(outPrefix);
  const base = basename(outPrefix);
  const pages = (await readdir(dir))
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .map((f) => ({ f, n: Number(f.slice(base.length + 1, -4)) }))
    .filter(({ n }) => Number.isInteger(n))
    .sort((a, b) => a.n - b.n);
  return pages.map(({ f }) => join(dir, f));
}
