/**
 * The fake's workbook as text and back, so that it outlives the page that holds it: a task pane
 * closed and opened again (or reloaded) in Excel finds the workbook as the last `sync()` left it,
 * and so does the harness page, whose fake saves the workbook into a `WorkbookStore` after its
 * syncs (`workbookSaver`) and restores it when the page loads again (`installExcelFake({ store })`).
 *
 * Everything the model holds goes: sheets in order with their ids, cells (values, formulas, quote
 * prefix, every format, hyperlinks), merges, validations, protection (with its password),
 * visibility including VeryHidden, column widths, hidden columns, row heights, page layout, print
 * areas, auto filter, freeze panes, page breaks, charts; the workbook's names, structure
 * protection, active sheet, the workbooks handed to Excel.createWorkbook, and the id counter (so
 * that a sheet or chart added after a reload gets an id no other one has). The encoding is
 * generic over plain objects, arrays, Maps, Sets and Dates; anything else (a class instance, a
 * function, a non-finite number) makes `serialiseWorkbook` throw rather than drop it. Cell formats
 * are written once per distinct format and referred to by index (a kertas kerja repeats a few
 * formats over thousands of cells).
 */
import { FakeWorkbookModel, type FakeCell } from "./excel-fake/model";

export const SNAPSHOT_TYPE = "kertas-kerja-sakip/excel-fake-workbook";
export const SNAPSHOT_VERSION = 1;

/** Where the fake keeps its workbook between pages: `load` gives null when none was saved. */
export interface WorkbookStore {
  load(): string | null;
  save(snapshot: string): void;
}

/** A store in a Web Storage area (the page's localStorage: shared by the pages of one origin). */
export function webStorageStore(
  storage: Pick<Storage, "getItem" | "setItem">,
  key: string,
  onError: (message: string) => void,
): WorkbookStore {
  return {
    load: () => storage.getItem(key),
    save: (snapshot) => {
      try {
        storage.setItem(key, snapshot);
      } catch (e) {
        // A full storage must not look like an Excel failure to the pane: the test reads onError.
        onError(`the fake workbook (${snapshot.length} characters) was not saved: ${String(e)}`);
      }
    },
  };
}

/**
 * Saves the workbook after a change: `changed()` after every sync (what a sync applied stays, as in
 * Excel, failed or not) and createWorkbook. The syncs of one task of the page (a use case's
 * batches awaiting one another) are one save, made when that task is done; a save still due is
 * made at once when the page is hidden or closed (pagehide) and at `dispose()`.
 */
export function workbookSaver(
  store: WorkbookStore,
  model: () => FakeWorkbookModel,
): { changed: () => void; flush: () => void; dispose: () => void } {
  let due: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (due === undefined) return;
    clearTimeout(due);
    due = undefined;
    store.save(serialiseWorkbook(model()));
  };
  // In a page (not in Node): the listener is removed with the functions it was added with.
  const page =
    typeof addEventListener === "function" && typeof removeEventListener === "function"
      ? { add: addEventListener.bind(globalThis), remove: removeEventListener.bind(globalThis) }
      : undefined;
  page?.add("pagehide", flush);
  return {
    changed: () => {
      due ??= setTimeout(flush, 0);
    },
    flush,
    dispose: () => {
      flush();
      page?.remove("pagehide", flush);
    },
  };
}

/** A cell's value part; the rest of the cell is its format, shared through the format table. */
type CellRow = [
  key: string,
  value: FakeCell["value"],
  formula: string | null,
  quote: boolean,
  format: number,
];
type Hyperlinked = [...CellRow, hyperlink: FakeCell["hyperlink"]];

const TAG = {
  map: "$kkMap",
  set: "$kkSet",
  date: "$kkDate",
  cells: "$kkCells",
  undef: "$kkUndefined",
} as const;

