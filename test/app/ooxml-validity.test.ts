/**
 * Microsoft's verdict on every kind of file the product writes: the Open XML SDK validator (what
 * Excel's "We found a problem with some content" is made of) judges the DPA and prior-report
 * samples, the kertas kerja, the request letters, and the master after generation, consolidation, a
 * re-submission and every kind of SOP action; then each again after LibreOffice saved it and the
 * product rewrote it (a master: the next action of the round, on LibreOffice's file). The one
 * complaint accepted is the order of a font's child elements (test/support/ooxml-validator.ts).
 */
import JSZip from "jszip";
import { acceptConsolidation, reviewReturnedFiles } from "../../src/app/consolidate";
import { writeKertasKerjaToWorkbook } from "../../src/app/generate";
import { actOnSop, scheduleSop, type SopActInput } from "../../src/app/sop";
import { suratPlanFor } from "../../src/app/surat";
import { buildSampleDpaPlan, buildSamplePriorPlan } from "../../src/demo";
import { setupSheetPlan } from "../../src/domain/setup/setup";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { plansToXlsx } from "../../src/hosts/xlsx/write";
import { ACTOR, NOW, sourceOf, type Returned } from "../support/consolidation-fixture";
import { describeWithLibreOffice, recalcAllWithLibreOffice } from "../support/libreoffice";
import { realProblems, validateOoxml, type NamedBytes } from "../support/ooxml-validator";
import { filledKertasKerja, generatedKertasKerja, type KkFixture } from "../support/returned-fixture";
import { NIP_OF_STEP, OFFICIALS, sopSetup } from "../support/sop-fixture";
import { laporanPlan, okRound } from "../support/sop-workbook";

const wita = (s: string) => `${s.replace(" ", "T")}:00+08:00`;

/** A step of the master's life: what the product does to it, on whatever bytes it is handed. */
type Action = (book: XlsxWorkbook) => Promise<void>;

async function consolidate(book: XlsxWorkbook, files: Returned[]): Promise<void> {
  const outcome = await reviewReturnedFiles(
    book,
    files.map((f) => sourceOf(f)),
  );
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join("; "));
  const rejected = outcome.review.assessments.filter((a) => a.verdict === "rejected");
  if (rejected.length > 0) throw new Error(`ditolak: ${rejected.map((a) => a.file).join(", ")}`);
  const accepted = await acceptConsolidation(book, outcome.review, { now: NOW, actor: ACTOR });
  if (!accepted.ok || !accepted.written) throw new Error("konsolidasi tidak ditulis");
}

const act =
  (kind: SopActInput["kind"], step: number, when: string): Action =>
  async (book) => {
    okRound(await actOnSop(book, { kind, step, nip: NIP_OF_STEP[step]!, now: wita(when) }));
  };

interface Round {
  /** Files written once, from plans: name and bytes. */
  files: NamedBytes[];
  /** The master after each action, with the action that comes next in the round. */
  masters: (NamedBytes & { next: Action | undefined })[];
}

