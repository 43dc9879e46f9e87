/**
 * `generate --pk`, and the "Perjanjian Kinerja" sheet of a `--setup` workbook: each IKU arrives at
 * the top of its Bagian's kertas kerja; a PK given on the command line is written into the
 * master of the round; the sheet of the previous round's master sets up the next round's IKU.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPk } from "../../src/app/pk";
import { EXIT, main } from "../../src/cli/main";
import { SAMPLE_BAGIAN } from "../../src/demo";
import { perjanjianKinerjaSheetPlan } from "../../src/domain/inputs/pk-sheet";
import { KK_META_PREFIX, readMeta, type KkMetaRow } from "../../src/domain/kertas-kerja/kertas-kerja-meta";
import type { Iku, IndicatorKey, PerjanjianKinerja } from "../../src/domain/shared/types";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { readXlsx } from "../../src/hosts/xlsx/read";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { round as R } from "../../src/strings/round";
import { setupFill } from "../../src/strings/setupFill";
import { capture, tempDir, writeSamples } from "./support";

let dir: string;
let cleanup: () => Promise<void>;
let dpa: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  ({ dpa } = await writeSamples(dir));
});
afterAll(() => cleanup());

const iku = (no: string, indikator: string, target: number | string, bagian: string, row: number): Iku => ({
  key: `IKU:${no}:${indikator}` as IndicatorKey,
  sasaranNo: no,
  indikator,
  satuan: typeof target === "string" ? "Opini" : "Nilai",
  polarity: "positif",
  aggregation: "nilai-akhir",
  targetTahunan: target,
  targetTw: null,
  targetRenstra: null,
  realisasiLalu: [],
  bagian,
  source: { sheet: "PK", row },
});

/** A PK of two sasaran: Nilai SAKIP (Organisasi), opini BPK (Umum dan Keuangan), and one for Pemerintahan. */
function pk(extra: Iku[] = []): PerjanjianKinerja {
  return {
    type: "kertas-kerja-sakip/perjanjian-kinerja",
    version: 1,
    tahun: 2026,
    sheet: "PK",
    sasaran: [
      {
        no: "1",
        text: "Meningkatnya akuntabilitas kinerja Sekretariat Daerah",
        programs: [],
        source: { sheet: "PK", row: 8 },
      },
      {
        no: "2",
        text: "Meningkatnya kualitas pelayanan pemerintahan",
        programs: [],
        source: { sheet: "PK", row: 10 },
      },
    ],
    iku: [
      iku("1", "Nilai SAKIP Sekretariat Daerah", 72, SAMPLE_BAGIAN.ORG, 8),
      iku("1", "Opini BPK atas Laporan Keuangan", "WTP", SAMPLE_BAGIAN.UMUM, 9),
      iku("2", "Indeks Kepuasan Layanan Pemerintahan", 80, SAMPLE_BAGIAN.PEM, 10),
      ...extra,
    ],
    programs: [],
  };
}

async function writePk(name: string, value: PerjanjianKinerja): Promise<string> {
  const plan = perjanjianKinerjaSheetPlan(value, {
    instansi: "Sekretariat Daerah Kabupaten Tapin",
    tahun: 2026,
  });
  await writeFile(join(dir, name), await plansToXlsx([plan]));
  return name;
}

/** The metadata rows of the kertas kerja in `out` whose Bagian name is `nama`. */
async function metaRows(out: string, nama: string): Promise<KkMetaRow[]> {
  const files = await readdir(join(dir, out));
  const slug = nama.replace(/^Bagian /, "").split(" ")[0]!;
  const file = files.find((f) => f.startsWith("KK-") && f.includes(slug));
  if (!file) throw new Error(`no kertas kerja for ${nama} in ${files.join(", ")}`);
  const wb = await readXlsx(await readFile(join(dir, out, file)));
  const read = readMeta(wb.sheets.find((s) => s.name.startsWith(KK_META_PREFIX))!);
  if (!read.ok) throw new Error("no metadata");
  return read.meta.rows;
}

const ikuRows = (rows: KkMetaRow[]) => rows.filter((r) => r.kind === "sasaran" || r.key.startsWith("IKU:"));

const run = async (...args: string[]) => {
  const c = capture(dir);
  const code = await main(args, c.io);
  return { code, out: c.out(), err: c.err() };
};

