/** Qualitative targets and realisasi (opini BPK, predikat SAKIP, Baik/Cukup/Kurang): their scales and messages. */
export const qualitative = {
  /** The Pengaturan section holding the scales. */
  section: "SKALA NILAI KUALITATIF",
  header: ["Skala", "Kata", "Nilai"],
  /** The line under the section title, saying what the scores are for. */
  note: "Capaian target kualitatif = nilai realisasi / nilai target × 100 (polaritas negatif: rumus di atas, atas nilai).",
  errors: {
    scaleName: "Nama skala kualitatif wajib diisi.",
    scaleNameExpected: "nama skala, misalnya Opini BPK",
    scaleDuplicate: (name: string) => `Skala kualitatif ${name} tercantum lebih dari sekali.`,
    scaleDuplicateExpected: "setiap nama skala sekali saja",
    noLevels: (name: string) => `Skala kualitatif ${name} belum berisi kata.`,
    noLevelsExpected: "sekurang-kurangnya satu kata dengan nilainya",
    label: (scale: string) => `Kata pada skala ${scale} wajib diisi.`,
    labelExpected: "kata, misalnya WTP",
    labelChars: (scale: string, label: string) =>
      `Kata "${label}" pada skala ${scale} memuat koma atau tanda petik, yang tidak dapat dipakai dalam daftar pilihan Excel.`,
    labelCharsExpected: "kata tanpa koma dan tanda petik",
    labelDuplicate: (scale: string, label: string) =>
      `Kata "${label}" tercantum lebih dari sekali pada skala ${scale}.`,
    labelDuplicateExpected: "setiap kata sekali saja dalam satu skala",
    score: (scale: string, label: string) => `Nilai kata "${label}" pada skala ${scale} harus angka ≥ 0.`,
    scoreExpected: "angka ≥ 0, misalnya 4",
    scoreConflict: (label: string, scale: string, other: string) =>
      `Kata "${label}" ada di skala ${scale} dan ${other} dengan nilai berbeda.`,
    scoreConflictExpected: "nilai yang sama untuk kata yang sama di setiap skala",
  },
  /** The realisasi input of a qualitative indicator on a kertas kerja. */
  validation: {
    title: "Realisasi kualitatif",
    prompt: (words: string[]) => `Pilih salah satu: ${words.join(", ")}.`,
    error: (words: string[]) => `Isi dengan salah satu kata: ${words.join(", ")}.`,
  },
  /** A returned kertas kerja's qualitative realisasi cell. */
  returned: {
    unknownWord: (cell: string, words: string[]) =>
      `Sel ${cell}: realisasi indikator kualitatif harus salah satu kata ${words.join(", ")}.`,
    number: (cell: string, words: string[]) =>
      `Sel ${cell}: indikator ini bertarget kualitatif; isi realisasinya dengan kata (${words.join(", ")}), bukan angka.`,
    expected: (words: string[]) => `salah satu dari ${words.join(", ")}`,
  },
  /** Consolidation notes. */
  kumulatif: (indikator: string) =>
    `Indikator "${indikator}" bertarget kualitatif tetapi berjenis kumulatif: kata tidak dapat dijumlahkan, capaiannya dihitung sebagai nilai akhir.`,
  kumulatifExpected: "nilai akhir",
} as const;
