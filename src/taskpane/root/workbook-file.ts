/**
 * The open workbook as an .xlsx file, through Office's Common API (step 8's archive needs its
 * bytes): `Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize })`, then
 * every slice in order, then `closeAsync` — always, since Office keeps at most two such files open
 * and fails the next getFileAsync otherwise.
 *
 * Requirement sets File and CompressedFile. The reference disagrees with itself on Excel on the
 * web (the requirement-set table lists CompressedFile there; the getFileAsync page's table, in
 * @types/office-js 1.0.612, gives Excel on the web only Pdf), so the pane asks
 * `isSetSupported` first and, where the file cannot be had, lets the user pick the saved workbook.
 */

/** Slices up to 4194304 bytes (4 MB) are allowed outside iPad; a larger size fails ("Internal Error"). */
export const SLICE_SIZE = 4 * 1024 * 1024;

/** What Office offers here, narrowed to what is used (the global `Office` in the add-in). */
export interface OfficeFileApi {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document?: Pick<Office.Document, "getFileAsync" | "url">;
  };
}

export interface WorkbookFileSource {
  /** Whether this Excel hands the open workbook's file to add-ins. */
  available(): boolean;
  /** The workbook's file and its name (from the document's URL; null for a workbook never saved). */
  read(): Promise<{ bytes: Uint8Array; name: string | null }>;
}

/** The last part of the document's URL or path ("…/Induk%202026.xlsx" → "Induk 2026.xlsx"), if a workbook's name. */
export function fileNameOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let name = url;
  try {
    const parsed = new URL(url);
    // Excel on the web may give the viewer's address, with the file in a "file" parameter.
    name = parsed.searchParams.get("file") ?? parsed.pathname;
  } catch {
    // A local path (C:\…\Induk.xlsx): not a URL.
  }
  const last = name.split(/[\\/]/).pop() ?? "";
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // Keep it as written.
  }
  return /\.xls[xm]$/i.test(decoded) ? decoded : null;
}

type Done<T> = (result: Office.AsyncResult<T>) => void;

function call<T>(start: (done: Done<T>) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => {
      if (String(result.status) === "succeeded") resolve(result.value);
      else reject(new Error(result.error?.message || result.error?.name || "getFileAsync"));
    }),
  );
}

/** Slice data is a byte array for "compressed" (an array of numbers; a typed array is taken too). */
function bytesOf(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer || Array.isArray(data)) return new Uint8Array(data as ArrayLike<number>);
  throw new Error("getSliceAsync returned no byte array");
}

async function readSlices(file: Office.File): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (let i = 0; i < file.sliceCount; i++) {
    const slice = await call<Office.Slice>((done) => file.getSliceAsync(i, done));
    parts.push(bytesOf(slice.data));
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  if (total !== file.size) throw new Error(`getFileAsync gave ${total} of ${file.size} bytes`);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return bytes;
}

/** The workbook's file through `office` (the add-in's global Office when not given), in slices of `sliceSize` bytes. */
export function officeWorkbookFile(
  office: () => OfficeFileApi = () => Office,
  sliceSize = SLICE_SIZE,
): WorkbookFileSource {
  return {
    available() {
      const o = office();
      const req = o.context.requirements;
      return (
        typeof o.context.document?.getFileAsync === "function" &&
        req.isSetSupported("File") &&
        req.isSetSupported("CompressedFile")
      );
    },
    async read() {
      const doc = office().context.document;
      if (!doc) throw new Error("Office.context.document is missing");
      const file = await call<Office.File>((done) =>
        // Office.FileType.Compressed; the text value is documented as equivalent.
        doc.getFileAsync("compressed" as unknown as Office.FileType, { sliceSize }, done),
      );
      try {
        return { bytes: await readSlices(file), name: fileNameOfUrl(doc.url) };
      } finally {
        // Closed whatever happened: Office fails getFileAsync while two files are still open.
        await new Promise<unknown>((resolve) => file.closeAsync(resolve));
      }
    },
  };
}
