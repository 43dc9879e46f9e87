/**
 * LibreOffice Writer as the test suite's word processor: converts a .docx to PDF in a private,
 * throw-away profile (as test/support/libreoffice.ts does for Calc), and poppler's tools read the
 * PDF back — its text per page (`pdftotext`), its page sizes (`pdfinfo`), a page as PNG
 * (`pdftoppm`). Writer is Debian's `libreoffice-writer-nogui`; when soffice runs but Writer is not
 * installed, the conversion fails and says so.
 */
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { sofficePath } from "./libreoffice";

const TIMEOUT_MS = 120_000;

const PROFILE = [
  `<?xml version="1.0" encoding="UTF-8"?>`,
  `<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
  `<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>`,
  `<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>`,
  `</oor:items>`,
  ``,
].join("\n");

/** Runs a program; resolves with its stdout, rejects with its output on a non-zero exit or a timeout. */
export function runTool(
  command: string,
  args: string[],
  timeoutMs = TIMEOUT_MS,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout kills soffice.bin too, not only its wrapper script.
    const child = spawn(command, args, { detached: true, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    const timer = setTimeout(() => {
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
      reject(new Error(`${command} melebihi batas waktu ${timeoutMs} ms. ${err}`));
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${command} keluar dengan kode ${code}: ${err || out}`));
    });
  });
}

/** Converts .docx bytes to PDF with LibreOffice Writer and writes the PDF to `outPdf`. */
export async function docxToPdf(bytes: Uint8Array, outPdf: string): Promise<void> {
  const soffice = sofficePath();
  if (!soffice) throw new Error("LibreOffice (soffice) tidak ditemukan.");
  const work = await mkdtemp(join(tmpdir(), "kk-writer-"));
  try {
    const profile = join(work, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE);
    const input = join(work, "laporan.docx");
    const outDir = join(work, "out");
    await writeFile(input, bytes);
    await runTool(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nolockcheck",
      "--nodefault",
      "--convert-to",
      "pdf:writer_pdf_Export",
      "--outdir",
      outDir,
      input,
    ]);
    // soffice exits 0 even when it could not store: the file is the only proof.
    const produced = await readdir(outDir).catch(() => [] as string[]);
    if (!produced.includes("laporan.pdf")) {
      throw new Error(
        `LibreOffice Writer tidak menghasilkan PDF (keluaran: ${produced.join(", ") || "kosong"}); ` +
          `apakah paket Debian libreoffice-writer-nogui terpasang?`,
      );
    }
    await writeFile(outPdf, await readFile(join(outDir, "laporan.pdf")));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The text of each page of a PDF, in page order (pdftotext separates pages with a form feed). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const text = await runTool("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
  const pages = text.split("\f");
  if (pages.length > 0 && pages[pages.length - 1]!.trim() === "") pages.pop();
  return pages;
}

/** Width and height in points of every page, from `pdfinfo`. */
export async function pdfPageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const info = await runTool("pdfinfo", ["-f", "1", "-l", "100000", pdf]);
  return [...info.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Page `page` (1-based) of a PDF as a PNG at `dpi`, written to `outPng`. */
export async function pdfPageToPng(pdf: string, page: number, outPng: string, dpi = 60): Promise<void> {
  const prefix = `${outPng.replace(/\.png$/, "")}-tmp`;
  await runTool("pdftoppm", [
    "-png",
    "-r",
    String(dpi),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdf,
    prefix,
  ]);
  await rename(`${prefix}.png`, outPng);
}
