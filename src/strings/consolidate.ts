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
  log: {
    imported: (bagian: string, file: string) => `Kertas kerja ${bagian} diimpor dari berkas ${file}.`,
    resubmitted: (bagian: string, file: string, previous: string, changes: number) =>
      `Kiriman ulang ${bagian} dari berkas ${file} menggantikan ${previous} (${changes} sel berubah); kiriman lama disimpan di lembar Riwayat.`,
    consolidated: (count: number, bagian: string[]) =>
      `Konsolidasi: ${count} Bagian di lembar Data dan Analisis (${bagian.join(", ")}).`,
  },
} as const;
