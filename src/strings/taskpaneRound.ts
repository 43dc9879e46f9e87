/** The task pane's words around the round: its stage, its header, the saved working state. */
export const taskpaneRound = {
  paneState: {
    sheetName: "_pane_state",
    unreadable:
      "Keadaan kerja panel yang tersimpan (lembar _pane_state) tidak dapat dibaca dan diabaikan; impor DPA dan tinjauan perlu diulang.",
    otherVersion: (version: string) =>
      `Keadaan kerja panel yang tersimpan berasal dari versi add-in lain (versi ${version}) dan diabaikan.`,
    reviewUnreadable:
      "Hasil pemeriksaan berkas yang dikirim kembali, yang tersimpan di keadaan kerja panel, tidak dapat dibaca dan diabaikan; pilih berkasnya lagi.",
    saveFailed:
      "Keadaan kerja panel belum tersimpan di buku kerja; perubahan terakhir bisa hilang bila panel ditutup.",
  },
  steps: {
    persiapan: "1. Persiapan",
    kertasKerja: "2. Kertas kerja",
    pengumpulan: "3. Pengumpulan",
    sopLaporan: "4. SOP, Laporan & arsip",
  },
  sections: {
    setup: "Pengaturan",
    dpa: "Impor DPA & PK",
    prior: "Laporan sebelumnya",
    review: "Tinjau indikator",
    generate: "Buat & ekspor kertas kerja",
  },
  firstRun: {
    title: "Selamat datang",
    lines: [
      "Add-in ini menyiapkan kertas kerja data kinerja untuk setiap Bagian dari DPA.",
      "Kertas kerja yang kembali dari Bagian dikumpulkan menjadi Data dan Analisis.",
      "Dari sana disusun Laporan Kinerja, diparaf, ditandatangani, dan diarsipkan sesuai SOP.",
    ],
    start: "Mulai",
    fromPrevious: "Lanjutkan dari putaran sebelumnya",
  },
  stage: {
    setup: "Isi pengaturan putaran",
    dpa: "Impor DPA",
    assign: "Pilih Bagian untuk program/sub kegiatan",
    generate: "Buat kertas kerja",
    collect: "Kumpulkan kertas kerja dari Bagian",
    laporan: "SOP dan Laporan Kinerja",
    finished: "Putaran selesai: arsip sudah diserahkan",
  },
  header: {
    next: (what: string) => `Berikutnya: ${what}`,
    sopStep: (no: number, aktivitas: string, who: string) => `Langkah SOP ${no}: ${aktivitas} — ${who}`,
    nobody: "pejabat belum ditetapkan",
  },
  status: {
    error: "galat",
    dpaNoIndicators: "DPA ini tidak memuat indikator: impor berkas DPA yang benar.",
    dpaErrors: (n: number) => `DPA dibaca dengan ${n} galat.`,
    unassigned: (n: number, list: string) => `${n} tanpa Bagian: ${list}`,
  },
} as const;
