/**
 * `Office.context.document.getFileAsync` for the strict Excel fake: the open workbook as a file,
 * in slices, as the Common API reference describes Document.getFileAsync, Office.File and
 * Office.Slice (@types/office-js 1.0.612; learn.microsoft.com). `installDocumentFile(fake)` adds
 * `Office.context.document` (`url`, `getFileAsync`), `Office.FileType` and
 * `Office.AsyncResultStatus` to an installed fake.
 *
 * What it holds to, as documented:
 * - Requirement sets File and CompressedFile (the latter for `Office.FileType.Compressed`); the
 *   fake reports both supported unless told otherwise. Only "compressed" is modelled: Excel's other
 *   types (Pdf; Text on Windows and Mac) fail here.
 * - `sliceSize` defaults to 4194304 (4 MB) and may not exceed it ("Internal Error" above it).
 * - The file is the workbook as it is when getFileAsync is called; `File.size` is its byte count
 *   and `sliceCount` the number of slices; `Slice.data` is a byte array (numbers), `index`
 *   zero-based, `size` its length.
 * - No more than two files may be open: a third getFileAsync before `closeAsync` fails.
 * - Callbacks come asynchronously, with `status` "succeeded" or "failed", `value`, `error` and the
 *   caller's `asyncContext`.
 * Not documented, the fake's own choice: every failure has code 5001 ("Internal Error", the name
 * the reference gives an oversized slice) and a message naming the rule; a slice of a closed file
 * or out of range fails; closing twice succeeds.
 *
 * The bytes: the model written as .xlsx with exceljs — sheet names and visibility, values and
 * formulas (with any seeded cached result). Formats, merges and protection are not written.
 */
import ExcelJS from "exceljs";
import type { ExcelFake } from "./excel-fake";
import type { FakeWorkbookModel } from "./excel-fake/model";

/** The largest slice Office hands out outside iPad. */
export const MAX_SLICE = 4194304;

export interface DocumentFileOptions {
  /** Office.context.document.url: the workbook's path or address; "" for a workbook never saved. */
  url?: string;
  /** Whether this Excel has the File and CompressedFile requirement sets (default true). */
  supported?: boolean;
}

export interface DocumentFileFake {
  /** The bytes of every file handed out by getFileAsync, in order. */
  served: Uint8Array[];
  /** Files got and not yet closed. */
  readonly open: number;
  /** Slices handed out, as "file#index". */
  slices: string[];
}

interface Result<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}
type Callback<T> = (result: Result<T>) => void;

const later = (fn: () => void) => setTimeout(fn, 0);

function failed<T>(message: string, asyncContext: unknown): Result<T> {
  return {
    status: "failed",
    value: undefined as T,
    error: { name: "Internal Error", message, code: 5001 },
    asyncContext,
  };
}

const STATE: Record<string, ExcelJS.WorksheetState> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

/** The workbook as an .xlsx file: what Excel would hand over for "compressed". */
export async function workbookFileBytes(model: FakeWorkbookModel): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = book.addWorksheet(sheet.name, { state: STATE[sheet.visibility] ?? "visible" });
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(":").map(Number) as [number, number];
      const target = ws.getCell(r + 1, c + 1);
      if (cell.formula !== null) {
        const formula = cell.formula.replace(/^=/, "");
        target.value = cell.value === null ? { formula } : { formula, result: cell.value };
      } else if (cell.value !== null) target.value = cell.value;
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function fileOf(bytes: Uint8Array, sliceSize: number, id: number, fake: DocumentFileFake, close: () => void) {
  let closed = false;
  return {
    size: bytes.length,
    sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
    getSliceAsync(index: number, callback?: Callback<{ data: number[]; index: number; size: number }>) {
      const count = Math.max(1, Math.ceil(bytes.length / sliceSize));
      later(() => {
        if (closed) return callback?.(failed("The file is closed.", undefined));
        if (!Number.isInteger(index) || index < 0 || index >= count)
          return callback?.(failed(`No slice ${index} of ${count}.`, undefined));
        const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
        fake.slices.push(`${id}#${index}`);
        callback?.({ status: "succeeded", value: { data, index, size: data.length } });
      });
    },
    closeAsync(callback?: Callback<undefined>) {
      later(() => {
        if (!closed) close();
        closed = true;
        callback?.({ status: "succeeded", value: undefined });
      });
    },
  };
}

/** Adds the document's file to an installed fake; the fake's requirement sets gain File and CompressedFile. */
export function installDocumentFile(fake: ExcelFake, options: DocumentFileOptions = {}): DocumentFileFake {
  let open = 0;
  let ids = 0;
  const state: DocumentFileFake = {
    served: [],
    slices: [],
    get open() {
      return open;
    },
  };
  if (options.supported !== false)
    fake.requirements = { ...fake.requirements, File: "1.1", CompressedFile: "1.1" };
  const supported = () =>
    fake.Office.context.requirements.isSetSupported("File") &&
    fake.Office.context.requirements.isSetSupported("CompressedFile");

  const getFileAsync = (fileType: string, ...rest: unknown[]) => {
    const callback = rest.find((r): r is Callback<unknown> => typeof r === "function");
    const opts = (typeof rest[0] === "object" && rest[0] !== null ? rest[0] : {}) as {
      sliceSize?: number;
      asyncContext?: unknown;
    };
    const ctx = opts.asyncContext;
    const sliceSize = opts.sliceSize ?? MAX_SLICE;
    const refuse = (message: string) => later(() => callback?.(failed(message, ctx)));
    if (!supported()) return refuse("This Excel lacks the File/CompressedFile requirement sets.");
    if (fileType !== "compressed") return refuse(`FileType "${fileType}" is not modelled by the fake.`);
    if (!Number.isInteger(sliceSize) || sliceSize <= 0 || sliceSize > MAX_SLICE)
      return refuse(`sliceSize ${sliceSize} is outside 1…${MAX_SLICE}.`);
    if (open >= 2) return refuse("No more than two documents are allowed to be in memory.");
    open += 1;
    const id = ++ids;
    // The workbook as it is now; the slices come from this snapshot whatever happens after.
    workbookFileBytes(fake.workbook).then(
      (bytes) => {
        state.served.push(bytes);
        const file = fileOf(bytes, sliceSize, id, state, () => (open -= 1));
        callback?.({ status: "succeeded", value: file, asyncContext: ctx });
      },
      (err: unknown) => {
        open -= 1;
        callback?.(failed(`The workbook could not be written: ${String(err)}`, ctx));
      },
    );
  };

  Object.assign(fake.Office as unknown as Record<string, unknown>, {
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  });
  Object.assign(fake.Office.context as unknown as Record<string, unknown>, {
    document: { url: options.url ?? "", getFileAsync },
  });
  return state;
}
