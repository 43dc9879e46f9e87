/**
 * The Bagian a DPA names that the setup does not have yet, proposed for the Pengaturan form. A
 * DPA row's Bagian is later found by `matchBagian` (the round's one rule); a proposal is made so
 * that the same rule finds it, and so that it takes no spelling away from a Bagian already there:
 * once the proposals are added, every sub kegiatan whose DPA row names a Bagian has one.
 */
import { normalizeLabel } from "../shared/text";
import type { BagianCode, Dpa } from "../shared/types";
import { bagianCodeFromName, matchBagian } from "./bagian-match";
import type { BagianInfo } from "./setup-types";

export interface ProposedBagian {
  kode: BagianCode;
  /** "Bagian Pemerintahan"; empty when the DPA gives only a code (the name is then the user's to type). */
  nama: string;
  /** The DPA's spellings of this Bagian, in order of first appearance. */
  written: string[];
  /** Sub kegiatan rows of the DPA that name it. */
  subKegiatan: number;
  /** Indicators on the DPA rows that name it (any level). */
  indicators: number;
}

/** A Bagian as the form holds it: the kode and the name typed so far (any case, any spacing). */
export interface KnownBagian {
  kode: string;
  nama: string;
}

/**
 * A DPA that writes a code writes a short word in capitals ("PEM", "KESRA", "PROKOPIM"); every
 * such word is also a valid Bagian kode. "ORGANISASI" or "Hukum" are names.
 */
const CODE_AS_WRITTEN = /^[A-Z][A-Z0-9]{1,7}$/;

/** "Bag.  Hukum" → "Bagian Hukum": spaces collapsed, one "Bagian" in front; "" when nothing is left. */
function bagianName(written: string): string {
  const bare = written.replace(/^(bagian|bag)\b\.?\s*/i, "").trim();
  return bare === "" ? "" : `Bagian ${bare}`;
}

const asInfo = (b: KnownBagian): BagianInfo => ({
  kode: b.kode.trim().toUpperCase() as BagianCode,
  nama: b.nama.trim(),
  kepala: { nama: "", nip: "" },
});

/**
 * The Bagian the DPA names that none of `known` stands for, distinct, in DPA order, each with a
 * kode: the DPA's own when it writes a code, else one made from the name, unique in the form and
 * unlike any code the DPA writes (so that no spelling moves to it).
 * @example proposeBagian(dpa naming "Bagian Hukum" ×3 and "PEM", [{ kode: "PEM", nama: "" }])
 *   → [{ kode: "HUKU", nama: "Bagian Hukum", written: ["Bagian Hukum"], subKegiatan: 3, … }]
 */
export function proposeBagian(dpa: Dpa, known: readonly KnownBagian[]): ProposedBagian[] {
  const existing = known.filter((b) => b.kode.trim() !== "" || b.nama.trim() !== "").map(asInfo);
  const writtenAll = new Set<string>();
  for (const node of dpa.nodes) {
    const w = node.bagian?.replace(/\s+/g, " ").trim();
    if (w) writtenAll.add(w);
  }
  const taken = new Set(existing.map((b) => b.kode));
  // A made-up kode must not equal a code the DPA writes: that spelling would then match it.
  const reserved = new Set([...writtenAll].map((w) => normalizeLabel(w).toUpperCase()));
  const proposed: ProposedBagian[] = [];
  const infos: BagianInfo[] = [];

  /** The index of the proposal that stands for `written` (a new one if needed); null when none should. */
  const place = (written: string): number | null => {
    if (existing.some((b) => matchBagian(written, [b]))) return null;
    const found = matchBagian(written, infos);
    if (found) {
      const at = infos.indexOf(found);
      proposed[at]?.written.push(written);
      return at;
    }
    const asCode = CODE_AS_WRITTEN.test(written) && !taken.has(written as BagianCode);
    const nama = asCode ? "" : bagianName(written);
    if (!asCode && nama === "") return null;
    const kode = asCode
      ? (written as BagianCode)
      : bagianCodeFromName(nama, new Set([...taken, ...reserved]));
    taken.add(kode);
    infos.push({ kode, nama, kepala: { nama: "", nip: "" } });
    proposed.push({ kode, nama, written: [written], subKegiatan: 0, indicators: 0 });
    return proposed.length - 1;
  };

  const placed = new Map<string, number | null>();
  for (const node of dpa.nodes) {
    const written = node.bagian?.replace(/\s+/g, " ").trim();
    if (!written) continue;
    if (!placed.has(written)) placed.set(written, place(written));
    const at = placed.get(written);
    const p = at === null || at === undefined ? undefined : proposed[at];
    if (!p) continue;
    if (node.level === "subkegiatan") p.subKegiatan += 1;
    p.indicators += node.indicators.length;
  }
  return proposed;
}

/** What the DPA gives one Bagian: its sub kegiatan rows and the indicators of its rows. */
export interface BagianShare {
  subKegiatan: number;
  indicators: number;
}

/**
 * For each Bagian of the form, in its order, what the DPA's rows that name it carry, found by the
 * round's rule (`matchBagian` over the whole form: a spelling two Bagian could take goes to none).
 */
export function dpaShares(dpa: Dpa, known: readonly KnownBagian[]): BagianShare[] {
  const infos = known.map(asInfo);
  const shares = infos.map(() => ({ subKegiatan: 0, indicators: 0 }));
  const found = new Map<string, number>();
  for (const node of dpa.nodes) {
    const written = node.bagian?.replace(/\s+/g, " ").trim();
    if (!written) continue;
    if (!found.has(written)) {
      const b = matchBagian(written, infos);
      found.set(written, b ? infos.indexOf(b) : -1);
    }
    const share = shares[found.get(written) ?? -1];
    if (!share) continue;
    if (node.level === "subkegiatan") share.subKegiatan += 1;
    share.indicators += node.indicators.length;
  }
  return shares;
}
