/** The "Log" sheet, its hidden anchor, and the paraf / tanda tangan of steps 6 and 7. */
export const sopLog = {
  sheetName: "Log",
  title: "LOG TINDAKAN SOP PENGUMPULAN DATA KINERJA",
  marker: "kertas-kerja-sakip/log",
  formatLine: (version: number) =>
    `Format log versi ${version}. Diisi oleh add-in Kertas Kerja SAKIP; setiap baris terkait dengan hash ` +
    `baris sebelumnya, sehingga baris yang diubah atau dihapus di luar add-in akan terdeteksi.`,
  header: [
    "No",
    "Waktu",
    "Nama",
    "Jabatan",
    "NIP",
    "Tindakan",
    "Keterangan",
    "Sidik Jari",
    "Hash Sebelumnya",
    "Hash",
  ],
  actions: {
    setup: "Pengaturan",
    generate: "Pembuatan kertas kerja",
    import: "Impor kertas kerja",
    consolidate: "Konsolidasi",
    resubmission: "Pengiriman ulang",
    "step-start": "Mulai langkah",
    "step-done": "Langkah selesai",
    paraf: "Paraf",
    signature: "Tanda tangan",
    invalidation: "Paraf tidak berlaku",
    merge: "Penggabungan log",
    laporan: "Penyusunan laporan",
  },
  anchor: {
    marker: "kertas-kerja-sakip/log-state",
    note: "Salinan Log milik add-in Kertas Kerja SAKIP, untuk mendeteksi baris yang hilang. Jangan diubah.",
  },
  systemActor: { nama: "Add-in Kertas Kerja SAKIP", jabatan: "Sistem" },
  unnamedActor: { nama: "Pengguna add-in (tidak menyebut nama)", jabatan: "-" },
  details: {
    setup: (instansi: string, tahun: number, periode: string, bagian: number) =>
      `Pengaturan disimpan: ${instansi}, tahun ${tahun}, ${periode}, ${bagian} Bagian.`,
    generate: (count: number, sheets: string) =>
      `${count} kertas kerja dibuat di buku kerja: ${sheets}. Sidik jari: gabungan sidik jari metadata tiap kertas kerja.`,
  },
  merged: (fromA: number, fromB: number, afterNo: number, tipA: string, tipB: string) =>
    `Dua salinan Log yang ditambah bersamaan digabung setelah No ${afterNo}: ${fromA} entri dari salinan ` +
    `pertama (ujung ${tipA}) dan ${fromB} entri dari salinan kedua (ujung ${tipB}), diurutkan menurut waktu.`,
  errors: {
    notALog: "Lembar Log tidak berisi log Kertas Kerja SAKIP.",
    notALogExpected: "penanda kertas-kerja-sakip/log di sel A2",
    unknownVersion: (v: string) => `Versi log ${v} tidak dikenal oleh add-in ini.`,
    unknownVersionExpected: (v: number) => `versi ${v}`,
    noHeader: "Judul kolom Log (No, Waktu, Nama, …) tidak ditemukan.",
    rowEdited: (row: number, cells: string) =>
      `Baris ${row} Log diubah di luar add-in (sel ${cells}): isinya tidak cocok lagi dengan hash baris itu.`,
    rowEditedExpected: "isi yang dicatat add-in",
    rowsMissing: (from: number, to: number) =>
      from === to
        ? `Baris Log No ${from} hilang (dihapus di luar add-in).`
        : `Baris Log No ${from}–${to} hilang (dihapus di luar add-in).`,
    rowsMissingExpected: "nomor urut tanpa celah",
    rowOrder: (row: number, no: number, afterNo: number) =>
      `Urutan Log berubah: baris ${row} (No ${no}) berada setelah No ${afterNo}.`,
    rowOrderExpected: "nomor urut naik",
    duplicateNo: (row: number, no: number) => `Baris ${row} Log memakai No ${no} yang sudah dipakai.`,
    duplicateNoExpected: "setiap nomor sekali",
    chainBroken: (row: number) =>
      `Baris ${row} Log tidak tersambung ke baris sebelumnya: hash sebelumnya tidak cocok ` +
      `(baris ini atau baris sebelumnya diubah atau disisipkan di luar add-in).`,
    chainBrokenExpected: "hash baris sebelumnya",
    truncated: (recorded: number, present: number) =>
      `Baris terakhir Log hilang: add-in mencatat ${recorded} baris, lembar Log hanya sampai No ${present}.`,
    truncatedExpected: (recorded: number) => `${recorded} baris`,
    anchorMismatch: (no: number) =>
      `Log tidak sama dengan salinan add-in sejak No ${no}: Log ditulis ulang di luar add-in.`,
    unanchored: (count: number) =>
      `${count} baris terakhir Log ditambahkan tanpa tercatat di salinan add-in (mungkin ditulis bersamaan ` +
      `oleh dua orang, atau ditulis tangan).`,
    rowCleared: (row: number) => `Baris ${row} Log dikosongkan di luar add-in.`,
    nipNumber: (cell: string) =>
      `Sel ${cell} berisi angka; NIP harus ditulis sebagai teks (angka 18 digit dibulatkan Excel).`,
    nipNumberExpected: "NIP sebagai teks, misalnya 196504221988031008",
    cellType: (cell: string, what: string) => `Sel ${cell} tidak berisi ${what} yang sah.`,
    what: {
      no: "nomor urut",
      waktu: "waktu ISO dengan zona, misalnya 2026-04-01T08:15:00+08:00",
      tindakan: "nama tindakan yang dikenal",
      hash: "hash SHA-256 (64 karakter heksadesimal)",
    },
    anchorUnreadable:
      "Salinan Log milik add-in tidak dapat dibaca; baris yang hilang di ujung Log tidak dapat diperiksa.",
  },
  detail: {
    paraf: (nama: string, jabatan: string) =>
      `Paraf langkah 6 oleh ${nama} (${jabatan}) atas isi Data, Analisis dan Laporan.`,
    signature: (nama: string, jabatan: string) =>
      `Tanda tangan langkah 7 oleh ${nama} (${jabatan}) atas isi Data, Analisis dan Laporan.`,
    invalidated: (which: string, recorded: string, current: string) =>
      `Isi Data, Analisis atau Laporan berubah setelah ${which} (sidik jari tercatat ${recorded}…, sekarang ` +
      `${current}…); ${which} tidak berlaku lagi sampai diperbarui.`,
    and: " dan ",
  },
  paraf: {
    disclaimer:
      "Paraf dan tanda tangan di sini adalah catatan siapa yang memeriksa isi laporan dan kapan, " +
      "bukan tanda tangan elektronik tersertifikasi: add-in tidak dapat memastikan siapa yang sedang memakai Excel.",
    names: { 6: "paraf Kepala Bagian Umum dan Keuangan", 7: "tanda tangan Sekretaris Daerah" },
    stepUnknown: (step: string) => `Langkah ${step} tidak memerlukan paraf atau tanda tangan.`,
    stepExpected: "langkah 6 (paraf) atau 7 (tanda tangan)",
    nipInvalid: (nip: string) =>
      `NIP ${nip} tidak sah: harus 18 digit dengan tanggal lahir, TMT pengangkatan dan kode jenis kelamin yang benar.`,
    nipExpected: "18 digit angka, misalnya 196504221988031008",
    roleNotConfigured: (role: string) =>
      `Belum ada ${role} di lembar Pengaturan; isi nama, jabatan, dan NIP-nya dahulu.`,
    unknownOfficial: (nip: string, role: string) =>
      `NIP ${nip} bukan NIP ${role} yang tercatat di lembar Pengaturan.`,
    wrongRole: (nama: string, actual: string, step: number, role: string) =>
      `${nama} tercatat sebagai ${actual}; langkah ${step} hanya dapat dilakukan oleh ${role}.`,
    roleExpected: (nama: string, nip: string) => `${nama} (NIP ${nip})`,
    badTime: (at: string) => `Waktu ${at} tidak sah.`,
    badTimeExpected: "waktu ISO dengan zona, misalnya 2026-04-01T08:15:00+08:00",
    badFingerprint: "Sidik jari isi laporan tidak sah.",
    badFingerprintExpected: "hash SHA-256 (64 karakter heksadesimal)",
    parafMissing:
      "Tanda tangan belum dapat dicatat: draf belum diparaf oleh Kepala Bagian Umum dan Keuangan.",
    parafStale:
      "Tanda tangan belum dapat dicatat: isi Data, Analisis atau Laporan berubah sejak diparaf; paraf harus diperbarui dahulu.",
    parafExpected: "paraf atas isi yang sama",
    unreadableState: "Catatan paraf tidak dapat dibaca.",
    unknownStateVersion: (v: string) => `Versi catatan paraf ${v} tidak dikenal oleh add-in ini.`,
  },
} as const;
