/**
 * The paraf and signature on the Word document (issue 11, point 5): each record with name,
 * jabatan, NIP, time in its own zone, short fingerprint and whether it still holds; a line for
 * what is missing or void; the signature block; and the cover's "Draft" line while either is
 * missing. Times and lines are written out by hand here.
 */
import { formatApprovalTime } from "../../../src/hosts/docx/docx-approvals";
import { laporanDocx } from "../../../src/hosts/docx/laporan-docx";
import type { ReportDocument } from "../../../src/domain/report/report-model";
import {
  laporanFixture,
  PARAF_VALID,
  PARAF_VOID,
  TTD_VALID,
  TTD_VOID,
  type LaporanFixtureOptions,
} from "../../support/docx-fixture";
import { bodyBlocks, type DocxBlock, paragraphsIn, readDocx, tablesIn } from "../../support/docx-read";

type Rendered = { doc: ReportDocument; blocks: DocxBlock[] };
const rendered = new Map<string, Promise<Rendered>>();

/** The fixture with these options, rendered once per set of options (a render lays out every page). */
function render(options: LaporanFixtureOptions): Promise<Rendered> {
  const key = JSON.stringify(options);
  let r = rendered.get(key);
  if (!r) {
    const doc = laporanFixture(options);
    r = laporanDocx(doc).then(async (bytes) => ({
      doc,
      blocks: bodyBlocks((await readDocx(bytes)).part("word/document.xml")),
    }));
    rendered.set(key, r);
  }
  return r;
}

const texts = (blocks: DocxBlock[]) => paragraphsIn(blocks).map((p) => p.text);
/** The paragraphs of the cover: everything before DAFTAR ISI. */
const cover = (blocks: DocxBlock[]) => {
  const t = texts(blocks);
  return t.slice(0, t.indexOf("DAFTAR ISI"));
};
const recordsTable = (blocks: DocxBlock[]) => {
  const i = blocks.findIndex((b) => b.kind === "p" && b.text === "Catatan Paraf dan Tanda Tangan");
  const t = i >= 0 ? blocks[i + 1] : undefined;
  return t?.kind === "tbl" ? t : undefined;
};

const MISSING_PARAF = "Paraf Kepala Bagian Umum dan Keuangan (langkah 6 SOP) belum dibubuhkan.";
const MISSING_TTD = "Tanda tangan Sekretaris Daerah (langkah 7 SOP) belum dibubuhkan.";

describe("approval times in the zone the record names", () => {
  test.each([
    ["2027-01-04T14:20:00+08:00", "Senin, 4 Januari 2027 14.20 WITA"],
    ["2027-01-05T09:05:00+07:00", "Selasa, 5 Januari 2027 09.05 WIB"],
    ["2027-01-05T23:59:00+09:00", "Selasa, 5 Januari 2027 23.59 WIT"],
    // 01:30 UTC on the 6th, shown as UTC because that is what the record says.
    ["2027-01-06T01:30:00Z", "Rabu, 6 Januari 2027 01.30 UTC"],
    ["2027-01-06T08:00:00+05:30", "Rabu, 6 Januari 2027 08.00 UTC+05:30"],
    ["kemarin sore", "kemarin sore"],
  ])("%s → %s", (iso, shown) => {
    expect(formatApprovalTime(iso)).toBe(shown);
  });
});

