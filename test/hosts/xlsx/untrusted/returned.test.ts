/**
 * readReturnedFile: every file-level case of the corpus is judged as it must be, a good kertas
 * kerja is read whole, and the guards hold on what the zip declares and what it really holds.
 */
import { createHash } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { inflateWithin } from "../../../../src/hosts/xlsx/untrusted/bounded-inflate";
import {
  DEFAULT_RETURNED_LIMITS,
  limitsOf,
  readReturnedFile,
} from "../../../../src/hosts/xlsx/untrusted/returned";
import { FILE_CASES, filledBase } from "../../../support/returned-corpus-files";
import { cellOf, editKertasKerja } from "../../../support/returned-fixture";
import { pack, packedZeros, unzipParts, writeZip } from "../../../support/zip-writer";
import JSZip from "jszip";

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
const MB = 1024 * 1024;

describe("the corpus of file-level cases", () => {
  test("has at least 10 rejected cases, each a distinct name", () => {
    expect(FILE_CASES.filter((c) => c.expect.verdict === "rejected").length).toBeGreaterThanOrEqual(10);
    expect(new Set(FILE_CASES.map((c) => c.name)).size).toBe(FILE_CASES.length);
  });

  test.each(FILE_CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const made = await c.make();
    const read = await readReturnedFile(made.bytes, made.name, {
      lastModified: made.lastModified ?? null,
      ...(c.limits ? { limits: c.limits } : {}),
    });
    expect(read.file.sha256).toBe(sha256(made.bytes));
    expect(read.file.size).toBe(made.bytes.byteLength);
    expect(read.file.name).toBe(made.name);
    if (c.expect.verdict !== "rejected") {
      expect(read.ok).toBe(true);
      return;
    }
    if (read.ok) throw new Error(`accepted, expected ${c.expect.codes.join(", ")}`);
    expect(read.issues.map((i) => i.code)).toEqual(c.expect.codes);
    for (const issue of read.issues) {
      expect(issue).toMatchObject({ severity: "error", file: made.name });
      expect(issue.message).toContain(made.name);
      expect(issue.found).toEqual(expect.any(String));
      expect(issue.expected).toEqual(expect.any(String));
      expect(issue.found).not.toBe("");
      expect(issue.cell).toBeUndefined();
    }
  });
});

