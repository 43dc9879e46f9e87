import { writeKertasKerjaToWorkbook } from "../../src/app/generate";
import { actorFor, combinedFingerprint } from "../../src/app/log";
import { prepareRound } from "../../src/app/round";
import { saveSetup } from "../../src/app/setup";
import { actOnSop, loadSopRound, scheduleSop } from "../../src/app/sop";
import { readLog } from "../../src/domain/sop/sop-log-sheet";
import { XlsxWorkbook } from "../../src/hosts/xlsx/port";
import { S } from "../../src/strings";
import { smallDpa } from "../support/round-fixture";
import { at, OFFICIALS, sopSetup } from "../support/sop-fixture";

async function logOf(book: XlsxWorkbook) {
  const sheets = await Promise.all([book.readSheet(S.sopLog.sheetName), book.readSheet("_kk_log")]);
  return readLog({ sheets: sheets.filter((s) => s !== null) });
}

describe("setup and generation are recorded on the Log", () => {
  it("appends 'setup' and 'generate' entries that the SOP actions then chain onto", async () => {
    const book = XlsxWorkbook.create();
    const setup = sopSetup();
    const kasubag = OFFICIALS.kasubag;
    await saveSetup(book, setup, { now: at("2026-04-06 08:00"), actor: actorFor(setup, kasubag.nip) });
    const prep = prepareRound({
      setup,
      dpa: smallDpa(),
      prior: [],
      reviews: {},
      assignments: {},
      generatedAt: "2026-04-06T00:05:00.000Z",
    });
    await writeKertasKerjaToWorkbook(book, prep, {
      log: { now: at("2026-04-06 08:05"), actor: actorFor(setup, "") },
    });
    let log = await logOf(book);
    expect(log.issues).toEqual([]);
    expect(log.entries.map((e) => [e.action, e.who.nama])).toEqual([
      ["setup", kasubag.nama],
      ["generate", S.sopLog.unnamedActor.nama],
    ]);
    expect(log.entries[1]!.fingerprint).toBe(combinedFingerprint(prep.kertasKerja.map((k) => k.fingerprint)));
    expect(log.entries[1]!.detail).toContain("KK Pemerintahan");

    // The SOP actions append after them, and the chain still verifies.
    expect(
      (await scheduleSop(book, { startDate: "2026-04-06", now: at("2026-04-06 08:10"), by: kasubag.nip })).ok,
    ).toBe(true);
    const done = await actOnSop(book, {
      kind: "done",
      step: 1,
      nip: kasubag.nip,
      now: at("2026-04-06 08:20"),
    });
    expect(done.ok).toBe(true);
    log = await logOf(book);
    expect(log.issues).toEqual([]);
    expect(log.entries.slice(0, 2).map((e) => e.action)).toEqual(["setup", "generate"]);
    expect((await loadSopRound(book, at("2026-04-06 09:00"))).log.issues).toEqual([]);
  });

  it("a setup with errors writes neither the sheet nor a Log entry", async () => {
    const book = XlsxWorkbook.create();
    const setup = { ...sopSetup(), instansi: " " };
    const issues = await saveSetup(book, setup, {
      now: at("2026-04-06 08:00"),
      actor: actorFor(setup, undefined),
    });
    expect(issues.some((i) => i.severity === "error")).toBe(true);
    expect(await book.readSheet(S.sopLog.sheetName)).toBeNull();
    expect(await book.readSheet(S.setup.sheetName)).toBeNull();
  });

  it("actorFor names an official or a Kepala Bagian by NIP, and says so when nobody was named", () => {
    const setup = sopSetup();
    expect(actorFor(setup, OFFICIALS.sekda.nip)).toMatchObject({ nama: OFFICIALS.sekda.nama });
    const kepala = setup.bagian[0]!.kepala;
    expect(actorFor(setup, kepala.nip)).toMatchObject({
      nama: kepala.nama,
      jabatan: `Kepala ${setup.bagian[0]!.nama}`,
    });
    expect(actorFor(setup, undefined)).toMatchObject({ nama: S.sopLog.unnamedActor.nama, nip: "" });
  });
});
