import fc from "fast-check";
import { fromBase64, toBase64 } from "../../../src/domain/shared/base64";

describe("base64", () => {
  it.each([
    ["", ""],
    ["f", "Zg=="],
    ["fo", "Zm8="],
    ["foo", "Zm9v"],
    ["foobar", "Zm9vYmFy"],
  ])("encodes %j as RFC 4648's test vector %j", (text, encoded) => {
    expect(toBase64(new TextEncoder().encode(text))).toBe(encoded);
    expect(new TextDecoder().decode(fromBase64(encoded) ?? new Uint8Array([0xff]))).toBe(text);
  });

  it("agrees with Node's Buffer and round-trips any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = toBase64(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString("base64"));
        expect(fromBase64(encoded)).toEqual(bytes);
      }),
    );
  });

  it("agrees with Node's Buffer across its internal slices (100 KB)", () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) % 251);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  // The Excel export and the sheet-password hash once encoded with btoa over a binary string.
  it("gives what btoa gives over the same bytes, below and above 32 KB chunks", () => {
    const viaBtoa = (bytes: Uint8Array): string => {
      let binary = "";
      for (const byte of bytes) binary += String.fromCharCode(byte);
      return btoa(binary);
    };
    for (const length of [16, 64, 0x8000 - 1, 0x8000, 0x8000 + 1, 0x10001]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) % 256);
      expect(toBase64(bytes)).toBe(viaBtoa(bytes));
    }
  });

  it("refuses what is not base64", () => {
    for (const bad of ["Zg=", "Z!==", "Zm9v====", "Zm 9"]) expect(fromBase64(bad)).toBeNull();
  });
});
