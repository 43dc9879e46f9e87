/** Texts of `kertas-kerja demo`: two sample rounds, their files and the summaries printed. */
export const demo = {
  writingSamples: (dir: string) => `Menulis contoh DPA, laporan kinerja dan Perjanjian Kinerja ke ${dir} …`,
  dpaFile: "DPA-Setda-Tapin-2026.xlsx",
  priorFile: "Laporan-Kinerja-Sebelumnya.xlsx",
  pkFile: "Perjanjian-Kinerja-Setda-Tapin-2026.xlsx",
  outSubdir: "kertas-kerja",
  defaultDir: "kertas-kerja-demo",
  roundHeading: (label: string, tahun: number, how: string) => `=== Putaran ${label} ${tahun}: ${how} ===`,
  roundHow: {
    TW1: "generate dengan Perjanjian Kinerja (--pk) dan laporan kinerja sebelumnya (--prior)",
    TW2: "generate dengan buku kerja induk Triwulan I sebagai --setup dan --prior",
  },
  done: (dir: string) => `Selesai. Contoh masukan dan dua putaran (TW I, lalu TW II) ada di ${dir}`,
  inputs: (dpa: string, prior: string, pk: string) =>
    `  DPA contoh:          ${dpa}\n  Laporan sebelumnya:  ${prior}\n  Perjanjian Kinerja:  ${pk}`,
  roundFiles: (label: string, dir: string, kk: string, back: string, master: string) =>
    `  ${label}: ${dir}\n    Kertas kerja:      ${kk}\n    Dikembalikan:      ${back}\n    Buku kerja induk:  ${master}`,
  returning: "Bagian mengisi dan mengembalikan kertas kerja:",
  behaviour: (bagian: string, what: string) => `  ${bagian}: ${what}`,
  behaviours: {
    "on-time": "mengisi lengkap, tepat waktu",
    late: "mengisi lengkap, tetapi terlambat",
    typo: 'salah ketik pada satu angka ("8O")',
    "changed-target": "mengubah satu target yang terkunci",
    never: "tidak mengembalikan kertas kerja",
  },
  returnedSubdir: "dikembalikan",
  masterFile: (tahun: number, periode: string) => `Induk-Konsolidasi-${tahun}-${periode}.xlsx`,
  reportFile: "laporan-konsolidasi.json",
  summary: {
    heading: (periode: string, tahun: number) => `Ringkasan Analisis per Bagian (${periode} ${tahun}):`,
    columns: [
      "Bagian",
      "Kertas kerja",
      "Ketepatan",
      "Dinilai",
      "Capaian",
      "Predikat",
      "Serapan",
      "Efisiensi",
    ],
    accepted: "diterima",
    rejected: "ditolak",
    missing: "belum dikirim",
    ketepatan: {
      "tepat-waktu": "tepat waktu",
      terlambat: "terlambat",
      "tidak-diketahui": "tidak diketahui",
    },
    efisiensi: { efisien: "efisien", sebanding: "sebanding", "perlu-perhatian": "perlu perhatian" },
    counts: (sudah: number, bagian: number, terlambat: number) =>
      `${sudah} dari ${bagian} Bagian sudah dihimpun; ${terlambat} terlambat. Rinciannya di lembar Analisis.`,
  },
  sasaran: {
    heading: (periode: string, tahun: number) => `Capaian per sasaran strategis (${periode} ${tahun}):`,
    columns: ["No", "Sasaran strategis", "IKU dinilai", "Capaian", "Predikat", "Serapan", "Efisiensi"],
    note: "Capaian: rata-rata capaian IKU yang dinilai. Serapan: realisasi anggaran program pendukung terhadap rencana s.d. periode.",
  },
} as const;
