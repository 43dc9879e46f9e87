import fc from "fast-check";
import {
  fnv1aHex,
  kodeLevel,
  makeIndicatorKeys,
  parentKode,
  parseKode,
} from "../../../src/domain/shared/kode";
import { normalizeIndicatorText } from "../../../src/domain/shared/text";
import type { Kode } from "../../../src/domain/shared/types";

const k = (s: string): Kode => s as Kode;

describe("parseKode", () => {
  test.each([
    ["4", "4", "urusan"],
    ["4.01", "4.01", "bidang"],
    ["4.01.01", "4.01.01", "program"],
    ["4.01.01.2.01", "4.01.01.2.01", "kegiatan"],
    ["4.01.01.2.01.0001", "4.01.01.2.01.0001", "subkegiatan"],
    ["4.01.01.2.01.01", "4.01.01.2.01.0001", "subkegiatan"],
    ["4.01.01.2.13.03", "4.01.01.2.13.0003", "subkegiatan"],
    [" 4.01.01.2.01.0006 ", "4.01.01.2.01.0006", "subkegiatan"],
    ["4. 01. 01", "4.01.01", "program"],
    ["4.01.01.", "4.01.01", "program"],
    ["4.01.01.2.01.0001..", "4.01.01.2.01.0001", "subkegiatan"],
    ["4.1.1", "4.01.01", "program"],
  ])("%j → %j (%s)", (text, kode, level) => {
    expect(parseKode(text)).toEqual({ ok: true, kode, level });
  });

  test.each([
    "4.01.01.2",
    "4.01.01.2.01.00001",
    "4.001",
    "4.01.01.2.01.00X6",
    "A.01",
    "4..01",
    "Kode",
    "1.2.3.4.5.6.7",
  ])("rejects %j as malformed", (text) => {
    expect(parseKode(text)).toEqual({ ok: false, reason: "malformed", found: text });
  });

  test("a number cell is only an urusan when it is one digit", () => {
    expect(parseKode(4)).toEqual({ ok: true, kode: "4", level: "urusan" });
    expect(parseKode(4.01)).toEqual({ ok: false, reason: "numeric", found: "4.01" });
    expect(parseKode(4.1)).toEqual({ ok: false, reason: "numeric", found: "4.1" });
    expect(parseKode(401)).toEqual({ ok: false, reason: "numeric", found: "401" });
  });

  test("empty cells are empty", () => {
    expect(parseKode(null)).toEqual({ ok: false, reason: "empty", found: "" });
    expect(parseKode("  ")).toEqual({ ok: false, reason: "empty", found: "  " });
    expect(parseKode(true)).toMatchObject({ ok: false, reason: "malformed" });
  });
});

describe("parentKode and kodeLevel", () => {
  test.each([
    ["4.01.01.2.01.0001", "4.01.01.2.01"],
    ["4.01.01.2.01", "4.01.01"],
    ["4.01.01", "4.01"],
    ["4.01", "4"],
    ["4", null],
  ])("parent of %s is %p", (kode, parent) => {
    expect(parentKode(k(kode))).toBe(parent);
  });
  test("levels", () => {
    expect(kodeLevel(k("4.01.01.2.01"))).toBe("kegiatan");
    expect(kodeLevel(k("4.01.01.2.01.0001"))).toBe("subkegiatan");
  });
});

describe("makeIndicatorKeys", () => {
  const kode = k("4.01.01.2.01.0001");

  test("FNV-1a matches the published test vectors", () => {
    expect(fnv1aHex("")).toBe("811c9dc5");
    expect(fnv1aHex("a")).toBe("e40c292c");
    expect(fnv1aHex("foobar")).toBe("bf9cf968");
  });

  test("slug, hash and repeat suffix", () => {
    const keys = makeIndicatorKeys(kode, [
      "Jumlah Dokumen Perencanaan Perangkat Daerah",
      "Persentase dokumen perencanaan yang disahkan tepat waktu (%)",
      "jumlah dokumen perencanaan perangkat daerah.",
    ]);
    const h1 = fnv1aHex("jumlah dokumen perencanaan perangkat daerah");
    expect(keys).toEqual([
      `4.01.01.2.01.0001|jumlah-dokumen-perencanaan-perangkat-dae~${h1}`,
      `4.01.01.2.01.0001|persentase-dokumen-perencanaan-yang-disa~${fnv1aHex(
        "persentase dokumen perencanaan yang disahkan tepat waktu persen",
      )}`,
      `4.01.01.2.01.0001|jumlah-dokumen-perencanaan-perangkat-dae~${h1}#2`,
    ]);
  });

  test("a slug cut at a space has no trailing dash, and an empty text still has a key", () => {
    const [key] = makeIndicatorKeys(kode, ["Persentase dokumen perencanaan dan pelap oran"]);
    expect(key).toMatch(/\|persentase-dokumen-perencanaan-dan-pelap~/);
    const [cut] = makeIndicatorKeys(kode, ["aaaaaaaaa bbbbbbbbb ccccccccc ddddddddd eeee"]);
    expect(cut).toMatch(/\|aaaaaaaaa-bbbbbbbbb-ccccccccc-ddddddddd~/);
    expect(makeIndicatorKeys(kode, [""])).toEqual(["4.01.01.2.01.0001|~811c9dc5"]);
  });

  const texts = fc.array(
    fc.oneof(fc.string(), fc.constantFrom("Jumlah Dokumen", "jumlah dokumen.", "Persentase (%)")),
    {
      maxLength: 12,
    },
  );

  test("same input, same keys; keys are unique and well formed (property)", () => {
    fc.assert(
      fc.property(texts, (list) => {
        const a = makeIndicatorKeys(kode, list);
        const b = makeIndicatorKeys(kode, [...list]);
        expect(a).toEqual(b);
        expect(new Set(a).size).toBe(a.length);
        for (const key of a)
          expect(key).toMatch(/^4\.01\.01\.2\.01\.0001\|[a-z0-9-]{0,40}~[0-9a-f]{8}(#\d+)?$/);
      }),
    );
  });

  test("a text's key does not depend on the other texts or their order (property)", () => {
    fc.assert(
      fc.property(texts, fc.string(), (others, text) => {
        const distinct = others.filter((o) => normalizeIndicatorText(o) !== normalizeIndicatorText(text));
        const [alone] = makeIndicatorKeys(kode, [text]);
        const keys = makeIndicatorKeys(kode, [...distinct, text]);
        expect(keys[keys.length - 1]).toBe(alone);
        expect(makeIndicatorKeys(kode, [text, ...distinct])[0]).toBe(alone);
      }),
    );
  });
});
