/** Consolidating returned kertas kerja into the master: the use case, the CLI and the pane share these. */
export const consolidate = {
  noSetup:
    "Buku kerja master belum memiliki lembar Pengaturan, dan tidak ada berkas terpilih yang memuat pengaturan putaran.",
  noFiles: "tidak ada berkas yang dipilih",
  noSetupFound: "tidak ada Pengaturan di master maupun di metadata berkas",
  setupExpected: "lembar Pengaturan di master, atau kertas kerja yang dibuat oleh add-in ini",
  masterChanged:
    "Lembar Data atau Riwayat di master berubah sejak berkas ditinjau (mungkin oleh pengguna lain). Tidak ada yang diubah; tinjau ulang berkasnya.",
  masterChangedFound: "isi Data/Riwayat yang berbeda dari saat peninjauan",
  masterChangedExpected: "isi yang sama dengan saat peninjauan",
  resumeSetupChanged:
    "Hasil pemeriksaan berkas yang tersimpan tidak dipulihkan: Pengaturan di buku kerja ini berubah sejak berkas dibaca. Pilih berkasnya lagi.",
  resumeSetupExpected: "Pengaturan yang sama dengan saat berkas dibaca",
  /** Names of the fields a Bagian fills in, for the cell-by-cell difference. */
  fields: {
    realisasiTw1: "Realisasi TW I",
    realisasiTw2: "Realisasi TW II",
    realisasiTw3: "Realisasi TW III",
    realisasiTw4: "Realisasi TW IV",
    realisasiAnggaran: "Realisasi anggaran",
    pendorong: "Faktor pendorong",
    penghambat: "Faktor penghambat",
    tindakLanjut: "Tindak lanjut",
    buktiDukung: "Bukti dukung",
    row: "Baris",
    "signature.tanggal": "Tanggal tanda tangan",
    "signature.nama": "Nama penanda tangan",
    "signature.nip": "NIP penanda tangan",
  },
  kinds: {
    new: "baru",
    replace: "menggantikan kiriman sebelumnya",
    unchanged: "sama dengan yang sudah ada (tidak ada perubahan)",
  },
  verdicts: {
    accepted: "Diterima",
    warnings: "Diterima dengan catatan",
    rejected: "Ditolak",
  },
  blank: "(kosong)",
  cli: {
    master: (path: string) => `Buku kerja induk: ${path}`,
    newMaster: (path: string) =>
      `Buku kerja induk ${path} belum ada: dibuat dari pengaturan yang dibawa kertas kerja.`,
    progress: (done: number, total: number, name: string) => `  [${done}/${total}] ${name}`,
    cannotStart: "Konsolidasi tidak dapat dimulai.",
    badChoice: (bagian: string, file: string) =>
      `--pilih ${bagian}=${file}: berkas itu tidak ada di antara berkas yang diterima.`,
    choiceMismatch: (bagian: string, file: string, actual: string) =>
      `--pilih ${bagian}=${file}: berkas itu milik Bagian ${actual}, bukan ${bagian}.`,
    refused: "Konsolidasi ditolak; buku kerja induk tidak diubah.",
    proposal: (bagian: string, kind: string, file: string) => `${bagian}: ${kind} (${file})`,
    conflict: (bagian: string, files: string[], kode: string) =>
      `${bagian}: ${files.length} berkas berbeda mengaku Bagian ini (${files.join(", ")}); tidak ada yang dihimpun. ` +
      `Pilih satu dengan --pilih ${kode}=BERKAS.`,
    written: (path: string, count: number) =>
      `Buku kerja induk ditulis: ${path} (${count} Bagian di lembar Data).`,
    nothingChanged: (path: string) => `Tidak ada yang berubah; ${path} tidak ditulis ulang.`,
    reportWritten: (path: string) => `Laporan JSON: ${path}`,
  },
  log: {
    imported: (bagian: string, file: string) => `Kertas kerja ${bagian} diimpor dari berkas ${file}.`,
    resubmitted: (bagian: string, file: string, previous: string, changes: number) =>
      `Kiriman ulang ${bagian} dari berkas ${file} menggantikan ${previous} (${changes} sel berubah); kiriman lama disimpan di lembar Riwayat.`,
    consolidated: (count: number, bagian: string[]) =>
      `Konsolidasi: ${count} Bagian di lembar Data dan Analisis (${bagian.join(", ")}).`,
  },
} as const;
