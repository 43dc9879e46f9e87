/** Base64 (RFC 4648, with padding) in plain TypeScript, the same in the browser and in Node. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

const digit = (n: number): string => ALPHABET.charAt(n & 63);

/** @example toBase64(new Uint8Array([77, 97])) // "TWE=" */
export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(digit(n >> 18), digit(n >> 12));
    out.push(i + 1 < bytes.length ? digit(n >> 6) : "=", i + 2 < bytes.length ? digit(n) : "=");
  }
  return out.join("");
}

/** The bytes of a base64 text; null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  const at = (i: number): number => INDEX.get(text.charAt(i)) ?? 0;
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    for (const byte of [(n >> 16) & 255, (n >> 8) & 255, n & 255]) if (o < out.length) out[o++] = byte;
  }
  return out;
}
