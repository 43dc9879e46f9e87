import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxBytes, readXlsxFile, writeXlsxFile } from "../../../src/hosts/xlsx/files";
import { plansToXlsx } from "../../../src/hosts/xlsx/write";
import { sheet, v } from "./plans";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kk-xlsx-files-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("write then read a file", async () => {
  const path = join(dir, "Kertas Kerja Bagian Umum.xlsx");
  await writeXlsxFile(path, await plansToXlsx([sheet("KK", [[v("Isi")]])]));
  const book = await readXlsxFile(path);
  expect((await book.readSheet("KK"))?.values).toEqual([["Isi"]]);
  expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("a missing file, a non-.xlsx name, an old .xls, a corrupt file: Indonesian errors", async () => {
  await expect(readXlsxFile(join(dir, "tidak-ada.xlsx"))).rejects.toMatchObject({
    code: "not-found",
    message: expect.stringMatching(/^Berkas tidak ditemukan: .*tidak-ada\.xlsx$/),
  });
  await expect(readXlsxBytes(join(dir, "laporan.xls"))).rejects.toMatchObject({
    code: "not-xlsx",
    message: expect.stringMatching(/bukan berkas Excel \.xlsx/),
  });
  const xls = join(dir, "lama.xlsx");
  await writeFile(xls, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await expect(readXlsxFile(xls)).rejects.toMatchObject({
    code: "legacy-or-encrypted",
    message: expect.stringMatching(/\.xls lama atau dilindungi kata sandi/),
  });
  const corrupt = join(dir, "rusak.xlsx");
  const good = await plansToXlsx([sheet("S", [[v(1)]])]);
  await writeFile(corrupt, good.subarray(0, 200));
  await expect(readXlsxFile(corrupt)).rejects.toMatchObject({
    code: "corrupt",
    message: expect.stringMatching(/rusak\.xlsx rusak atau bukan berkas \.xlsx yang sah/),
  });
});

test("a failed write names the reason and leaves nothing behind", async () => {
  await expect(writeXlsxFile(join(dir, "tidak", "ada", "x.xlsx"), new Uint8Array([1]))).rejects.toMatchObject(
    {
      code: "write-failed",
      message: expect.stringMatching(/folder tujuan tidak ada/),
    },
  );
  await expect(writeXlsxFile(join(dir, "x.csv"), new Uint8Array([1]))).rejects.toMatchObject({
    code: "not-xlsx",
  });
  expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});
