import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, main } from "../../src/cli/main";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { S } from "../../src/strings";
import { buildSampleDpaPlan } from "../../src/demo";
import { readDpa } from "../../src/domain/inputs/dpa-reader";
import { setupFromDpa, setupSheetPlan } from "../../src/domain/setup/setup";
import type { BagianCode } from "../../src/domain/shared/types";
import { capture, snapshotOf, STACK_LINE, tempDir, writeSamples } from "./support";

const U = S.cli.usage;
const I = S.cli.input;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  await writeSamples(dir);
});
afterAll(() => cleanup());

/** Runs the CLI in-process in the temp folder. */
async function run(...argv: string[]) {
  const c = capture(dir);
  const code = await main(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

const GEN = ["generate", "--tahun", "2026", "--periode", "TW2", "--out", "out"];

describe("help", () => {
  it.each([["--help"], ["-h"], ["help"], ["generate", "--help"], ["demo", "-h"]])(
    "%s prints the help",
    async (...argv) => {
      const r = await run(...argv);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toContain("Penggunaan:");
      expect(r.out).toContain("--batas-waktu");
      expect(r.err).toBe("");
    },
  );
});

describe("usage errors exit 1 with an Indonesian message and a hint", () => {
  it.each<[string[], string]>([
    [[], U.noCommand],
    [["buat"], U.unknownCommand("buat")],
    [["--tahun", "2026"], U.noCommand],
    [["generate", "--dpa", "dpa.xlsx", "--foo", ...GEN.slice(1)], U.unknownOption("--foo")],
    [["generate", ...GEN.slice(1), "--dpa"], U.missingValue("--dpa")],
    [["generate", "--debug=ya", "--dpa", "dpa.xlsx", ...GEN.slice(1)], U.noValueAllowed("--debug")],
    [["generate", "dpa.xlsx", ...GEN.slice(1)], U.unexpectedArgument("dpa.xlsx")],
    [[...GEN], U.required("--dpa")],
    [["generate", "--dpa", "dpa.xlsx", "--tahun", "2026", "--periode", "TW2"], U.required("--out")],
    [["generate", "--dpa", "dpa.xlsx", "--periode", "TW2", "--out", "o"], U.requiredWithoutSetup("--tahun")],
    [["generate", "--dpa", "dpa.xlsx", "--tahun", "2026", "--out", "o"], U.requiredWithoutSetup("--periode")],
    [["generate", "--dpa", "dpa.xlsx", ...GEN.slice(1), "--tahun", "26"], U.badTahun("26")],
    [
      ["generate", "--dpa", "dpa.xlsx", "--tahun", "2026", "--periode", "TW5", "--out", "o"],
      U.badPeriode("TW5"),
    ],
    [
      ["generate", "--dpa", "dpa.xlsx", ...GEN.slice(1), "--batas-waktu", "2026-02-30"],
      U.badDate("2026-02-30"),
    ],
    [
      ["generate", "--dpa", "dpa.xlsx", ...GEN.slice(1), "--batas-waktu", "10/07/2026"],
      U.badDate("10/07/2026"),
    ],
    [["generate", "--dpa", " ", ...GEN.slice(1)], U.emptyValue("--dpa")],
    [["demo", "--dpa", "x.xlsx"], U.unknownOption("--dpa")],
    [["generate", "--dpa", "dpa.xlsx", ...GEN.slice(1), "--tetapkan", "4.01.01"], U.badAssignment("4.01.01")],
    [
      ["generate", "--dpa", "dpa.xlsx", ...GEN.slice(1), "--tetapkan", "4.01=Umum"],
      U.badAssignmentKode("4.01"),
    ],
  ])("%j", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
    expect(r.err).toContain(U.hint);
    expect(r.err).not.toMatch(STACK_LINE);
    expect(r.out).toBe("");
  });

  it("--tetapkan with an unknown Bagian names the Bagian that exist", async () => {
    const r = await run(
      "generate",
      "--dpa",
      "dpa.xlsx",
      ...GEN.slice(1),
      "--tetapkan",
      "4.01.01=Dinas Kesehatan",
    );
    expect(r.code).toBe(EXIT.usage);
    const { dpa } = readDpa(snapshotOf(buildSampleDpaPlan()));
    const names = setupFromDpa(dpa, { tahun: 2026, periode: "TW2" }).bagian.map((b) => b.nama);
    expect(r.err).toContain(U.unknownAssignmentBagian("Dinas Kesehatan", names.join(", ")));
    expect(r.out).toBe("");
  });

  it("--tetapkan puts a program's own indicators in that Bagian's kertas kerja", async () => {
    const before = await run("generate", "--dpa", "dpa.xlsx", ...GEN.slice(1), "--out", "tanpa");
    expect(before.out).toMatch(/Program 4\.01\.01 .*belum punya Bagian/);
    const r = await run(
      "generate",
      "--dpa",
      "dpa.xlsx",
      ...GEN.slice(1),
      "--out",
      "dengan",
      "--tetapkan",
      "4.01.01=Umum dan Keuangan",
    );
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).not.toMatch(/Program 4\.01\.01 .*belum punya Bagian/);
  });

  it("accepts the periode in any case and with a space", async () => {
    const r = await run(
      "generate",
      "--dpa",
      "dpa.xlsx",
      "--tahun",
      "2026",
      "--periode",
      "tw 2",
      "--out",
      "ok-periode",
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(EXIT.ok);
  });
});

describe("unreadable input exits 2 with a clear message", () => {
  const gen = (dpa: string, ...more: string[]) => run("generate", "--dpa", dpa, ...GEN.slice(1), ...more);

  it("a wrong path", async () => {
    const r = await gen("tidak-ada.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.notFound(join(dir, "tidak-ada.xlsx")));
  });

  it("a folder", async () => {
    await mkdir(join(dir, "folder.xlsx"), { recursive: true });
    const r = await gen("folder.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.isDirectory(join(dir, "folder.xlsx")));
  });

  it("a file that is not .xlsx", async () => {
    await writeFile(join(dir, "dpa.csv"), "Kode;Uraian\n4.01.01;Program\n");
    const r = await gen("dpa.csv");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.notXlsx(join(dir, "dpa.csv")));
  });

  it("an empty file", async () => {
    await writeFile(join(dir, "kosong.xlsx"), "");
    const r = await gen("kosong.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.empty(join(dir, "kosong.xlsx")));
  });

  it("a text file named .xlsx", async () => {
    await writeFile(join(dir, "teks.xlsx"), "ini bukan buku kerja");
    const r = await gen("teks.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.corrupt(join(dir, "teks.xlsx")));
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it("a truncated .xlsx", async () => {
    const whole = await readFile(join(dir, "dpa.xlsx"));
    await writeFile(join(dir, "terpotong.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    const r = await gen("terpotong.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.corrupt(join(dir, "terpotong.xlsx")));
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it("an old .xls renamed to .xlsx", async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    await writeFile(join(dir, "lama.xlsx"), ole);
    const r = await gen("lama.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(S.xlsx.legacyOrEncrypted(join(dir, "lama.xlsx")));
  });

  it("a workbook with no recognisable DPA table", async () => {
    const plan = {
      name: "Daftar Hadir",
      visibility: "visible" as const,
      rows: [
        [{ value: "No" }, { value: "Nama" }, { value: "Jabatan" }],
        [{ value: 1 }, { value: "Ahmad" }, { value: "Kasubag" }],
      ],
      styles: {},
      columns: [],
      merges: [],
      validations: [],
    };
    await writeFile(join(dir, "bukan-dpa.xlsx"), await plansToXlsx([plan]));
    const r = await gen("bukan-dpa.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.noDpaTable(join(dir, "bukan-dpa.xlsx")));
    expect(r.err).toContain(S.imports.noDpaTable("bukan-dpa.xlsx"));
  });

  it("a prior report with no recognisable table", async () => {
    const r = await gen("dpa.xlsx", "--prior", "dpa.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.noPriorValues(join(dir, "dpa.xlsx")));
  });

  it("a --setup whose Bagian own nothing in the DPA", async () => {
    const { dpa } = readDpa(snapshotOf(buildSampleDpaPlan()));
    const setup = setupFromDpa(dpa, { tahun: 2026, periode: "TW2" });
    const stranger = {
      ...setup,
      bagian: [{ kode: "X" as BagianCode, nama: "Bagian Lain", kepala: { nama: "", nip: "" } }],
    };
    await writeFile(join(dir, "pengaturan-lain.xlsx"), await plansToXlsx([setupSheetPlan(stranger)]));
    const r = await gen("dpa.xlsx", "--setup", "pengaturan-lain.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(S.cli.nothingToWrite);
    expect(r.err).toContain("[Peringatan]");
  });

  it("a --setup workbook without a Pengaturan sheet", async () => {
    const r = await gen("dpa.xlsx", "--setup", "prior.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(I.noSetup(join(dir, "prior.xlsx")));
  });
});

describe("output and unexpected errors", () => {
  it("an output path that is a file exits 3", async () => {
    await writeFile(join(dir, "berkas-biasa"), "x");
    const r = await run(
      "generate",
      "--dpa",
      "dpa.xlsx",
      "--tahun",
      "2026",
      "--periode",
      "TW2",
      "--out",
      "berkas-biasa",
    );
    expect(r.code).toBe(EXIT.output);
    expect(r.err).toContain(S.cli.output.notDirectory(join(dir, "berkas-biasa")));
  });

  const failingIo = () => {
    const c = capture(dir);
    c.io.stdout = {
      write: () => {
        throw new Error("pipa tertutup");
      },
    };
    return c;
  };

  it("an unexpected error prints one Indonesian line, no stack, exit 4", async () => {
    const c = failingIo();
    const code = await main(["help"], c.io);
    expect(code).toBe(EXIT.unexpected);
    expect(c.err()).toContain(S.cli.unexpected("pipa tertutup"));
    expect(c.err()).toContain(S.cli.debugHint);
    expect(c.err()).not.toMatch(STACK_LINE);
  });

  it("--debug adds the stack", async () => {
    const c = failingIo();
    const code = await main(["help", "--debug"], c.io);
    expect(code).toBe(EXIT.unexpected);
    expect(c.err()).toMatch(STACK_LINE);
  });
});