function encodeCells(cells: Map<string, FakeCell>): { formats: string[]; rows: (CellRow | Hyperlinked)[] } {
  const formats: string[] = [];
  const index = new Map<string, number>();
  const rows: (CellRow | Hyperlinked)[] = [];
  for (const [key, cell] of cells) {
    const { value, formula, quotePrefix, hyperlink, ...format } = cell;
    const text = JSON.stringify(format, replacer);
    let at = index.get(text);
    if (at === undefined) {
      at = formats.length;
      formats.push(text);
      index.set(text, at);
    }
    const row: CellRow = [key, value, formula, quotePrefix, at];
    rows.push(hyperlink ? [...row, hyperlink] : row);
  }
  return { formats, rows };
}

/** A plain object (of any realm: a test runner's sandbox has its own Object), or the model itself. */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null || proto === FakeWorkbookModel.prototype;
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  if (raw instanceof Date) return { [TAG.date]: raw.getTime() };
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Error(`${key}: the non-finite number ${value} has no JSON form`);
  if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint")
    throw new Error(`${key}: a ${typeof value} cannot be kept`);
  if (value === undefined && Array.isArray(this)) return { [TAG.undef]: true };
  if (value instanceof Map) {
    if (key === "cells") return { [TAG.cells]: encodeCells(value as Map<string, FakeCell>) };
    return { [TAG.map]: [...value.entries()] };
  }
  if (value instanceof Set) return { [TAG.set]: [...value] };
  if (typeof value === "object" && value !== null && !Array.isArray(value) && !isPlain(value))
    throw new Error(`${key}: a ${value.constructor.name} is not plain data`);
  return value;
}

function decodeCells(encoded: { formats: string[]; rows: (CellRow | Hyperlinked)[] }): Map<string, FakeCell> {
  // Each cell gets its own copy of its format: a later write to one cell's font is that cell's.
  const formatOf = (at: number) => {
    const text = encoded.formats[at];
    if (text === undefined) throw new Error(`no cell format ${at}`);
    return JSON.parse(text, reviver) as Omit<FakeCell, "value" | "formula" | "quotePrefix" | "hyperlink">;
  };
  const cells = new Map<string, FakeCell>();
  for (const row of encoded.rows) {
    const [key, value, formula, quotePrefix, at] = row;
    const hyperlink = row.length > 5 ? (row as Hyperlinked)[5] : null;
    cells.set(key, { ...formatOf(at), value, formula, quotePrefix, hyperlink });
  }
  return cells;
}

function reviver(_key: string, value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  if (TAG.map in o) return new Map(o[TAG.map] as [unknown, unknown][]);
  if (TAG.set in o) return new Set(o[TAG.set] as unknown[]);
  if (TAG.date in o) return new Date(o[TAG.date] as number);
  if (TAG.undef in o) return undefined;
  if (TAG.cells in o) return decodeCells(o[TAG.cells] as Parameters<typeof decodeCells>[0]);
  return value;
}

/** The whole workbook the fake holds, as text (JSON with a type and a version). */
export function serialiseWorkbook(model: FakeWorkbookModel): string {
  return JSON.stringify({ type: SNAPSHOT_TYPE, version: SNAPSHOT_VERSION, model }, replacer);
}

/** The workbook `serialiseWorkbook` wrote; throws on text of another kind or version. */
export function restoreWorkbook(snapshot: string): FakeWorkbookModel {
  const parsed = JSON.parse(snapshot, reviver) as { type?: unknown; version?: unknown; model?: unknown };
  if (parsed.type !== SNAPSHOT_TYPE || parsed.version !== SNAPSHOT_VERSION)
    throw new Error(
      `not a fake workbook of version ${SNAPSHOT_VERSION}: ${String(parsed.type)} ${String(parsed.version)}`,
    );
  if (typeof parsed.model !== "object" || parsed.model === null)
    throw new Error("the snapshot has no workbook");
  return Object.assign(new FakeWorkbookModel(), parsed.model);
}
