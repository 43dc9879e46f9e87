import type { CellValue } from "../../sheet/plan";
import { normalizeIndicatorText } from "./text";
import type { IndicatorKey, Kode, Level } from "./types";

export type KodeParse =
  | { ok: true; kode: Kode; level: Level }
  | {
      ok: false;
      /** `numeric`: a number cell such as 4.01, whose trailing zeros Excel may have lost. */
      reason: "empty" | "numeric" | "malformed";
      found: string;
    };

/** Digits per segment: urusan . bidang . program . (2 = kabupaten/kota) . kegiatan . sub kegiatan. */
const SEGMENT_WIDTHS = [1, 2, 2, 1, 2, 4] as const;
const LEVEL_BY_SEGMENTS: Partial<Record<number, Level>> = {
  1: "urusan",
  2: "bidang",
  3: "program",
  5: "kegiatan",
  6: "subkegiatan",
};
const SEGMENTS_BY_LEVEL: Record<Level, number> = {
  urusan: 1,
  bidang: 2,
  program: 3,
  kegiatan: 5,
  subkegiatan: 6,
};

/**
 * Reads a DPA code (Permendagri 90/2019) and says its level: urusan "4", bidang "4.01",
 * program "4.01.01", kegiatan "4.01.01.2.01", sub kegiatan "4.01.01.2.01.0001".
 *
 * Spaces and trailing dots are ignored; a segment shorter than its width is zero-padded, so the
 * older two-digit sub kegiatan "4.01.01.2.01.01" becomes "4.01.01.2.01.0001". A segment longer
 * than its width, four segments, or any other character is `malformed`. A number cell is only
 * accepted when it is a one-digit urusan: 4.01 or 4.1 as a number may have lost a trailing zero.
 * @example parseKode(" 4.01.01.2.01.01. ") // { ok: true, kode: "4.01.01.2.01.0001", level: "subkegiatan" }
 */
export function parseKode(v: CellValue): KodeParse {
  if (v === null || v === undefined || v === "") return { ok: false, reason: "empty", found: "" };
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= 1 && v <= 9)
      return { ok: true, kode: String(v) as Kode, level: "urusan" };
    return { ok: false, reason: "numeric", found: String(v) };
  }
  if (typeof v !== "string") return { ok: false, reason: "malformed", found: String(v) };
  const found = v;
  const compact = v.replace(/\s+/g, "").replace(/\.+$/, "");
  if (compact === "") return { ok: false, reason: "empty", found };
  const segments = compact.split(".");
  const level = LEVEL_BY_SEGMENTS[segments.length];
  if (level === undefined) return { ok: false, reason: "malformed", found };
  const padded: string[] = [];
  for (const [i, seg] of segments.entries()) {
    const width = SEGMENT_WIDTHS[i] ?? 0;
    if (!/^\d+$/.test(seg) || seg.length > width) return { ok: false, reason: "malformed", found };
    padded.push(seg.padStart(width, "0"));
  }
  return { ok: true, kode: padded.join(".") as Kode, level };
}

/** The level of a code that `parseKode` produced. */
export function kodeLevel(kode: Kode): Level {
  return LEVEL_BY_SEGMENTS[kode.split(".").length] ?? "urusan";
}

/**
 * The code one level up: sub kegiatan → kegiatan, kegiatan → program (the "2" segment belongs to
 * the kegiatan), program → bidang, bidang → urusan, urusan → null.
 * @example parentKode("4.01.01.2.01" as Kode) // "4.01.01"
 */
export function parentKode(kode: Kode): Kode | null {
  const segments = kode.split(".");
  const order: Level[] = ["urusan", "bidang", "program", "kegiatan", "subkegiatan"];
  const index = order.indexOf(kodeLevel(kode));
  const parent = index > 0 ? order[index - 1] : undefined;
  return parent === undefined ? null : (segments.slice(0, SEGMENTS_BY_LEVEL[parent]).join(".") as Kode);
}

/** 32-bit FNV-1a over the UTF-8 bytes of a text, as 8 hex digits. */
export function fnv1aHex(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const SLUG_LENGTH = 40;

/**
 * Stable keys for the indicators of one node, in the order given: `${kode}|${slug}~${hash}` where
 * slug is the normalised text as [a-z0-9-] cut to 40 characters and hash the FNV-1a of the whole
 * normalised text. The n-th repeat of the same normalised text gets "#n". The key depends only on
 * the code, the text and that repeat count, so it survives sorting, re-generation and re-import.
 * @example makeIndicatorKeys(k, ["Jumlah Dokumen", "jumlah dokumen."]) // ["…|jumlah-dokumen~7c1b…", "…|jumlah-dokumen~7c1b…#2"]
 */
export function makeIndicatorKeys(kode: Kode, texts: readonly string[]): IndicatorKey[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const normal = normalizeIndicatorText(text);
    const count = (seen.get(normal) ?? 0) + 1;
    seen.set(normal, count);
    const slug = normal.replace(/ /g, "-").slice(0, SLUG_LENGTH).replace(/-+$/, "");
    const base = `${kode}|${slug}~${fnv1aHex(normal)}`;
    return (count === 1 ? base : `${base}#${count}`) as IndicatorKey;
  });
}