describe("a good kertas kerja", () => {
  test("reads every sheet, very hidden metadata included, with its hash and save date", async () => {
    const { fx, bytes, stem } = await filledBase();
    const read = await readReturnedFile(bytes, `${stem}.xlsx`, { lastModified: "2026-07-12T00:00:00.000Z" });
    if (!read.ok) throw new Error(read.issues[0]!.message);
    const planned = fx.kk.plans.map((p) => ({ name: p.name, visibility: p.visibility }));
    expect(read.file.sheets.map((s) => ({ name: s.name, visibility: s.visibility }))).toEqual(planned);
    expect(planned.some((p) => p.visibility === "veryHidden")).toBe(true);
    expect(read.file.sha256).toBe(sha256(bytes));
    expect(read.file.size).toBe(bytes.byteLength);
    // filledKertasKerja saves with `modified` = 10 July 2026, 02:00 UTC; it wins over the file date.
    expect(read.file.savedAt).toBe(new Date(Date.UTC(2026, 6, 10, 2)).toISOString());
  });

  test("number formats as planned, and a bukti dukung hyperlink by its address", async () => {
    const { fx, bytes, stem } = await filledBase();
    const key = fx.meta.rows.find((r) => r.kind === "indicator")!.key;
    const address = cellOf(fx.meta, key, "buktiDukung");
    const url = "https://sakip.tapinkab.go.id/bukti/tautan";
    const linked = await editKertasKerja(fx, bytes, (ws) => {
      ws.getCell(address).value = { text: "bukti", hyperlink: url };
    });
    const read = await readReturnedFile(linked, `${stem}.xlsx`);
    if (!read.ok) throw new Error(read.issues[0]!.message);
    const sheet = read.file.sheets.find((s) => s.name === fx.meta.sheetName)!;
    expect(sheet.hyperlinks).toEqual({ [address]: url });

    // Every non-General format the plan gives a cell with a value is what the snapshot reports.
    const plan = fx.kk.plans.find((p) => p.name === fx.meta.sheetName)!;
    const expected: [string, string][] = [];
    plan.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const numFmt = cell?.style ? plan.styles[cell.style]?.numberFormat : undefined;
        if (numFmt && numFmt !== "General" && sheet.values[r]?.[c] != null)
          expected.push([`${r},${c}`, numFmt]);
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    const actual = expected.map(([rc]) => {
      const [r, c] = rc.split(",").map(Number) as [number, number];
      return [rc, sheet.numberFormats?.[r]?.[c]];
    });
    expect(actual).toEqual(expected);
    expect(sheet.numberFormats!.map((r) => r.length)).toEqual(sheet.values.map((r) => r.length));
  });

  test("savedAt falls back to the file's date, then to null, when the workbook does not say", async () => {
    const { bytes, stem } = await filledBase();
    const withoutCore = (await unzipParts(bytes)).filter((p) => p.name !== "docProps/core.xml");
    const noDate = writeZip(withoutCore);
    const withFileDate = await readReturnedFile(noDate, `${stem}.xlsx`, {
      lastModified: "2026-07-12T03:04:05.000Z",
    });
    expect(withFileDate.ok && withFileDate.file.savedAt).toBe("2026-07-12T03:04:05.000Z");
    const without = await readReturnedFile(noDate, `${stem}.xlsx`);
    expect(without.ok && without.file.savedAt).toBeNull();
  });

  test("a ZIP64-shaped kertas kerja is read like any other", async () => {
    const { fx, parts, stem } = await filledBase();
    const read = await readReturnedFile(writeZip(parts, { zip64: true }), `${stem}.xlsx`);
    if (!read.ok) throw new Error(read.issues[0]!.message);
    expect(read.file.sheets.map((s) => s.name)).toEqual(fx.kk.plans.map((p) => p.name));
  });
});

describe("what exceljs and JSZip do with a lying central directory", () => {
  /** The number of bytes JSZip hands out for one entry, and whether it complained at the end. */
  async function jszipDelivers(
    bytes: Uint8Array,
    entry: string,
  ): Promise<{ delivered: number; failed: boolean }> {
    const zip = await JSZip.loadAsync(bytes);
    let delivered = 0;
    return new Promise((resolve) => {
      zip
        .file(entry)!
        .nodeStream("nodebuffer")
        .on("data", (chunk: Buffer) => (delivered += chunk.byteLength))
        .on("error", () => resolve({ delivered, failed: true }))
        .on("end", () => resolve({ delivered, failed: false }));
    });
  }

  /**
   * The finding the guard rests on: JSZip inflates the whole entry, whatever size the central
   * directory declares, and only then compares ("uncompressed data size mismatch"). exceljs alone
   * would hold all of it before refusing.
   */
  test("JSZip hands out all 8 MB of an entry declared as 1 KB, and exceljs fails only then", async () => {
    const { parts } = await filledBase();
    const lie = { ...packedZeros("xl/media/image1.png", 8), declaredSize: 1024 };
    const bytes = writeZip([...parts.map(pack), lie]);
    expect(await jszipDelivers(bytes, "xl/media/image1.png")).toEqual({ delivered: 8 * MB, failed: true });
    await expect(
      new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer),
    ).rejects.toThrow(/size mismatch/);
  });

  test("a lie that could not reach the limit anyway is left to JSZip, and reported as corrupt", async () => {
    const { parts, stem } = await filledBase();
    // ~30 KB compressed can never inflate past 200 MB (deflate's ceiling is 1,032×).
    const lie = { ...packedZeros("xl/media/image1.png", 8), declaredSize: 1024 };
    const read = await readReturnedFile(writeZip([...parts.map(pack), lie]), `${stem}.xlsx`);
    expect(!read.ok && read.issues.map((i) => i.code)).toEqual(["returned.file.corrupt"]);
  });

  test("a lie that could pass the limit is stopped before exceljs, naming the part", async () => {
    const { parts, stem } = await filledBase();
    const lie = { ...packedZeros("xl/media/image1.png", 8), declaredSize: 1024 };
    const read = await readReturnedFile(writeZip([...parts.map(pack), lie]), `${stem}.xlsx`, {
      limits: { maxUnzippedBytes: 4 * MB },
    });
    expect(!read.ok && read.issues.map((i) => i.code)).toEqual(["returned.file.zip-bomb"]);
    expect(!read.ok && read.issues[0]!.message).toContain("xl/media/image1.png");
  });

  test("an honest large part is inflated by the guard and accepted", async () => {
    const { parts, stem } = await filledBase();
    // 2 MB of pseudo-random bytes: they do not compress, so the guard must inflate to be sure.
    let x = 2463534242;
    const noise = new Uint8Array(2 * MB).map(() => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    const bytes = writeZip([...parts, { name: "xl/media/image1.png", data: noise }]);
    expect(bytes.byteLength * 1032).toBeGreaterThan(200 * MB);
    const read = await readReturnedFile(bytes, `${stem}.xlsx`);
    expect(read.ok).toBe(true);
  });
});

