/** The task pane's words for step 5's draft ("Susun laporan") and step 8's archive ("Unduh arsip"). */
export const taskpaneLaporan = {
  laporan: {
    title: "Laporan Kinerja (langkah 5)",
    intro:
      'Menyusun lembar "Laporan" di buku kerja ini dari Data dan Analisis, dan dokumen Word yang sama untuk diunduh. Disusun ulang atas data yang sama, paraf tetap berlaku.',
    build: "Susun laporan",
    rebuild: "Susun ulang",
    building: "Menyusun laporan…",
    refused: "Laporan tidak disusun; tidak ada yang ditulis.",
    written: 'Lembar "Laporan" ditulis ke buku kerja ini; dokumen Word siap diunduh.',
    heading: (periode: string, tahun: number) => `Laporan Kinerja ${periode} ${tahun}`,
    form: {
      tahunan: "Bentuk tahunan (LKjIP, Permenpan RB 53/2014)",
      triwulan: "Bentuk triwulanan",
    },
    counts: (chapters: number, tables: number) => `${chapters} bagian, ${tables} tabel`,
    download: "Unduh dokumen Word (.docx)",
    downloadUnavailable: "Peramban ini tidak dapat menyiapkan unduhan.",
    contents: "Isi",
    chapterTables: (n: number) => `${n} tabel`,
    approvalsTitle: "Paraf dan tanda tangan dalam dokumen",
    approvalLine: (what: string, nama: string, jabatan: string, at: string) =>
      `${what}: ${nama}, ${jabatan} · ${at}`,
    approvalMissing: (what: string) => `${what}: belum ada`,
    valid: "berlaku",
    stale: "tidak berlaku lagi: isi berubah sejak dicatat",
    notes: "Catatan saat membaca buku kerja",
  },
  arsip: {
    title: "Arsip (langkah 8)",
    intro:
      "Arsip .zip berisi buku kerja ini, Laporan Kinerja (.docx, disusun ulang dari buku kerja saat ini) dan kertas kerja kembali yang Anda pilih, dicocokkan dengan lembar Data dan Riwayat menurut SHA-256, dengan manifest.json dan INDEKS.txt.",
    pick: "Pilih kertas kerja kembali…",
    pickInput: "Kertas kerja kembali untuk arsip",
    picked: (n: number) => (n === 0 ? "Belum ada berkas dipilih." : `${n} berkas dipilih.`),
    build: "Buat arsip (.zip)",
    building: "Membuat arsip…",
    refused: "Arsip tidak dibuat.",
    noFile: "Excel ini tidak memberikan berkas buku kerja kepada add-in.",
    noFileHint: "Simpan buku kerja ini (Ctrl+S), lalu pilih berkasnya untuk diarsipkan.",
    noFileFound: "berkas buku kerja tidak tersedia",
    noFileExpected:
      "Excel yang mendukung Office.context.document.getFileAsync (CompressedFile), atau berkasnya dipilih",
    readFailed: (detail: string) => `Berkas buku kerja ini tidak dapat dibaca dari Excel: ${detail}`,
    pickMaster: "Pilih buku kerja induk (.xlsx)…",
    pickMasterInput: "Buku kerja induk untuk arsip",
    noData:
      "Belum ada kertas kerja yang dihimpun ke lembar Data: kumpulkan dan konsolidasikan dahulu (6. Kumpulkan & konsolidasi).",
    built: (files: number) => `Arsip siap: ${files} berkas dan manifest.json.`,
    download: "Unduh arsip (.zip)",
    contents: "Isi arsip",
    fileRole: (role: string, bagian: string | null) => (bagian ? `${role} · ${bagian}` : role),
    bagian: (nama: string, kode: string) => `${nama} (${kode})`,
    size: (bytes: string) => `${bytes} bita`,
    missingTitle: (n: number) => `Tidak ditemukan (${n})`,
    missingHint:
      "Tercatat di buku kerja induk tetapi tidak ada di antara berkas yang dipilih; dicatat di INDEKS.txt.",
    unusedTitle: (n: number) => `Tidak diarsipkan (${n})`,
    unusedHint: "Dipilih, tetapi SHA-256-nya tidak tercatat di lembar Data maupun Riwayat.",
    sha: "SHA-256 manifest.json",
    mark: "Tandai langkah 8 selesai",
    marking: "Mencatat…",
    markHint:
      "Unduh dan simpan arsipnya dahulu. SHA-256 manifest.json dicatat di Log sebagai sidik jari arsip.",
    marked: "Langkah 8 selesai; SHA-256 manifest.json tercatat di Log.",
    notMarked: "Tidak dicatat",
    reason: "Alasan mendahului langkah sebelumnya",
    markUnscheduled: "Jadwalkan SOP dahulu untuk menandai langkah 8.",
    markDone: "Langkah 8 sudah selesai.",
  },
  /** The SOP step's line where step 8 is selected: it is finished from the archive section. */
  step8Hint: "Langkah 8 ditandai selesai di bagian Arsip di bawah, setelah arsipnya dibuat.",
} as const;
