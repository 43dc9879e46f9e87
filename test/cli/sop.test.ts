import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EXIT, main } from "../../src/cli/main";
import { NOW_ENV } from "../../src/cli/sop";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { S } from "../../src/strings";
import { NIP_OF_STEP, OFFICIALS } from "../support/sop-fixture";
import { DEFAULT_SOP } from "../../src/domain/sop/sop";
import { dataPlan, laporanPlan, sopWorkbook } from "../support/sop-workbook";
import { capture, STACK_LINE, tempDir } from "./support";

const U = S.cli.usage;
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

const FILE = "Induk.xlsx";
const wita = (s: string) => `${s.replace(" ", "T")}:00+08:00`;

/** A master with Data and, unless `laporan` is false, the draft Laporan of step 5. */
async function freshMaster(name = FILE, laporan = true): Promise<string> {
  const book = await sopWorkbook([
    dataPlan([
      ["Indikator", "Realisasi"],
      ["Persentase", 80],
    ]),
    ...(laporan ? [laporanPlan()] : []),
  ]);
  await writeFile(join(dir, name), await book.toBytes());
  return name;
}

async function run(...argv: string[]) {
  const c = capture(dir);
  const code = await main(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** `sop KIND FILE --step N --by <the step's official> --sekarang WHEN`. */
const step = (kind: string, file: string, n: number, when: string, ...more: string[]) =>
  run("sop", kind, file, "--step", String(n), "--by", NIP_OF_STEP[n]!, "--sekarang", wita(when), ...more);

const schedule = (file: string) =>
  run(
    "sop",
    "jadwal",
    file,
    "--mulai",
    "2026-04-06",
    "--by",
    OFFICIALS.kasubag.nip,
    "--sekarang",
    wita("2026-04-02 09:00"),
  );

describe("sop on a master workbook", () => {
  it("status before scheduling lists the eight steps, each not yet scheduled, and says how to schedule", async () => {
    const file = await freshMaster("Belum.xlsx");
    const r = await run("sop", "status", file, "--sekarang", wita("2026-04-02 09:00"));
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(S.cli.sop.notScheduled(file));
    const rows = r.out.split("\n").filter((l) => /^\s*\d\s/.test(l));
    expect(rows.map((l) => Number(l.trim().split(/\s+/)[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [i, row] of rows.entries()) {
      expect(row).toMatch(/Belum dijadwalkan\s*$/);
      expect(row).toContain(S.setup.roles[DEFAULT_SOP.steps[i]!.pelaksana]);
    }
  });

  it("status reads lateness in working days and hours of the round's calendar", async () => {
    const file = await freshMaster("Terlambat.xlsx");
    await schedule(file);
    const r = await run("sop", "status", file, "--sekarang", wita("2026-04-15 10:00"));
    expect(r.code).toBe(EXIT.ok);
    // Monday–Friday 07:30–16:00: a working day is 510 minutes. Nothing done by Wednesday 15 April 10:00.
    // Step 1, due Monday 6 April 08:00: 480 (Mon) + 4 × 510 (7–10 Apr) + 2 × 510 (13–14 Apr)
    //   + 150 (Wed 07:30–10:00) = 3 690 = 7 × 510 + 120 → 7 hari kerja 2 jam.
    // Step 2, due Monday 11:00: 300 + 2 040 + 1 020 + 150 = 3 510 = 6 × 510 + 450 → 6 hari kerja 7 jam.
    // Step 3, due Wednesday 8 April 11:00: 300 + 2 × 510 + 2 × 510 + 150 = 2 490 = 4 × 510 + 450
    //   → 4 hari kerja 7 jam.
    const lines = r.out.split("\n");
    const row = (n: number) => lines.find((l) => new RegExp(`^\\s*${n}\\s`).test(l)) ?? "";
    expect(row(1)).toContain("Terlambat 7 hari kerja 2 jam");
    expect(row(2)).toContain("Terlambat 6 hari kerja 7 jam");
    expect(row(3)).toContain("Terlambat 4 hari kerja 7 jam");
    expect(row(4)).toMatch(/\sBelum\s*$/);
    expect(r.out).toContain("Langkah 1 (Kasubag Perencanaan dan Pelaporan): terlambat 7 hari kerja 2 jam");
    expect(r.out).not.toMatch(/\d{3,} jam/);
    // A master with no kertas kerja sheet (they were generated as files): said so, not "0 … dibuat".
    expect(r.out).toContain("Langkah 4: tidak ada kertas kerja yang dibuat di buku kerja ini");
    expect(r.out).not.toMatch(/Langkah 4: 0 kertas kerja/);
  });

  it("refuses step 5 done without a Laporan, saying how to build it", async () => {
    const file = await freshMaster("TanpaLaporan.xlsx", false);
    await schedule(file);
    for (const n of [1, 2, 3, 4])
      expect((await step("done", file, n, "2026-04-20 10:00")).code).toBe(EXIT.ok);
    const before = await readFile(join(dir, file));
    const r = await step("done", file, 5, "2026-04-29 10:00");
    expect(r.code).toBe(EXIT.refused);
    expect(r.err).toContain(
      "Laporan belum disusun: jalankan `kertas-kerja laporan INDUK.xlsx` atau Susun laporan di add-in",
    );
    expect(await readFile(join(dir, file))).toEqual(before);
  });

  it("schedules, acts step by step, paraf and sign, writing the file in place", async () => {
    const file = await freshMaster();
    const s = await schedule(file);
    expect(s.err).toBe("");
    expect(s.code).toBe(EXIT.ok);
    expect(s.out).toContain(S.cli.sop.done(join(dir, file)));
    expect(s.out).toContain("Langkah saat ini: 1.");

    for (const [kind, n, when] of [
      ["start", 1, "2026-04-06 07:30"],
      ["done", 1, "2026-04-06 07:50"],
      ["done", 2, "2026-04-06 11:00"],
      ["done", 3, "2026-04-07 15:00"],
      ["done", 4, "2026-04-14 10:00"],
      ["done", 5, "2026-04-29 10:00"],
      ["paraf", 6, "2026-04-29 13:00"],
      ["sign", 7, "2026-04-30 09:00"],
    ] as const) {
      const r = await step(kind, file, n, when);
      expect([kind, n, r.code, r.err]).toEqual([kind, n, EXIT.ok, ""]);
    }

    const st = await run("sop", "status", file, "--sekarang", wita("2026-04-30 10:00"));
    expect(st.code).toBe(EXIT.ok);
    const lines = st.out.split("\n");
    expect(lines.find((l) => /^\s*1\s/.test(l))).toMatch(
      /Kasubag.*06-04-2026 08\.00\s+Selesai\s+06-04-2026 07\.30\s+06-04-2026 07\.50$/,
    );
    expect(st.out).toContain("Langkah saat ini: 8.");
    expect(st.out).toContain(`Harus bertindak: ${OFFICIALS.kasubag.nama}`);
    expect(st.out).toMatch(/Paraf \(langkah 6\): Hj\. Noor Aini, NIP 197511201999032004, .* — berlaku/);
    expect(st.out).toMatch(/Tanda tangan \(langkah 7\): .* — berlaku/);
    expect(st.out).toContain(S.sopLog.paraf.disclaimer);
    expect(st.out).toContain(S.cli.sop.logIntact(17));

    // The file on disk carries the round.
    const book = await XlsxWorkbook.fromBytes(new Uint8Array(await readFile(join(dir, file))));
    expect((await book.listSheets()).map((x) => x.name)).toEqual(
      expect.arrayContaining(["SOP", "Log", "_sop_state", "_kk_log", "_paraf_state"]),
    );
  });

  it("refuses the wrong role with exit 5, in Indonesian, leaving the file untouched", async () => {
    const file = await freshMaster("Peran.xlsx");
    await schedule(file);
    const before = await readFile(join(dir, file));
    const r = await run(
      "sop",
      "start",
      file,
      "--step",
      "1",
      "--by",
      OFFICIALS.sekda.nip,
      "--sekarang",
      wita("2026-04-06 08:00"),
    );
    expect(r.code).toBe(EXIT.refused);
    expect(r.err).toContain(S.cli.sop.refused);
    expect(r.err).toContain("tidak berwenang mencatat langkah 1");
    expect(r.err).not.toMatch(STACK_LINE);
    expect(r.out).toBe("");
    expect(await readFile(join(dir, file))).toEqual(before);
  });

  it("refuses a step out of order without --reason, and records it with one", async () => {
    const file = await freshMaster("Urutan.xlsx");
    await schedule(file);
    const refused = await step("start", file, 3, "2026-04-06 08:10");
    expect(refused.code).toBe(EXIT.refused);
    expect(refused.err).toContain("sebutkan alasannya");
    const ok = await step("start", file, 3, "2026-04-06 08:10", "--reason", "DPA sudah tersedia");
    expect(ok.code).toBe(EXIT.ok);
    expect(ok.out).toContain("Berjalan");
  });

  it("refuses the signature over a stale paraf and reports it in status", async () => {
    const file = await freshMaster("Basi.xlsx");
    await schedule(file);
    for (const n of [1, 2, 3, 4, 5])
      expect((await step("done", file, n, "2026-04-29 10:00")).code).toBe(EXIT.ok);
    expect((await step("paraf", file, 6, "2026-04-29 13:00")).code).toBe(EXIT.ok);
    // Data changes after the paraf (and the Laporan is not rebuilt).
    const book = await XlsxWorkbook.fromBytes(new Uint8Array(await readFile(join(dir, file))));
    await book.writeSheets([
      dataPlan([
        ["Indikator", "Realisasi"],
        ["Persentase", 99],
      ]),
    ]);
    await writeFile(join(dir, file), await book.toBytes());

    const st = await run("sop", "status", file, "--sekarang", wita("2026-04-29 14:00"));
    expect(st.out).toContain("TIDAK BERLAKU");
    const sign = await step("sign", file, 7, "2026-04-30 09:00");
    expect(sign.code).toBe(EXIT.refused);
    expect(sign.err).toContain(S.sopLog.paraf.parafStale);
  });

  it("takes 'now' from the environment when --sekarang is absent", async () => {
    const file = await freshMaster("Env.xlsx");
    process.env[NOW_ENV] = wita("2026-04-02 09:00");
    try {
      const r = await run("sop", "jadwal", file, "--mulai", "2026-04-06", "--by", OFFICIALS.kasubag.nip);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toContain("status per Kamis, 2 April 2026 09.00 WITA");
    } finally {
      Reflect.deleteProperty(process.env, NOW_ENV);
    }
  });
});

describe("sop usage and input errors", () => {
  it.each([
    [["sop"], U.sopNoSubcommand],
    [["sop", "mulai", "x.xlsx"], U.sopUnknownSubcommand("mulai")],
    [["sop", "status"], U.sopNoFile],
    [["sop", "start", "x.xlsx", "--by", OFFICIALS.kasubag.nip], U.sopRequired("--step", "start")],
    [["sop", "jadwal", "x.xlsx", "--by", OFFICIALS.kasubag.nip], U.sopRequired("--mulai", "jadwal")],
    [["sop", "done", "x.xlsx", "--step", "satu", "--by", OFFICIALS.kasubag.nip], U.badStep("satu")],
    [["sop", "done", "x.xlsx", "--step", "1", "--by", "123"], U.badNip("123")],
    [
      ["sop", "jadwal", "x.xlsx", "--mulai", "2026-02-30", "--by", OFFICIALS.kasubag.nip],
      U.badMulai("2026-02-30"),
    ],
    [["sop", "status", "x.xlsx", "--sekarang", "besok"], U.badSekarang("besok")],
    [["sop", "status", "a.xlsx", "b.xlsx"], U.unexpectedArgument("b.xlsx")],
  ])("%j exits 1", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
  });

  it("a missing file exits 2", async () => {
    const r = await run("sop", "status", "tidak-ada.xlsx");
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(S.cli.input.notFound(join(dir, "tidak-ada.xlsx")));
  });

  it("help lists the sop commands and exit code 5", async () => {
    const r = await run("help");
    expect(r.out).toContain("kertas-kerja sop status BERKAS");
    expect(r.out).toContain("5  Tindakan sop ditolak aturan SOP");
  });
});
