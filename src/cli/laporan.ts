/**
 * `laporan INDUK.xlsx [--out FOLDER] [--oleh NIP]`: step 5's draft. Writes the master's "Laporan"
 * sheet (in place, with its Log entry) and the Word document beside the master or into FOLDER.
 * Both are built before either is written; the .docx is written first, so a master is never
 * left saying a Laporan was made whose document is missing.
 */
import { dirname, resolve } from "node:path";
import { actorFor } from "../app/log";
import { susunLaporan } from "../app/laporan";
import { loadSetup } from "../app/setup";
import { laporanDocx } from "../hosts/docx/laporan-docx";
import { XlsxWorkbook } from "../hosts/xlsx/port";
import { S } from "../strings";
import { laporanCli as T } from "../strings/laporanApp";
import type { LaporanOptions } from "./args";
import { guardRead, readInputWorkbook, writeDocumentFile, writeMasterFile } from "./files";
import { formatIssue, printIssues } from "./format";
import { inputError, println, type CliIo } from "./io";
import { NOW_ENV } from "./sop";

export async function runLaporan(opts: LaporanOptions, io: CliIo): Promise<void> {
  const path = resolve(io.cwd, opts.master);
  const bytes = await readInputWorkbook(path);
  const port = await guardRead(path, () => XlsxWorkbook.fromBytes(bytes, path));
  const now = opts.sekarang ?? process.env[NOW_ENV] ?? (io.now?.() ?? new Date()).toISOString();
  const { setup } = await loadSetup(port);
  if (!setup) throw inputError(S.cli.input.noSetup(path));
  const outcome = await susunLaporan(port, { now, actor: actorFor(setup, opts.oleh) });
  if (!outcome.ok) throw inputError(T.refused(path), outcome.issues.map(formatIssue));

  const { doc } = outcome;
  const docx = await laporanDocx(doc);
  const outDir = opts.out === undefined ? dirname(path) : resolve(io.cwd, opts.out);
  const docxPath = await writeDocumentFile(outDir, outcome.fileName, docx);
  await writeMasterFile(path, await port.toBytes());

  println(io.stdout, T.heading(S.common.periode[doc.periode], doc.tahun, doc.instansi));
  println(io.stdout, `${T.form[doc.form]}; ${T.chapters(doc.chapters.length, tableCount(doc))}`);
  println(io.stdout, T.sheet(path));
  println(io.stdout, T.docx(docxPath));
  println(io.stdout);
  if (doc.approvals.length === 0) println(io.stdout, T.noApproval);
  for (const a of doc.approvals) println(io.stdout, T.approval(T.approvalNames[a.kind], a.nama, a.valid));
  // What is left of steps 6 and 7: nothing once both records hold over this Laporan.
  const holds = (kind: "paraf" | "ttd") => doc.approvals.some((a) => a.kind === kind && a.valid);
  if (!holds("paraf") || !holds("ttd")) println(io.stdout, T.next);
  printIssues(io, outcome.issues);
}

function tableCount(doc: { chapters: { blocks: { kind: string }[] }[] }): number {
  return doc.chapters.reduce((n, c) => n + c.blocks.filter((b) => b.kind === "table").length, 0);
}
