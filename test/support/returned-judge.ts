/**
 * Judging the returned-file corpus in the domain tests: each case made, read by the host's reader
 * and judged against the corpus round, once per test file (the result is cached by case name).
 */
import { assessReturnedFile, type ReturnedContext } from "../../src/domain/returned/returned";
import type { FileAssessment, ReturnedFile, SubmittedRow } from "../../src/domain/returned/submission";
import type { Issue } from "../../src/domain/shared/types";
import { readReturnedFile } from "../../src/hosts/xlsx/untrusted/returned";
import { CONTENT_CASES, corpusContext } from "./returned-corpus-content";
import { EDIT_CASES } from "./returned-corpus-edits";
import { LIBREOFFICE_CASES, PROGRAM_CASES } from "./returned-corpus-programs";

export const SHEET = "KK Organisasi";

/** Every content-level case: the content corpus, what people do, other programs (LibreOffice too). */
export const ALL_CASES = [...CONTENT_CASES, ...EDIT_CASES, ...PROGRAM_CASES, ...LIBREOFFICE_CASES];

export async function fileOf(made: {
  name: string;
  bytes: Uint8Array;
  lastModified?: string;
}): Promise<ReturnedFile> {
  const read = await readReturnedFile(made.bytes, made.name, { lastModified: made.lastModified ?? null });
  if (!read.ok) throw new Error(`unreadable ${made.name}: ${read.issues.map((i) => i.message).join("; ")}`);
  return read.file;
}

let corpus: ReturnedContext | null = null;
const judged = new Map<string, Promise<{ file: ReturnedFile; bytes: Uint8Array; a: FileAssessment }>>();

/** The case `name`, made, read and judged (by default against the corpus round, cached). */
export function judge(name: string, context?: ReturnedContext) {
  const c = ALL_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name}`);
  corpus ??= corpusContext();
  const ctx = context ?? corpus;
  const run = async () => {
    const made = await c.make();
    const file = await fileOf(made);
    return { file, bytes: made.bytes, a: assessReturnedFile(file, ctx) };
  };
  if (context) return run();
  let p = judged.get(name);
  if (!p) judged.set(name, (p = run()));
  return p;
}

export const codes = (a: FileAssessment) => [...new Set(a.issues.map((i) => i.code))].sort();

/** The one issue of `code` (the test fails when there are none or several). */
export const only = (a: FileAssessment, code: string): Issue => {
  const found = a.issues.filter((i) => i.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
};

export const rowByKey = (a: FileAssessment, key: string): SubmittedRow => {
  const row = a.submission?.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no submitted row ${key}`);
  return row;
};