/** One small round with the SOP's officials: every kind of file, as the product writes it. */
async function round(): Promise<Round> {
  const setup = sopSetup();
  const inputs = { setup };
  const org: KkFixture = await generatedKertasKerja({ bagian: "ORG", inputs });
  const pem: KkFixture = await generatedKertasKerja({ bagian: "PEM", inputs });
  let links = 0;
  const returned: Returned[] = [
    { name: org.kk.fileName, bytes: await filledKertasKerja(org) },
    {
      name: pem.kk.fileName,
      // The first bukti dukung typed as a formula: Data must hold it as text.
      bytes: await filledKertasKerja(pem, {
        buktiDukung: (key) =>
          links++ === 0 ? '=HYPERLINK("http://x","klik")' : `https://bukti.example/${key}`,
      }),
    },
  ];
  const resubmitted: Returned = {
    name: `revisi-${org.kk.fileName}`,
    bytes: await filledKertasKerja(org, { realisasi: (_k, i) => (i === 1 ? 7 : 1 + i) }),
  };

  const files: NamedBytes[] = [
    { name: "DPA contoh", bytes: await plansToXlsx([buildSampleDpaPlan()]) },
    { name: "laporan kinerja contoh", bytes: await plansToXlsx([buildSamplePriorPlan()]) },
    { name: "kertas kerja ORG", bytes: org.bytes },
    { name: "kertas kerja PEM", bytes: pem.bytes },
    {
      name: "surat permintaan data",
      bytes: await plansToXlsx([suratPlanFor(org.prep, setup, { tanggal: "2026-06-22" })]),
    },
  ];

  // The master as `generate --setup` writes it: Pengaturan, every kertas kerja, Surat, the Log.
  const book = XlsxWorkbook.create();
  await book.writeSheets([setupSheetPlan(setup)]);
  await writeKertasKerjaToWorkbook(book, org.prep, {
    surat: { setup, tanggal: "2026-06-22" },
    log: { now: wita("2026-06-20 10:00"), actor: OFFICIALS.kasubag },
  });
  const steps: [string, Action][] = [
    ["konsolidasi", (b) => consolidate(b, returned)],
    ["kiriman ulang", (b) => consolidate(b, [resubmitted])],
    [
      "sop jadwal",
      async (b) =>
        void okRound(
          await scheduleSop(b, {
            startDate: "2026-06-22",
            now: wita("2026-06-19 09:00"),
            by: OFFICIALS.kasubag.nip,
          }),
        ),
    ],
    ["sop start", act("start", 1, "2026-06-22 08:00")],
    ["sop done", act("done", 1, "2026-06-22 09:00")],
    ["sop paraf", act("paraf", 6, "2026-07-20 09:00")],
    ["sop sign", act("sign", 7, "2026-07-21 09:00")],
  ];
  const masters: Round["masters"] = [];
  let name = "induk setelah generate";
  for (const [label, step] of steps) {
    masters.push({ name, bytes: await book.toBytes(), next: step });
    await step(book);
    name = `induk setelah ${label}`;
    // Steps 2–5 are done between "done 1" and the paraf, as in a real round (not validated each).
    if (label === "sop done") {
      for (const [n, when] of [
        [2, "2026-06-22 11:00"],
        [3, "2026-06-23 15:00"],
        [4, "2026-07-16 10:00"],
        [5, "2026-07-17 10:00"],
      ] as const) {
        if (n === 5) await book.writeSheets([laporanPlan()]);
        await act("done", n, when)(book);
      }
    }
  }
  masters.push({ name, bytes: await book.toBytes(), next: undefined });
  return { files, masters };
}

let made: Round;
beforeAll(async () => {
  made = await round();
}, 60_000);

describe("the Open XML SDK validator", () => {
  it("fails loudly when it cannot run", async () => {
    const before = process.env.OOXML_VALIDATOR_CLI;
    process.env.OOXML_VALIDATOR_CLI = "/tidak/ada/ooxml-validator";
    try {
      await expect(validateOoxml(made.files.slice(0, 1))).rejects.toThrow(/tidak dapat dijalankan/);
    } finally {
      if (before === undefined) delete process.env.OOXML_VALIDATOR_CLI;
      else process.env.OOXML_VALIDATOR_CLI = before;
    }
  });

  it("runs, and sees what Excel would repair (a relationship to a part that is not there)", async () => {
    const zip = await JSZip.loadAsync(made.files[0]!.bytes);
    zip.remove("xl/theme/theme1.xml");
    const broken = await zip.generateAsync({ type: "uint8array" });
    const problems = realProblems(await validateOoxml([{ name: "tanpa tema", bytes: broken }]));
    expect(problems.join("\n")).toContain("/xl/theme/theme1.xml");
  });

  it("finds nothing but the font order in every kind of file the product writes", async () => {
    const all = [...made.files, ...made.masters];
    const verdicts = await validateOoxml(all);
    expect(verdicts.map((v) => v.name)).toEqual(all.map((f) => f.name));
    expect(realProblems(verdicts)).toEqual([]);
  }, 120_000);
});

describeWithLibreOffice("after LibreOffice saved them, rewritten by the product", () => {
  it("every kind of file passes the Open XML SDK validator", async () => {
    const all: (NamedBytes & { next?: Action | undefined })[] = [...made.files, ...made.masters];
    const saved = await recalcAllWithLibreOffice(all.map((f) => f.bytes));
    const rewritten: NamedBytes[] = [];
    for (const [i, file] of all.entries()) {
      // A master goes on with the round; any other file is read and written again.
      const book = await XlsxWorkbook.fromBytes(saved[i]!);
      if (file.next) await file.next(book);
      rewritten.push({ name: `${file.name}, LibreOffice, lalu ditulis ulang`, bytes: await book.toBytes() });
    }
    expect(realProblems(await validateOoxml(rewritten))).toEqual([]);
  }, 240_000);
});