describe("inflateWithin", () => {
  const data = new Uint8Array(3 * MB).map((_, i) => i % 251);
  const deflated = new Uint8Array(deflateRawSync(data));

  test("inflates within the limit and keeps the bytes when asked", async () => {
    const result = await inflateWithin(deflated, data.byteLength, true);
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect(result.size).toBe(data.byteLength);
    expect(sha256(result.bytes)).toBe(sha256(data));
  });

  test("the corpus's fast zeros are real deflate data of the stated size", async () => {
    const zeros = packedZeros("z", 3);
    const result = await inflateWithin(zeros.compressed, 3 * MB, true);
    expect(result.status === "ok" && result.bytes.every((b) => b === 0) && result.size).toBe(3 * MB);
  });

  test("stops past the limit, and says when the data does not inflate", async () => {
    expect(await inflateWithin(deflated, data.byteLength - 1)).toEqual({ status: "over" });
    expect(await inflateWithin(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 100)).toEqual({ status: "failed" });
  });
});

describe("messages say what the file looks like", () => {
  const cases: [string, Uint8Array, string][] = [
    [
      "Lembar Kerja XML 2003",
      new TextEncoder().encode(
        '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
      ),
      "returned.file.not-xlsx",
    ],
    [
      "berkas teks",
      new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode("K\0o\0d\0e\0")]),
      "returned.file.not-xlsx",
    ],
    [
      "berkas gambar",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      "returned.file.not-xlsx",
    ],
    [
      "arsip terkompresi",
      new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]),
      "returned.file.not-xlsx",
    ],
  ];
  test.each(cases)("%s", async (found, bytes, code) => {
    const read = await readReturnedFile(bytes, "kiriman.xlsx");
    expect(!read.ok && read.issues[0]).toMatchObject({ code, found: expect.stringContaining(found) });
  });

  test("a CSV is named as such, with what to do", async () => {
    const csv = new TextEncoder().encode(`Kode;Indikator;Realisasi\r\n1.01;Persentase;85\r\n`);
    const read = await readReturnedFile(csv, "kiriman.xlsx");
    expect(!read.ok && read.issues[0]).toMatchObject({
      code: "returned.file.not-xlsx",
      found: "berkas teks CSV",
      expected: "buku kerja Excel .xlsx",
      message: expect.stringMatching(
        /^Berkas kiriman\.xlsx bukan buku kerja Excel \.xlsx, melainkan berkas teks CSV\. /,
      ),
    });
  });
});

test("limits: given numbers override the defaults; undefined keeps them", () => {
  expect(limitsOf({ maxBytes: 5, maxRatio: undefined })).toEqual({ ...DEFAULT_RETURNED_LIMITS, maxBytes: 5 });
  expect(limitsOf()).toEqual(DEFAULT_RETURNED_LIMITS);
  expect(DEFAULT_RETURNED_LIMITS).toEqual({
    maxBytes: 20 * MB,
    maxUnzippedBytes: 200 * MB,
    maxEntries: 5000,
    maxRatio: 200,
  });
});