describe("the approval block", () => {
  test("a voided paraf, a valid one, no signature: both records, the signature named missing", async () => {
    const { blocks } = await render({ approvals: [PARAF_VOID, PARAF_VALID] });
    const table = recordsTable(blocks);
    expect(table?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["Jenis", "Nama, Jabatan dan NIP", "Waktu", "Sidik Jari", "Status"],
      [
        "Paraf",
        "Hj. Siti Rahmah, S.E., M.M.\nKepala Bagian Umum dan Keuangan\nNIP. 197803152005012004",
        "Senin, 4 Januari 2027 14.20 WITA",
        "4b7d1e0a9c3f…",
        "tidak berlaku lagi",
      ],
      [
        "Paraf",
        "Hj. Siti Rahmah, S.E., M.M.\nKepala Bagian Umum dan Keuangan\nNIP. 197803152005012004",
        "Selasa, 5 Januari 2027 09.05 WITA",
        "c1a9e37f02d4…",
        "berlaku",
      ],
    ]);
    const t = texts(blocks);
    expect(t).toContain(MISSING_TTD);
    expect(t).not.toContain(MISSING_PARAF);
    // The signature block: who signs, that it is not signed yet.
    const sig = t.slice(t.indexOf("Sekretaris Daerah Kabupaten Tapin,"));
    expect(sig.slice(0, 4)).toEqual([
      "Sekretaris Daerah Kabupaten Tapin,",
      "Belum ditandatangani",
      "Drs. H. Sofyan, M.Si.",
      "NIP. 196504221988031008",
    ]);
  });

  test("it closes Bab IV: after its last block, before the Lampiran", async () => {
    const { blocks } = await render({});
    const t = texts(blocks);
    const pengesahan = t.indexOf("PENGESAHAN");
    expect(pengesahan).toBeGreaterThan(t.indexOf("BAB IV PENUTUP"));
    expect(pengesahan).toBeGreaterThan(
      t.findIndex((x) => x.startsWith("menyusun rencana aksi per triwulan")),
    );
    expect(pengesahan).toBeLessThan(t.indexOf("LAMPIRAN"));
  });

  test("paraf and signature both valid: no missing line, the signature with its time", async () => {
    const { blocks } = await render({ approvals: [PARAF_VALID, TTD_VALID] });
    const t = texts(blocks);
    expect(t).not.toContain(MISSING_PARAF);
    expect(t).not.toContain(MISSING_TTD);
    expect(t).toContain("Ditandatangani Selasa, 5 Januari 2027 10.30 WITA");
    expect(recordsTable(blocks)?.rows.map((r) => r.cells[4]?.text)).toEqual(["Status", "berlaku", "berlaku"]);
  });

  test("nothing recorded: both named missing, no records table, blanks to sign on when no official is set", async () => {
    const { doc, blocks } = await render({ approvals: [], penandatangan: null });
    const t = texts(blocks);
    expect(t).toContain(MISSING_PARAF);
    expect(t).toContain(MISSING_TTD);
    expect(recordsTable(blocks)).toBeUndefined();
    const modelTables = doc.chapters.flatMap((c) => c.blocks.filter((b) => b.kind === "table"));
    expect(tablesIn(blocks)).toHaveLength(modelTables.length);
    const sig = t.slice(t.indexOf("Sekretaris Daerah,"));
    expect(sig.slice(0, 4)).toEqual([
      "Sekretaris Daerah,",
      "Belum ditandatangani",
      "(…………………………………………)",
      "NIP. ……………………………………",
    ]);
  });

  test("every record voided: says none still holds, for the paraf and for the signature", async () => {
    const { blocks } = await render({ approvals: [PARAF_VOID, TTD_VOID] });
    const t = texts(blocks);
    expect(t.some((x) => x.startsWith("Tidak ada paraf yang masih berlaku"))).toBe(true);
    expect(t.some((x) => x.startsWith("Tidak ada tanda tangan yang masih berlaku"))).toBe(true);
    expect(t).toContain("Tanda tangan tidak berlaku lagi");
    expect(recordsTable(blocks)?.rows.map((r) => r.cells[4]?.text)).toEqual([
      "Status",
      "tidak berlaku lagi",
      "tidak berlaku lagi",
    ]);
  });
});

describe("the cover", () => {
  test.each<[string, LaporanFixtureOptions, string | null]>([
    ["paraf again after a voided one, no signature", {}, "DRAFT — belum ditandatangani"],
    ["nothing yet", { approvals: [] }, "DRAFT — belum diparaf; belum ditandatangani"],
    [
      "only a voided paraf",
      { approvals: [PARAF_VOID] },
      "DRAFT — paraf tidak berlaku lagi; belum ditandatangani",
    ],
    ["signature voided", { approvals: [PARAF_VALID, TTD_VOID] }, "DRAFT — tanda tangan tidak berlaku lagi"],
    ["paraf and signature hold", { approvals: [PARAF_VALID, TTD_VALID] }, null],
  ])("%s", async (_, options, draft) => {
    const { blocks } = await render(options);
    const lines = cover(blocks);
    expect(lines.slice(0, 4)).toEqual([
      "LAPORAN KINERJA INSTANSI PEMERINTAH",
      "TAHUN 2026",
      "SEKRETARIAT DAERAH KABUPATEN TAPIN",
      "Disusun 5 Januari 2027",
    ]);
    expect(lines.slice(4)).toEqual(draft === null ? [] : [draft]);
  });

  test("the quarterly form names its triwulan once on the cover (in the title) and in the footer", async () => {
    const doc = laporanFixture({ form: "triwulan", periode: "TW2" });
    const parts = await readDocx(await laporanDocx(doc));
    const lines = cover(bodyBlocks(parts.part("word/document.xml")));
    expect(lines.slice(0, 2)).toEqual(["LAPORAN KINERJA TRIWULAN II", "TAHUN 2026"]);
    const footer = [...parts.parts.entries()].find(([p]) => /^word\/footer\d+\.xml$/.test(p))?.[1] ?? "";
    expect(footer).toContain("Laporan Kinerja Sekretariat Daerah Kabupaten Tapin Triwulan II Tahun 2026");
  });
});
