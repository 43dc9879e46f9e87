/**
 * The Pengaturan workbook made to be filled in any spreadsheet program (CLI `setup`): its
 * instructions on the sheet, the CLI's messages, and the messages about what was typed there.
 */
export const setupFill = {
  /** Replaces the marker row's "Ubah lewat add-in" line on a sheet made for typing. */
  formatLine: (version: number) =>
    `Format pengaturan versi ${version}. Isi sel berlatar kuning; petunjuknya di bawah.`,
  noteTitle: "PETUNJUK PENGISIAN",
  /** One paragraph per row, merged over the four columns. */
  note: [
    "Lembar ini dikunci TANPA kata sandi, hanya agar label dan susunannya tidak tergeser. Sel berlatar " +
      "kuning dapat langsung diisi tanpa membuka kunci, di Excel, LibreOffice, WPS, atau program lembar kerja lain.",
    "Yang diisi: (1) PEJABAT PELAKSANA SOP: Nama, Jabatan, dan NIP setiap peran; (2) DAFTAR BAGIAN: Nama dan " +
      "NIP Kepala Bagian; (3) Batas Waktu Bagian; (4) HARI LIBUR NASIONAL DAN CUTI BERSAMA: tanggal dan " +
      "keterangannya, pada baris kuning di bawah daftar tanpa baris kosong di antaranya; (5) nilai pada " +
      "SKALA NILAI KUALITATIF bila perlu.",
    "NIP ditulis 18 angka (spasi boleh), misalnya 19650422 198803 1 008; sel NIP berformat teks, jadi " +
      "angkanya tidak berubah. Tanggal ditulis sebagai tanggal, misalnya 2026-04-15. NIP Kepala Bagian boleh " +
      "dikosongkan; pejabat SOP perlu diisi sebelum SOP dijalankan.",
    "Untuk mengubah bagian lain (daftar Bagian, skala predikat, hari kerja), buka kunci lembar: di Excel " +
      "Tinjau → Buka Proteksi Lembar; di LibreOffice Alat → Lindungi Lembar (hilangkan centangnya); di WPS " +
      "Tinjau → Buka Proteksi Lembar. Tidak ada kata sandi. Jangan mengubah tulisan di kolom A (judul dan " +
      "label) maupun baris ke-2; baris tabel dibaca sampai baris pertama yang kolom A-nya kosong.",
    "Setelah selesai, simpan sebagai .xlsx, lalu: npx kertas-kerja generate --dpa DPA.xlsx --setup " +
      "Pengaturan.xlsx --out FOLDER, dan jadwalkan SOP: npx kertas-kerja sop jadwal Pengaturan.xlsx " +
      "--mulai TTTT-BB-HH --by NIP. Setiap kesalahan isian disebutkan dengan alamat selnya.",
  ],
  errors: {
    nipNumber: (who: string) =>
      `NIP ${who} tersimpan sebagai angka, sehingga digit terakhirnya dapat berubah (angka 18 digit tidak ` +
      "tersimpan utuh).",
    nipNumberExpected:
      "NIP sebagai teks: format sel Teks, atau awali dengan tanda petik, mis. '196504221988031008",
  },
  cli: {
    wrote: (path: string) => `Lembar Pengaturan ditulis ke ${path}`,
    heading: (instansi: string, periode: string, tahun: number) =>
      `Pengaturan ${instansi} — ${periode} ${tahun}`,
    bagian: (count: number) => `${count} Bagian dari DPA:`,
    bagianLine: (kode: string, nama: string) => `  ${kode}  ${nama}`,
    next: [
      "Langkah berikutnya: buka berkas itu di Excel, LibreOffice, atau WPS; isi sel berlatar kuning",
      "(pejabat SOP, Kepala Bagian, batas waktu, hari libur); simpan sebagai .xlsx; lalu jalankan",
      "  kertas-kerja generate --dpa DPA.xlsx --setup BERKAS --out FOLDER",
      "  kertas-kerja sop jadwal BERKAS --mulai TTTT-BB-HH --by NIP",
    ],
    exists: (path: string) =>
      `${path} sudah ada dan tidak ditimpa (isiannya bisa hilang). Pilih nama lain atau hapus berkas itu.`,
    outNotXlsx: (path: string) => `--out "${path}" harus nama berkas .xlsx, mis. --out Pengaturan.xlsx.`,
    pkSummary: (sasaran: number, iku: number, programs: number) =>
      `Perjanjian Kinerja terbaca: ${sasaran} sasaran strategis, ${iku} IKU, ${programs} program/kegiatan.`,
    pkStored:
      'Perjanjian Kinerja disimpan pada lembar "Perjanjian Kinerja" buku kerja ini; ubah di sana bila perlu. ' +
      "generate --setup memakainya: setiap IKU masuk kertas kerja Bagian penanggung jawabnya.",
    pkTemplate:
      'Lembar "Perjanjian Kinerja" disertakan kosong: ketik sasaran strategis dan IKU di sana (atau ' +
      "jalankan setup dengan --pk) agar IKU ikut dikumpulkan.",
    pkNoIku: (path: string) => `Tidak ditemukan tabel IKU yang dapat dikenali di Perjanjian Kinerja ${path}.`,
  },
} as const;
