/** readReturnedPath: files on disk for the CLI, and the OLE containers the corpus builds. */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as FsPromises from "node:fs/promises";
import { readReturnedPath } from "../../../../src/hosts/xlsx/untrusted/returned-files";
import { writeCfb } from "../../../support/cfb";
import { filledBase } from "../../../support/returned-corpus-files";
import { unzipParts, writeZip } from "../../../support/zip-writer";

// Records every whole-file read, so a test can tell that an oversized file was never read.
jest.mock("node:fs/promises", () => {
  const actual = jest.requireActual<typeof FsPromises>("node:fs/promises");
  return { ...actual, readFile: jest.fn(actual.readFile) };
});
const readFileMock = readFile as jest.MockedFunction<typeof readFile>;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kk-returned-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

test("a good file: read by its base name, hashed, the workbook's own save date", async () => {
  const { bytes, stem } = await filledBase();
  const path = join(dir, `${stem}.xlsx`);
  await writeFile(path, bytes);
  const read = await readReturnedPath(path);
  if (!read.ok) throw new Error(read.issues[0]!.message);
  expect(read.file).toMatchObject({ name: `${stem}.xlsx`, sha256: sha256(bytes), size: bytes.byteLength });
  expect(read.file.savedAt).toBe(new Date(Date.UTC(2026, 6, 10, 2)).toISOString());
});

test("the file's date stands in when the workbook has none", async () => {
  const { bytes } = await filledBase();
  const parts = (await unzipParts(bytes)).filter((p) => p.name !== "docProps/core.xml");
  const path = join(dir, "tanpa-tanggal.xlsx");
  await writeFile(path, writeZip(parts));
  const mtime = new Date(Date.UTC(2026, 6, 14, 9, 30));
  await utimes(path, mtime, mtime);
  const read = await readReturnedPath(path);
  expect(read.ok && read.file.savedAt).toBe(mtime.toISOString());
});

test("an oversized file is refused from its size alone, never read whole, yet hashed", async () => {
  const { bytes } = await filledBase();
  const path = join(dir, "besar.xlsx");
  await writeFile(path, bytes);
  readFileMock.mockClear();
  const read = await readReturnedPath(path, { maxBytes: 1000 });
  expect(readFileMock).not.toHaveBeenCalled();
  if (read.ok) throw new Error("accepted");
  expect(read.issues.map((i) => i.code)).toEqual(["returned.file.too-large"]);
  expect(read.issues[0]).toMatchObject({ severity: "error", file: "besar.xlsx" });
  expect(read.file).toMatchObject({ sha256: sha256(bytes), size: bytes.byteLength });
  // The mock does see reads: within the limit, the file is read once.
  expect((await readReturnedPath(path)).ok).toBe(true);
  expect(readFileMock).toHaveBeenCalledTimes(1);
});

test("a missing path and a folder are rejected reads, not throws", async () => {
  const missing = await readReturnedPath(join(dir, "tidak-ada.xlsx"));
  expect(!missing.ok && missing.issues[0]).toMatchObject({
    code: "returned.file.not-found",
    severity: "error",
    file: "tidak-ada.xlsx",
    message: expect.stringContaining("tidak-ada.xlsx"),
  });
  expect(missing.file).toMatchObject({ name: "tidak-ada.xlsx", size: 0, sha256: "" });
  const folder = join(dir, "folder.xlsx");
  await mkdir(folder);
  const read = await readReturnedPath(folder);
  expect(!read.ok && read.issues[0]).toMatchObject({
    code: "returned.file.unreadable",
    file: "folder.xlsx",
    found: expect.stringContaining("folder"),
  });
});

/**
 * An independent reader of what writeCfb writes: header, FAT, directory chain and stream chains,
 * as MS-CFB describes them, so the corpus's .xls and password-protected files are real containers.
 */
function readCfb(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sector = 1 << view.getUint16(30, true);
  const at = (n: number): number => (n + 1) * sector;
  const fat: number[] = [];
  for (let i = 0; i < view.getUint32(44, true); i++) {
    const fatSector = view.getUint32(76 + i * 4, true);
    for (let j = 0; j < sector / 4; j++) fat.push(view.getUint32(at(fatSector) + j * 4, true));
  }
  const chain = (start: number): number[] => {
    const out: number[] = [];
    for (let n = start; n !== 0xfffffffe; n = fat[n]!) out.push(n);
    return out;
  };
  const streams = new Map<string, Uint8Array>();
  const directory = chain(view.getUint32(48, true));
  for (const s of directory) {
    for (let e = 0; e < sector / 128; e++) {
      const entry = at(s) + e * 128;
      if (view.getUint8(entry + 66) !== 2) continue;
      const nameLength = view.getUint16(entry + 64, true) / 2 - 1;
      const name = String.fromCharCode(
        ...Array.from({ length: nameLength }, (_, i) => view.getUint16(entry + i * 2, true)),
      );
      const size = view.getUint32(entry + 120, true);
      const data = new Uint8Array(chain(view.getUint32(entry + 116, true)).length * sector);
      chain(view.getUint32(entry + 116, true)).forEach((n, i) =>
        data.set(bytes.subarray(at(n), at(n) + sector), i * sector),
      );
      streams.set(name, data.subarray(0, size));
    }
  }
  return streams;
}

test("writeCfb writes streams a compound-file reader finds, by name, byte for byte", () => {
  const info = new Uint8Array(300).map((_, i) => i % 7);
  const pkg = new Uint8Array(9000).map((_, i) => i % 13);
  const streams = readCfb(
    writeCfb([
      { name: "EncryptionInfo", data: info },
      { name: "EncryptedPackage", data: pkg },
    ]),
  );
  expect([...streams.keys()].sort()).toEqual(["EncryptedPackage", "EncryptionInfo"]);
  // Streams under the 4096-byte cutoff are padded with zeros to it (no mini stream).
  expect(streams.get("EncryptionInfo")!.subarray(0, 300)).toEqual(info);
  expect(streams.get("EncryptionInfo")!.byteLength).toBe(4096);
  expect(streams.get("EncryptedPackage")).toEqual(pkg);
});
