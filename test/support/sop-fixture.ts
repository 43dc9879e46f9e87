import type { Official } from "../../src/domain/setup/setup-types";
import { createSopState, type SopState } from "../../src/domain/sop/sop";
import { DEFAULT_CALENDAR, localInstant, type Instant } from "../../src/domain/setup/working-time";
import { makeSetup } from "./round-fixture";

/** "2026-04-06 10:00" → the instant in WITA. */
export const at = (s: string): Instant => {
  const [date, time] = s.split(" ");
  return localInstant(date!, time!, DEFAULT_CALENDAR);
};

export const OFFICIALS = {
  kasubag: {
    peran: "kasubag-perencanaan",
    nama: "Rina Marlina",
    jabatan: "Kasubag Perencanaan dan Pelaporan",
    nip: "198706122010012015",
  },
  tim: { peran: "tim-sakip", nama: "Fajar Hidayat", jabatan: "Ketua Tim SAKIP", nip: "199001052015031002" },
  kabag: {
    peran: "kabag-umum-keuangan",
    nama: "Hj. Noor Aini",
    jabatan: "Kepala Bagian Umum dan Keuangan",
    nip: "197511201999032004",
  },
  sekda: {
    peran: "sekretaris-daerah",
    nama: "H. Masyraniansyah, SP, M.MA, MP",
    jabatan: "Sekretaris Daerah",
    nip: "196504221988031008",
  },
} as const satisfies Record<string, Official>;

export const sopSetup = () => makeSetup({ pejabat: Object.values(OFFICIALS) });

/** The NIP of the official who carries out each step (default SOP). */
export const NIP_OF_STEP: Record<number, string> = {
  1: OFFICIALS.kasubag.nip,
  2: OFFICIALS.kabag.nip,
  3: OFFICIALS.kasubag.nip,
  4: OFFICIALS.tim.nip,
  5: OFFICIALS.tim.nip,
  6: OFFICIALS.kabag.nip,
  7: OFFICIALS.sekda.nip,
  8: OFFICIALS.kasubag.nip,
};

/** A round starting Monday 6 April 2026 08:00, scheduled on Friday 3 April. */
export const newRound = (): SopState =>
  createSopState({ startDate: at("2026-04-06 08:00"), now: at("2026-04-02 09:00") });
