/**
 * The judgement of one returned kertas kerja: recognise it (metadata of this round and this
 * generation), find its rows by key, compare every locked cell with what was generated, read the
 * inputs as a Bagian really writes them, warn about what is implausible, and hand consolidation a
 * `Submission` built only from verified cells. The same function judges a file from the task
 * pane and from the CLI; it never throws and never writes.
 *
 * Split by concern: returned-meta.ts (which file, which round, which sheet), returned-rows.ts
 * (rows by key, locked cells), returned-submission.ts (inputs into submitted rows),
 * returned-values.ts (reading one cell), returned-checks.ts (warnings, signature).
 */
import { returned as T } from "../../strings/returned";
import { locateSignature, readSignature } from "./returned-checks";
import { IssueCollector, type ReportIssue } from "../shared/issues";
import { findMeta, findSheet, type ReturnedContext } from "./returned-meta";
import { compareLocked, matchRows, type LockedContext } from "./returned-rows";
import { readRows } from "./returned-submission";
import {
  verdictOf,
  type FileAssessment,
  type ReturnedFile,
  type Submission,
  type SubmittedFile,
} from "./submission";
import type { BagianCode } from "../shared/types";
import { scalesOfStored } from "../setup/scales";

export type { ReturnedContext } from "./returned-meta";

/**
 * Judges one returned file against the master's setup (and, when given, the metadata of the
 * kertas kerja the master generated). Any error rejects the file and leaves `submission` null;
 * warnings and infos keep it. Every issue names the file, and where one cell is to blame its
 * sheet, cell, row, what was found and what was expected.
 * @example assessReturnedFile(file, { setup }).verdict // "accepted" | "warnings" | "rejected"
 */
export function assessReturnedFile(file: ReturnedFile, ctx: ReturnedContext): FileAssessment {
  const info: SubmittedFile = {
    name: file.name,
    sha256: file.sha256,
    size: file.size,
    savedAt: file.savedAt,
  };
  const { issues, report: issue } = new IssueCollector({ file: file.name });
  let submission: Submission | null = null;
  let claimedBagian: FileAssessment["claimedBagian"] = null;
  const claim = (kode: string, nama: string): void => {
    claimedBagian = { kode: kode as BagianCode, nama };
  };
  try {
    submission = judge(file, info, ctx, issue, claim);
  } catch (e) {
    // Shape checks make this unreachable for any file we know of; a file must still never break a round.
    issue(
      "error",
      "returned.file.unexpected",
      T.file.unexpected(file.name, e instanceof Error ? e.message : String(e)),
    );
  }
  const verdict = verdictOf(issues);
  return {
    file: info,
    verdict,
    issues,
    submission: verdict === "rejected" ? null : submission,
    claimedBagian,
  };
}

function judge(
  file: ReturnedFile,
  info: SubmittedFile,
  ctx: ReturnedContext,
  issue: ReportIssue,
  claim: (kode: string, nama: string) => void,
): Submission | null {
  const meta = findMeta(file.name, file.sheets, ctx, issue);
  if (!meta) return null;
  const named = ctx.setup.bagian.find((b) => b.kode === meta.bagian.kode);
  claim(meta.bagian.kode, named?.nama ?? meta.bagian.nama);
  const sheet = findSheet(meta, file.sheets, issue);
  if (!sheet) return null;
  const signatureCells = locateSignature(meta, sheet);
  const found = matchRows(meta, sheet, signatureCells.rows, issue);
  const toGenerated = new Map<number, number>();
  for (const r of meta.rows) {
    const row = found.get(r.key);
    if (row !== undefined) toGenerated.set(row, r.row);
  }
  const locked: LockedContext = {
    meta,
    tahun: meta.tahun,
    toGenerated,
    toCurrent: new Map([...toGenerated].map(([now, generated]) => [generated, now])),
    rules: meta.setup ? [ctx.setup.rules, meta.setup.rules] : [ctx.setup.rules],
  };
  for (const r of meta.rows) {
    const row = found.get(r.key);
    if (row !== undefined) compareLocked(r, sheet, row, locked, issue);
  }
  // The master's scales first; a word only the file's own setup knew still reads.
  const scales = [
    ...scalesOfStored(ctx.setup.rules),
    ...(meta.setup ? scalesOfStored(meta.setup.rules) : []),
  ];
  const rows = readRows(meta, sheet, found, issue, scales);
  const signature = readSignature(sheet, signatureCells, issue);
  const bagian = ctx.setup.bagian.find((b) => b.kode === meta.bagian.kode);
  return {
    bagian: { kode: meta.bagian.kode as BagianCode, nama: bagian?.nama ?? meta.bagian.nama },
    instansi: ctx.setup.instansi,
    tahun: ctx.setup.tahun,
    periode: ctx.setup.periode,
    templateVersion: meta.templateVersion,
    fingerprint: meta.fingerprint,
    file: info,
    signature,
    rows,
  };
}
