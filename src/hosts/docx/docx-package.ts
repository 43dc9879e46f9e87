/**
 * The same report gives the same bytes. The docx library stamps two things with the clock: the
 * document's created and modified dates (docProps/core.xml) and each zip entry's modification
 * time. Both are set here to the date the report was drafted (`disusun`), by re-zipping the
 * library's parts unchanged, in their order, with fflate at the library's own compression level.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

const CORE = "docProps/core.xml";
/** DOS time, what a zip entry stores, begins in 1980. */
const EARLIEST = { y: 1980, mo: 1, d: 1, h: 0, mi: 0, s: 0 };

/** The wall-clock date and time written in `disusun` ("2027-01-05" or "2027-01-05T09:00:00+08:00"). */
function wallClock(disusun: string): typeof EARLIEST {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(disusun);
  if (!m || Number(m[1]) < EARLIEST.y) return EARLIEST;
  const n = (i: number) => Number(m[i] ?? 0);
  return { y: n(1), mo: n(2), d: n(3), h: n(4), mi: n(5), s: n(6) };
}

/** `disusun` as the W3C date-time core properties hold: the instant it names, or midnight UTC of its date. */
export function coreDate(disusun: string): string {
  const hasTime = /T\d{2}:\d{2}/.test(disusun);
  const ms = Date.parse(hasTime ? disusun : `${disusun.slice(0, 10)}T00:00:00Z`);
  const c = wallClock(disusun);
  const fallback = Date.UTC(c.y, c.mo - 1, c.d, c.h, c.mi, c.s);
  return new Date(Number.isNaN(ms) ? fallback : ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * The package with its dates fixed to `disusun`. The zip time is a wall-clock time without zone,
 * which fflate reads from a Date's local fields: the Date is built from local fields, so the bytes
 * do not depend on the zone of the machine.
 */
export function fixPackageDates(bytes: Uint8Array, disusun: string): Uint8Array {
  const parts = unzipSync(bytes);
  const c = wallClock(disusun);
  const mtime = new Date(c.y, c.mo - 1, c.d, c.h, c.mi, c.s);
  const when = coreDate(disusun);
  const out: Zippable = {};
  for (const [path, data] of Object.entries(parts)) {
    const fixed =
      path === CORE
        ? strToU8(
            strFromU8(data).replace(
              /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
              (_, open: string, _name: string, close: string) => `${open}${when}${close}`,
            ),
          )
        : data;
    out[path] = [fixed, { mtime, level: 6 }];
  }
  return zipSync(out);
}
