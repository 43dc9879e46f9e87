/**
 * Texts of `kertas-kerja demo`: two sample rounds, their files and the summaries printed, the
 * officials stated in Pengaturan, and round TW II taken through the SOP to its verified archive.
 */
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
  exists: (dir: string, rounds: string) =>
    `Folder ${dir} sudah berisi hasil demo sebelumnya (${rounds}): SOP putaran itu sudah dijalankan sampai arsip. ` +
    "Hapus folder itu atau pilih folder lain dengan --out.",
  done: (dir: string) =>
    `Selesai. Contoh masukan dan dua putaran (TW I, lalu TW II sampai laporan, paraf, tanda tangan dan arsip) ada di ${dir}`,
  inputs: (dpa: string, prior: string, pk: string) =>
    `  DPA contoh:          ${dpa}\n  Laporan sebelumnya:  ${prior}\n  Perjanjian Kinerja:  ${pk}`,
  roundFiles: (label: string, dir: string, kk: string, back: string, master: string) =>
    `  ${label}: ${dir}\n    Kertas kerja:      ${kk}\n    Dikembalikan:      ${back}\n    Buku kerja induk:  ${master}`,
  roundEnd: (docx: string, arsip: string) =>
    `    Laporan Kinerja:   ${docx}\n    Arsip:             ${arsip}`,
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
  officials: {
    stated: (master: string) =>
      `Pejabat SOP dan Kepala Bagian dicatat di lembar Pengaturan ${master}, seperti diketik perencana:`,
    carried: (master: string) =>
      `Pengaturan ${master} (dibuat consolidate dari kertas kerja) membawa pejabat SOP dan Kepala Bagian dari TW I.`,
    official: (role: string, nama: string, nip: string) => `  ${role}: ${nama}, NIP ${nip}`,
    kepala: (named: number, total: number) =>
      `  Kepala Bagian: ${named} dari ${total} Bagian dengan nama dan NIP.`,
    refused: (master: string) => `Pejabat contoh tidak dapat dicatat di Pengaturan ${master}:`,
  },
  sop: {
    heading: (periode: string, tahun: number) =>
      `=== SOP ${periode} ${tahun}: dari jadwal sampai arsip (waktu WITA) ===`,
    master: (path: string) => `Buku kerja induk: ${path}`,
    who: (nama: string, role: string) => `${nama} (${role})`,
    jadwal: (mulai: string, at: string, who: string) =>
      `Jadwal: putaran mulai ${mulai}; dijadwalkan ${at} oleh ${who}.`,
    step: (no: number, what: string, start: string, done: string, who: string) =>
      `Langkah ${no} (${what}): mulai ${start}, selesai ${done}; ${who}.`,
    stepStart: (no: number, what: string, start: string, who: string) =>
      `Langkah ${no} (${what}): mulai ${start}; ${who}.`,
    laporan: (at: string, docx: string) =>
      `  ${at}: laporan disusun (kertas-kerja laporan): lembar "Laporan" di buku kerja induk dan ${docx}.`,
    stepDone: (at: string) => `  Selesai ${at}.`,
    paraf: (at: string, who: string) => `Langkah 6 (paraf konsep laporan): ${at}; ${who}.`,
    sign: (at: string, who: string) => `Langkah 7 (tanda tangan laporan): ${at}; ${who}.`,
    rebuilt: (at: string, docx: string) =>
      `Laporan disusun ulang ${at} dari data yang sama: ${docx} kini memuat catatan paraf dan tanda tangan.`,
    stillValid: "  Isi laporan tidak berubah: paraf dan tanda tangan tetap berlaku.",
    voided: "  Isi laporan berubah: paraf atau tanda tangan tidak berlaku lagi.",
    arsip: (at: string, folder: string, count: number) =>
      `  ${at}: arsip ditulis (kertas-kerja arsip): ${folder}, ${count} berkas dan manifest.json.`,
    missing: (count: number) =>
      `  ${count} berkas yang seharusnya diarsipkan tidak ditemukan; rinciannya di INDEKS.txt.`,
    manifestSha: (sha: string) => `  SHA-256 manifest.json: ${sha}`,
    step8Done: (at: string) =>
      `  Selesai ${at}: SHA-256 manifest.json dicatat di Log (sop done --step 8 --arsip).`,
    intact: (count: number) =>
      `arsip periksa: arsip utuh; ${count} berkas sesuai manifest.json, SHA-256-nya sama dengan yang dicatat di Log.`,
    notIntact: (folder: string) => `arsip periksa: arsip ${folder} tidak utuh.`,
    what: {
      1: "surat permintaan data",
      2: "rapat arahan",
      3: "kertas kerja disiapkan",
      4: "data kinerja dihimpun",
      5: "konsep laporan kinerja",
      8: "penyerahan dan arsip",
    },
    arsipSubdir: "arsip",
  },
} as const;
