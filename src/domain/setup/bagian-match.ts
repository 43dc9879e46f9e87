import type { BagianInfo } from "./setup-types";
import { normalizeLabel } from "../shared/text";
import type { BagianCode } from "../shared/types";

/** "Bagian Pemerintahan" and "pemerintahan" name the same Bagian; so does its kode. */
function bagianKey(s: string): string {
  return normalizeLabel(s)
    .replace(/^(bagian|bag)\s+/, "")
    .trim();
}

/**
 * The Bagian of the setup that a DPA's "Bagian" cell names, by kode or by name (with or without
 * the word "Bagian", any case or punctuation); undefined when none or more than one fit.
 * @example matchBagian("BAGIAN PEMERINTAHAN", [{ kode: "PEM", nama: "Bagian Pemerintahan" }]) → that Bagian
 */
export function matchBagian(written: string, bagian: readonly BagianInfo[]): BagianInfo | undefined {
  const key = bagianKey(written);
  if (key === "") return undefined;
  const byKode = bagian.filter((b) => normalizeLabel(b.kode) === normalizeLabel(written));
  if (byKode.length === 1) return byKode[0];
  const byName = bagian.filter((b) => bagianKey(b.nama) === key);
  return byName.length === 1 ? byName[0] : undefined;
}

/** A short code for a Bagian named in a DPA: initials of its words, "Perekonomian dan SDA" → "PDS". */
export function bagianCodeFromName(nama: string, taken: ReadonlySet<string>): BagianCode {
  const words = bagianKey(nama)
    .split(" ")
    .filter((w) => w.length > 0 && w !== "dan");
  const base =
    words.length === 1
      ? (words[0] ?? "BAG").slice(0, 4).toUpperCase()
      : words.map((w) => w[0]?.toUpperCase() ?? "").join("");
  // A kode is at most 16 characters of A–Z, 0–9: room is kept for a numeric suffix.
  const clean = base.replace(/[^A-Z0-9]/g, "").slice(0, 12);
  let code = clean || "BAG";
  for (let i = 2; taken.has(code); i++) code = `${clean || "BAG"}${i}`;
  return code as BagianCode;
}

/** A worksheet name for a Bagian's kertas kerja: "KK Pemerintahan", at most 31 characters, unique. */
export function kertasKerjaSheetName(nama: string, taken: ReadonlySet<string>): string {
  const cleaned = nama
    .replace(/^bagian\s+/i, "")
    .replace(/[[\]:*?/\\']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const base = `KK ${cleaned}`.slice(0, 31).trim();
  let name = base;
  for (let i = 2; [...taken].some((t) => t.toLowerCase() === name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  return name;
}

/** A file name for a Bagian's kertas kerja: "KK-2026-TW1-Pemerintahan.xlsx". */
export function kertasKerjaFileName(tahun: number, periode: string, nama: string): string {
  const slug = nama
    .replace(/^bagian\s+/i, "")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `KK-${tahun}-${periode}-${slug || "Bagian"}.xlsx`;
}
