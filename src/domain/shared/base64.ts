/** Base64 (RFC 4648, with padding) in plain TypeScript, the same in the browser and in Node. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Value of each base64 character by its char code ("=" and anything else: 0, after the regex check). */
const VALUES = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

const CODES = Uint8Array.from([...ALPHABET].map((c) => c.charCodeAt(0)));
const PAD = "=".charCodeAt(0);

/**
 * Encodes into a byte buffer first and turns it into text in slices: metadata of a large round
 * is megabytes, and building it character by character costs more than deflating it.
 * @example toBase64(new Uint8Array([77, 97])) // "TWE="
 */
export function toBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const full = bytes.length - (bytes.length % 3);
  let o = 0;
  const put = (n: number, chars: number): void => {
    for (let k = 0; k < 4; k++) out[o++] = k < chars ? (CODES[(n >> (18 - 6 * k)) & 63] ?? PAD) : PAD;
  };
  // Whole triples in a tight loop (no reads past the end, which would slow every read down).
  for (let i = 0; i < full; i += 3) {
    put(((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number), 4);
  }
  const rest = bytes.length - full;
  if (rest === 1) put((bytes[full] as number) << 16, 2);
  if (rest === 2) put(((bytes[full] as number) << 16) | ((bytes[full + 1] as number) << 8), 3);
  // fromCharCode over slices: one argument per character, in slices well under engine limits
  // (apply takes the typed array as it is; a spread would copy it element by element first).
  const parts: string[] = [];
  for (let i = 0; i < out.length; i += 0x2000) {
    parts.push(String.fromCharCode.apply(null, out.subarray(i, i + 0x2000) as unknown as number[]));
  }
  return parts.join("");
}

/** The bytes of a base64 text; null when it is not base64. */
export function fromBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const pad = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  const at = (i: number): number => VALUES[text.charCodeAt(i)] ?? 0;
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