describe("generate --pk", () => {
  it("puts each IKU at the top of its Bagian's kertas kerja and says how many were collected", async () => {
    const file = await writePk("PK.xlsx", pk());
    const r = await run(
      "generate",
      "--dpa",
      dpa,
      "--pk",
      file,
      "--tahun",
      "2026",
      "--periode",
      "TW1",
      "--out",
      "kk1",
    );
    expect([r.code, r.err]).toEqual([EXIT.ok, ""]);
    expect(r.out).toContain(R.iku.collected(3, 3));
    const org = ikuRows(await metaRows("kk1", SAMPLE_BAGIAN.ORG));
    // Keys as the PK reader makes them: sasaran number, then the indikator's slug and hash.
    expect(org.map((x) => `${x.kind}:${x.key}`)).toEqual([
      "sasaran:SS.1",
      expect.stringMatching(/^indicator:IKU:1:nilai-sakip-sekretariat-daerah~[0-9a-f]+$/),
    ]);
    // The sasaran row and its IKU come first.
    expect(org.map((x) => x.row)).toEqual([org[0]!.row, org[0]!.row + 1]);
    expect((await metaRows("kk1", SAMPLE_BAGIAN.ORG))[0]?.kind).toBe("sasaran");
    const umum = ikuRows(await metaRows("kk1", SAMPLE_BAGIAN.UMUM));
    expect(umum.map((x) => x.key)).toEqual([
      "SS.1",
      expect.stringMatching(/^IKU:1:opini-bpk-atas-laporan-keuangan~/),
    ]);
  });

  it("warns, naming the PK's cell, about an IKU whose Bagian the round does not have", async () => {
    const file = await writePk(
      "PK-asing.xlsx",
      pk([iku("2", "Indeks Kerukunan", 70, "Bagian Tidak Ada", 11)]),
    );
    const r = await run(
      "generate",
      "--dpa",
      dpa,
      "--pk",
      file,
      "--tahun",
      "2026",
      "--periode",
      "TW1",
      "--out",
      "kk2",
    );
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(R.iku.unknownBagian("Indeks Kerukunan", "Bagian Tidak Ada"));
    expect(r.out).toContain(R.iku.collected(3, 3));
  });

  it("refuses (exit 2) a PK without an IKU table and writes nothing", async () => {
    await writeFile(
      join(dir, "bukan-pk.xlsx"),
      await plansToXlsx([
        {
          name: "X",
          visibility: "visible",
          rows: [[{ value: "Daftar hadir" }]],
          styles: {},
          columns: [],
          merges: [],
          validations: [],
        },
      ]),
    );
    const r = await run(
      "generate",
      "--dpa",
      dpa,
      "--pk",
      "bukan-pk.xlsx",
      "--tahun",
      "2026",
      "--periode",
      "TW1",
      "--out",
      "kk3",
    );
    expect(r.code).toBe(EXIT.input);
    expect(r.err).toContain(setupFill.cli.pkNoIku(join(dir, "bukan-pk.xlsx")));
    await expect(readdir(join(dir, "kk3"))).rejects.toThrow();
  });
});

describe("the Perjanjian Kinerja sheet of a --setup workbook", () => {
  it("is read by generate --setup, written by generate --setup --pk, and sets up the next round", async () => {
    const first = await writePk("PK-awal.xlsx", pk());
    expect(
      (
        await run(
          "setup",
          "--dpa",
          dpa,
          "--tahun",
          "2026",
          "--periode",
          "TW1",
          "--out",
          "Induk.xlsx",
          "--pk",
          first,
        )
      ).code,
    ).toBe(EXIT.ok);
    // The PK stored by setup is read from the master.
    const r1 = await run("generate", "--dpa", dpa, "--setup", "Induk.xlsx", "--out", "kk-setup");
    expect([r1.code, r1.err]).toEqual([EXIT.ok, ""]);
    expect(r1.out).toContain(R.iku.collected(3, 3));

    // A PK given on the command line replaces the master's sheet, in the same write as the kertas kerja.
    const second = await writePk(
      "PK-ubah.xlsx",
      pk([iku("2", "Indeks Kerukunan Umat", 75, SAMPLE_BAGIAN.KESRA, 11)]),
    );
    const r2 = await run(
      "generate",
      "--dpa",
      dpa,
      "--setup",
      "Induk.xlsx",
      "--pk",
      second,
      "--out",
      "kk-setup2",
    );
    expect([r2.code, r2.err]).toEqual([EXIT.ok, ""]);
    const stored = await loadPk(
      await XlsxWorkbook.fromBytes(await readFile(join(dir, "Induk.xlsx")), "Induk.xlsx"),
    );
    expect(stored?.pk.iku.map((i) => i.indikator)).toContain("Indeks Kerukunan Umat");

    // The next round, set up from this master in one step, collects the same four IKU.
    const r3 = await run(
      "generate",
      "--dpa",
      dpa,
      "--setup",
      "Induk.xlsx",
      "--periode",
      "TW2",
      "--out",
      "kk-tw2",
    );
    expect([r3.code, r3.err]).toEqual([EXIT.ok, ""]);
    expect(r3.out).toContain(R.iku.collected(4, 4));
    expect(ikuRows(await metaRows("kk-tw2", SAMPLE_BAGIAN.KESRA)).map((x) => x.key)).toEqual([
      "SS.2",
      expect.stringMatching(/^IKU:2:indeks-kerukunan-umat~/),
    ]);
  });
});
