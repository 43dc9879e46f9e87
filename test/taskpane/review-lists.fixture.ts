import type { RoundInputs } from "../../src/app/round-types";
import { makeDpa, makeSetup } from "../support/round-fixture";
import { stubGroups } from "./stub-services";

/** Two Bagian: PEM with three indicators (one qualitative, one settled by the DPA), ORG with one. */
export function reviewGroups() {
  const dpa = makeDpa([
    {
      kode: "4.01.01.2.01.0001",
      name: "Fasilitasi Otonomi Daerah",
      bagian: "PEM",
      indicators: [
        { text: "Jumlah Laporan Otonomi Daerah", target: 4 },
        { text: "Predikat Evaluasi Kinerja", target: "A" },
        {
          text: "Persentase Desa Berbatas Jelas",
          target: 100,
          polarity: "positif",
          aggregation: "persentase",
        },
      ],
    },
    {
      kode: "4.01.01.2.02.0003",
      name: "Penataan Kelembagaan",
      bagian: "ORG",
      indicators: [{ text: "Jumlah Dokumen Kelembagaan", target: 2 }],
    },
  ]);
  const inputs = { setup: makeSetup(), dpa, assignments: {} } as unknown as RoundInputs;
  return stubGroups(inputs).groups;
}
