/**
 * What a master written before the Laporan was covered by the paraf holds: the paraf and the
 * signature of a round whose Data sheet is `OLD_DATA` (no Analisis, no Laporan), as the product at
 * commit 9c019d5 recorded them on `_paraf_state`. The fingerprint was computed by that commit's
 * code (its `reviewedContentFingerprint` over Data and Analisis), not by the code under test.
 */
import type { ParafState } from "../../src/domain/sop/paraf";
import { OFFICIALS } from "./sop-fixture";

/** The Data sheet of that master (as `scheduledSopWorkbook` writes it). */
export const OLD_DATA: (string | number)[][] = [
  ["Indikator", "Realisasi"],
  ["Persentase", 80],
];

/** SHA-256 of that Data sheet with no Analisis, by the fingerprint of commit 9c019d5. */
export const OLD_FINGERPRINT = "020449b222669f450cd6ebc2b7d6695ebb5c0c59d69ff7a387b6c725d7345197";

/** The `_paraf_state` of that master: paraf on 29 April, signature on 30 April 2026. */
export const OLD_PARAF_STATE: ParafState = {
  type: "kertas-kerja-sakip/paraf",
  version: 1,
  records: [
    {
      step: 6,
      nama: OFFICIALS.kabag.nama,
      jabatan: OFFICIALS.kabag.jabatan,
      nip: OFFICIALS.kabag.nip,
      at: "2026-04-29T13:00:00+08:00",
      fingerprint: OLD_FINGERPRINT,
    },
    {
      step: 7,
      nama: OFFICIALS.sekda.nama,
      jabatan: OFFICIALS.sekda.jabatan,
      nip: OFFICIALS.sekda.nip,
      at: "2026-04-30T09:00:00+08:00",
      fingerprint: OLD_FINGERPRINT,
    },
  ],
};
