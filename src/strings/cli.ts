/** Texts of the command line (src/cli): help, summaries, and every message it prints. */
import { arsip } from "./arsip";
import { demo } from "./demo";

/**
 * Every exit code of every command, one sentence each: the same words stand in `--help` and in
 * README's "Kode keluar" (test/cli/errors.test.ts holds them to each other and to src/cli/io.ts).
 */
export const exitCodes: readonly (readonly [code: number, sentence: string])[] = [
  [
    0,
    "Berhasil: setup menulis buku kerja Pengaturan; generate menulis setiap berkas; demo menjalankan seluruh contoh (kertas kerja contoh yang " +
      "ditolak adalah bagian dari contoh); sop status menampilkan status; tindakan sop dicatat dan buku kerja " +
      "induk ditulis; consolidate menerima setiap berkas (boleh dengan catatan), tidak ada Bagian yang menunggu " +
      "pilihan, dan buku kerja induk ditulis bila ada yang berubah; arsip menulis folder arsip (berkas yang tidak ditemukan hanya peringatan); arsip periksa mendapati arsip utuh; help menampilkan bantuan.",
  ],
  [
    1,
    "Perintah, opsi, atau nilai opsi salah (juga --out setup yang bukan .xlsx), termasuk --tetapkan dengan kode atau Bagian yang tidak dikenal dan " +
      "--pilih yang menunjuk berkas yang tidak diterima atau milik Bagian lain; tidak ada buku kerja yang ditulis.",
  ],
  [
    2,
    "Masukan tidak dapat dipakai: DPA, Perjanjian Kinerja (--pk), laporan sebelumnya, atau buku kerja induk (consolidate membuatnya " +
      "bila belum ada) tidak ada, bukan .xlsx, " +
      "kosong, rusak, terenkripsi, tanpa tabel yang dikenali, atau tanpa Pengaturan yang sah, DPA tidak " +
      "memberi satu pun kertas kerja, atau induk yang diberikan sebagai laporan sebelumnya ditolak (instansi " +
      "lain, putaran yang tidak sebelum putaran yang dibuat); tidak ada buku kerja yang ditulis. Pada consolidate juga: sedikitnya satu kertas " +
      "kerja ditolak (yang diterima tetap dihimpun), atau tidak ada Pengaturan di " +
      "buku kerja induk maupun di berkas, atau lembar Data atau Riwayat rusak atau berubah sejak peninjauan " +
      "(tidak ada buku kerja yang ditulis). Pada arsip: buku kerja induk tanpa lembar Data, atau folder --kembali tidak ada (tidak ada yang ditulis). Pada arsip periksa: arsip tidak utuh (ada berkas yang berubah, hilang, atau bertambah), atau manifest.json tidak ada atau rusak.",
  ],
  [
    3,
    "Berkas keluaran tidak dapat ditulis: folder --out atau berkas di dalamnya, buku kerja induk, laporan JSON --report, " +
      "berkas --out setup, folder arsip, atau folder demo berisi putaran demo sebelumnya yang sudah ada (tidak ditimpa); " +
      "setiap berkas ditulis utuh atau tidak sama sekali.",
  ],
  [
    4,
    "Kesalahan tak terduga, yaitu galat program (jejak tumpukan hanya dengan --debug). Isi kertas kerja " +
      "kiriman tidak pernah berakhir dengan kode ini: berkas yang isinya tidak terduga ditolak (kode 2). " +
      "consolidate tetap menulis laporan JSON --report beserta pesan kesalahannya.",
  ],
  [
    5,
    "Tindakan sop ditolak aturan SOP: buku kerja tanpa Pengaturan, status SOP tidak terbaca, langkah belum " +
      "dijadwalkan, pejabat tidak berwenang, langkah dimulai sebelum langkah sebelumnya selesai tanpa " +
      "--reason, paraf belum ada atau tidak lagi cocok dengan isi, Log rusak, atau waktu tindakan tidak sah; " +
      "tidak ada yang ditulis.",
  ],
  [
    6,
    "consolidate menunggu pilihan: tidak ada berkas yang ditolak, tetapi dua berkas atau lebih mengaku Bagian " +
      "yang sama dan tidak ada yang dihimpun untuk Bagian itu sampai --pilih menetapkannya; Bagian lain tetap " +
      "dihimpun. Bila ada juga berkas yang ditolak, kodenya 2.",
  ],
];

/** Which codes each command can end with (the same line stands in README). */
export const exitCodesPerCommand =
  "Per perintah: setup 0, 1, 2, 3, 4; generate 0, 1, 2, 3, 4; demo 0, 1, 2, 3, 4; sop status 0, 1, 2, 4; " +
  "sop jadwal, start, done, paraf, sign 0, 1, 2, 3, 4, 5; consolidate 0, 1, 2, 3, 4, 6; laporan 0, 1, 2, 3, 4; arsip 0, 1, 2, 3, 4; arsip periksa 0, 1, 2, 4; help 0.";

/** A paragraph wrapped to `width` columns, each line indented by `indent` spaces (help text). */
function wrap(text: string, indent: number, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && indent + line.length + 1 + word.length > width) {
      lines.push(" ".repeat(indent) + line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "") lines.push(" ".repeat(indent) + line);
  return lines;
}

const exitCodeHelp = [
  ...exitCodes.flatMap(([code, sentence]) => {
    const [first = "", ...rest] = wrap(sentence, 5);
    return [`  ${code}  ${first.trimStart()}`, ...rest];
  }),
  ...wrap(exitCodesPerCommand, 2),
];

export const cli = {
  help: [
    "Kertas Kerja SAKIP — kertas kerja pengumpulan data kinerja per Bagian dari DPA.",
    "",
    "Penggunaan:",
    "  kertas-kerja setup --dpa BERKAS --tahun TTTT --periode PERIODE --out PENGATURAN.xlsx [opsi]",
    "  kertas-kerja generate --dpa BERKAS --tahun TTTT --periode PERIODE --out FOLDER [opsi]",
    "  kertas-kerja demo [--out FOLDER]",
    "  kertas-kerja sop status BERKAS",
    "  kertas-kerja sop jadwal BERKAS --mulai TTTT-BB-HH --by NIP",
    "  kertas-kerja sop start|done BERKAS --step N --by NIP [--reason TEKS]",
    "  kertas-kerja sop paraf BERKAS --step 6 --by NIP",
    "  kertas-kerja sop sign BERKAS --step 7 --by NIP",
    "  kertas-kerja consolidate BERKAS... --into INDUK.xlsx [--report LAPORAN.json] [opsi]",
    "  kertas-kerja laporan INDUK.xlsx [--out FOLDER] [--oleh NIP]",
    ...arsip.help.usage,
    "",
    "Perintah:",
    "  setup     Menulis buku kerja berisi lembar Pengaturan dari DPA (Bagian, hari libur, aturan",
    "            penilaian) untuk diisi di Excel, LibreOffice, atau WPS: pejabat SOP, Kepala Bagian,",
    "            batas waktu. Lembar dikunci tanpa kata sandi; sel isian tidak terkunci. Berkas itu",
    "            lalu menjadi buku kerja induk: generate --setup BERKAS, sop jadwal BERKAS.",
    "  generate  Membaca DPA (ekspor SIPD, .xlsx) dan laporan kinerja periode sebelumnya, lalu",
    "            menulis satu berkas kertas kerja .xlsx untuk setiap Bagian.",
    "  demo      Dua putaran contoh Setda Kabupaten Tapin: TW I dengan Perjanjian Kinerja, lalu TW II",
    "            dari induk TW I (generate, Bagian mengisi, consolidate, capaian per sasaran strategis),",
    "            lalu SOP TW II sampai laporan, paraf, tanda tangan, dan arsip yang diperiksa.",
    "  sop       Menjalankan SOP Pengumpulan Data Kinerja pada buku kerja induk (.xlsx, diubah di",
    "            tempat): status menampilkan langkah, jadwal, paraf, dan keutuhan Log; jadwal menetapkan",
    "            tanggal mulai putaran; start/done mencatat langkah dimulai/selesai; paraf (langkah 6)",
    "            dan sign (tanda tangan, langkah 7) terikat pada isi lembar Data, Analisis, dan Laporan.",
    "  consolidate",
    "            Membaca kertas kerja yang dikembalikan Bagian, memeriksa tiap berkas, lalu menghimpun",
    "            yang diterima ke lembar Data, Analisis, dan Riwayat di buku kerja induk (dibuat bila",
    "            belum ada). Kode keluarnya di bawah.",
    "  laporan   Menyusun draft Laporan Kinerja (langkah 5) dari buku kerja induk: lembar Laporan",
    "            (rumus atas Analisis dan Data) di buku kerja itu dan dokumen Word .docx di sampingnya",
    "            atau di --out. Bentuk tahunan (LKjIP) untuk TW IV/Tahunan, triwulanan untuk TW I-III.",
    ...arsip.help.commands,
    "",
    "Opsi generate:",
    "  --dpa BERKAS              DPA dalam .xlsx (wajib).",
    "  --prior BERKAS            Laporan kinerja periode sebelumnya (.xlsx): realisasi yang sudah",
    "                            dilaporkan terisi otomatis. Buku kerja induk putaran sebelumnya",
    "                            juga diterima: realisasinya terkunci beserta asal-usulnya.",
    "  --pk BERKAS               Perjanjian Kinerja (.xlsx): setiap IKU masuk bagian teratas kertas",
    "                            kerja Bagian penanggung jawabnya. Tanpa opsi ini dipakai lembar",
    '                            "Perjanjian Kinerja" buku kerja --setup bila ada; dengan --setup',
    "                            putaran ini, lembar itu ditulis ke buku kerja induk.",
    "  --tahun TTTT              Tahun anggaran, mis. 2026 (wajib bila tanpa --setup).",
    "  --periode PERIODE         TW1, TW2, TW3, TW4 atau TAHUNAN (wajib bila tanpa --setup).",
    "  --out FOLDER              Folder tujuan (wajib; dibuat bila belum ada).",
    '  --instansi TEKS           Nama instansi, mis. "Sekretariat Daerah Kabupaten Tapin".',
    "  --batas-waktu TTTT-BB-HH  Batas waktu pengisian bagi Bagian.",
    '  --setup BERKAS            Buku kerja induk (.xlsx) dengan lembar "Pengaturan": daftar Bagian,',
    "                            pejabat, dan aturan penilaian. Seperti di add-in, kertas kerja,",
    "                            surat, dan catatan Log pembuatannya ditulis juga ke buku kerja ini",
    "                            (diubah di tempat). Tanpa opsi ini setiap Bagian yang disebut dalam",
    "                            DPA mendapat kertas kerja, dan tidak ada Log: waktu pembuatan dan",
    "                            sidik jari isi tercatat di metadata tiap kertas kerja.",
    "  --tanggal-surat TTTT-BB-HH",
    "                            Tanggal surat permintaan data (bawaan: hari ini). Satu surat per",
    "                            Bagian, dalam Surat-Permintaan-Data-TAHUN-PERIODE.xlsx; batas",
    "                            waktunya --batas-waktu, selain itu jadwal SOP (langkah 4) di",
    "                            --setup bila ada, selain itu batas waktu pengaturan.",
    "  --tetapkan KODE=BAGIAN    Menetapkan Bagian pelaksana program, kegiatan, atau sub kegiatan",
    "                            yang di DPA belum (atau keliru) ber-Bagian; boleh diulang, mis.",
    '                            --tetapkan 4.01.01="Umum dan Keuangan". BAGIAN: kode atau nama.',
    "  --oleh NIP                NIP yang membuat kertas kerja, untuk Log buku kerja induk (--setup).",
    "",
    "Opsi setup:",
    "  --dpa BERKAS              DPA dalam .xlsx (wajib): Bagian pelaksananya menjadi daftar Bagian.",
    "  --tahun TTTT, --periode PERIODE",
    "                            Putaran (wajib), seperti pada generate.",
    "  --out BERKAS.xlsx         Buku kerja yang ditulis (wajib; berkas yang sudah ada tidak ditimpa).",
    "  --instansi TEKS, --batas-waktu TTTT-BB-HH",
    "                            Seperti pada generate; keduanya dapat diubah di lembar.",
    "  --pk BERKAS               Perjanjian Kinerja (.xlsx): dibaca, diperiksa, dan disimpan sebagai",
    '                            lembar "Perjanjian Kinerja" yang dapat diubah. Tanpa opsi ini lembar',
    "                            itu tetap ditulis, kosong, untuk diketik.",
    "",
    "Opsi demo:",
    "  --out FOLDER              Folder tujuan (bawaan: ./kertas-kerja-demo).",
    "",
    "Opsi sop:",
    "  --step N                  Nomor langkah SOP (1–8).",
    "  --by NIP                  NIP (18 digit) pejabat yang bertindak, sesuai lembar Pengaturan.",
    "                            Paraf dan tanda tangan di sini adalah catatan, bukan tanda tangan",
    "                            elektronik tersertifikasi.",
    "  --reason TEKS             Alasan memulai langkah sebelum langkah sebelumnya selesai (dicatat).",
    "  --mulai TTTT-BB-HH        Hari pertama putaran (sop jadwal).",
    "  --arsip FOLDER            Folder arsip yang ditulis `arsip` (sop done --step 8): diperiksa utuh,",
    "                            lalu SHA-256 manifest.json-nya dicatat di Log. Langkah 8 tidak",
    "                            dapat selesai tanpanya.",
    "",
    "Opsi consolidate:",
    "  --into BERKAS             Buku kerja induk (.xlsx) yang menerima lembar Data, Analisis, Riwayat",
    "                            (wajib; dibuat dari pengaturan dalam kertas kerja bila belum ada).",
    "  --report BERKAS           Tulis laporan JSON: setiap berkas dan setiap temuannya.",
    "  --pilih KODE=BERKAS       Bila dua berkas berbeda mengaku Bagian yang sama, ambil yang ini.",
    "  --oleh NIP                NIP yang mengimpor, untuk Log dan asal-usul data.",
    "",
    ...arsip.help.options,
    "  --debug                   Tampilkan jejak tumpukan (stack trace) bila terjadi kesalahan tak terduga.",
    "  --help, -h                Tampilkan bantuan ini.",
    "",
    "Kode keluar:",
    ...exitCodeHelp,
    "",
    "Contoh:",
    "  npx kertas-kerja demo --out ./contoh",
    "  npx kertas-kerja setup --dpa DPA-Setda-2026.xlsx --tahun 2026 --periode TW2 --out Pengaturan.xlsx",
    "  npx kertas-kerja generate --dpa DPA-Setda-2026.xlsx --prior LKj-TW1-2026.xlsx \\",
    "      --tahun 2026 --periode TW2 --batas-waktu 2026-07-10 --out ./kertas-kerja",
    "  npx kertas-kerja sop done Induk-TW2-2026.xlsx --step 1 --by 198706122010012015",
  ].join("\n"),

  usage: {
    hint: "Jalankan `kertas-kerja --help` untuk melihat cara penggunaan.",
    noCommand: "Perintah belum disebut: gunakan setup, generate, demo, sop, consolidate, arsip, atau help.",
    unknownCommand: (name: string) =>
      `Perintah tidak dikenal: "${name}". Gunakan setup, generate, demo, sop, consolidate, arsip, atau help.`,
    sopNoSubcommand: "Perintah sop memerlukan salah satu: status, jadwal, start, done, paraf, atau sign.",
    sopUnknownSubcommand: (name: string) =>
      `Perintah sop "${name}" tidak dikenal: gunakan status, jadwal, start, done, paraf, atau sign.`,
    sopNoFile: "Sebutkan buku kerja induk (.xlsx), mis. kertas-kerja sop status Induk.xlsx.",
    laporanNoFile: "Sebutkan buku kerja induk (.xlsx), mis. kertas-kerja laporan Induk-TW2-2026.xlsx.",
    consolidateNoFiles:
      "Sebutkan kertas kerja yang dikembalikan Bagian, mis. kertas-kerja consolidate KK-*.xlsx --into Induk.xlsx.",
    badPilih: (found: string) =>
      `Nilai --pilih "${found}" tidak sah: tulis KODE_BAGIAN=BERKAS, mis. --pilih ORG=KK-Organisasi-revisi.xlsx.`,
    sopRequired: (opt: string, sub: string) => `Opsi ${opt} wajib diisi untuk sop ${sub}.`,
    badStep: (found: string) => `Langkah "${found}" tidak sah: tulis nomor langkah, mis. --step 3.`,
    badNip: (found: string) => `NIP "${found}" tidak sah: tulis 18 angka tanpa spasi.`,
    badMulai: (found: string) =>
      `Tanggal mulai "${found}" tidak sah: tulis tanggal dalam bentuk TTTT-BB-HH, mis. 2026-04-06.`,
    badSekarang: (found: string) =>
      `Waktu "${found}" tidak sah: tulis waktu ISO dengan zona, mis. 2026-04-06T08:00:00+08:00.`,
    unknownOption: (opt: string) => `Opsi tidak dikenal: ${opt}.`,
    missingValue: (opt: string) => `Opsi ${opt} memerlukan nilai, mis. ${opt} NILAI.`,
    noValueAllowed: (opt: string) => `Opsi ${opt} tidak menerima nilai.`,
    unexpectedArgument: (arg: string) =>
      `Argumen tidak diharapkan: "${arg}". Setiap nilai harus didahului nama opsinya, mis. --dpa BERKAS.`,
    badOption: (detail: string) => `Opsi tidak dapat dibaca: ${detail}`,
    required: (opt: string) => `Opsi ${opt} wajib diisi.`,
    requiredWithoutSetup: (opt: string) => `Opsi ${opt} wajib diisi bila tidak memakai --setup.`,
    badTahun: (found: string) => `Tahun "${found}" tidak sah: tulis empat angka, mis. 2026.`,
    badPeriode: (found: string) =>
      `Periode "${found}" tidak dikenal: gunakan TW1, TW2, TW3, TW4 atau TAHUNAN.`,
    badDate: (found: string) =>
      `Batas waktu "${found}" tidak sah: tulis tanggal dalam bentuk TTTT-BB-HH, mis. 2026-07-10.`,
    badTanggalSurat: (found: string) =>
      `Tanggal surat "${found}" tidak sah: tulis tanggal dalam bentuk TTTT-BB-HH, mis. 2026-07-01.`,
    emptyValue: (opt: string) => `Opsi ${opt} tidak boleh kosong.`,
    badAssignment: (found: string) =>
      `--tetapkan "${found}" tidak sah: tulis KODE=BAGIAN, mis. --tetapkan 4.01.01=Umum.`,
    badAssignmentKode: (kode: string) =>
      `Kode "${kode}" pada --tetapkan bukan kode program, kegiatan, atau sub kegiatan (mis. 4.01.01.2.01.0001).`,
    unknownAssignmentBagian: (bagian: string, names: string) =>
      `Bagian "${bagian}" pada --tetapkan tidak dikenal. Bagian yang ada: ${names}.`,
  },

  input: {
    notFound: (path: string) => `Berkas tidak ditemukan: ${path}`,
    isDirectory: (path: string) => `${path} adalah folder, bukan berkas .xlsx.`,
    notXlsx: (path: string) =>
      `${path} bukan berkas .xlsx. Simpan dokumen sebagai Excel Workbook (.xlsx) lalu coba lagi ` +
      "(berkas .xls lama, .csv, dan .pdf tidak dapat dibaca).",
    empty: (path: string) => `Berkas ${path} kosong (0 bita).`,
    corrupt: (path: string) =>
      `Berkas ${path} rusak atau bukan buku kerja Excel yang sah, sehingga tidak dapat dibuka.`,
    corruptDetail: (detail: string) => `Rincian: ${detail}`,
    cannotRead: (path: string, detail: string) => `Berkas ${path} tidak dapat dibaca: ${detail}`,
    noDpaTable: (path: string) =>
      `Tidak ditemukan tabel DPA yang dapat dikenali di ${path}: tidak ada baris sub kegiatan dengan ` +
      "kode (mis. 4.01.01.2.01.0001), uraian, dan indikator kinerja.",
    noPriorValues: (path: string) =>
      `Tidak ditemukan realisasi yang dapat dibaca di laporan kinerja ${path}: diperlukan tabel dengan ` +
      "kolom Kode, Indikator, dan Realisasi (serta Tahun/Periode). Perbaiki berkasnya atau jalankan tanpa --prior.",
    noSetup: (path: string) => `Buku kerja ${path} tidak memiliki lembar "Pengaturan" yang dapat dibaca.`,
    setupInvalid: (path: string) => `Lembar "Pengaturan" di ${path} memuat kesalahan:`,
    noBagian:
      "Tidak ada Bagian yang mendapat kertas kerja: DPA tidak menyebut Bagian pelaksana dan " +
      "tidak ada lembar Pengaturan (--setup) yang mendaftar Bagian.",
  },

  nothingToWrite:
    "Tidak ada kertas kerja yang dapat dibuat: tidak satu pun indikator DPA jatuh ke Bagian yang terdaftar. " +
    "Periksa kolom Bagian Pelaksana di DPA atau daftar Bagian di lembar Pengaturan.",

  output: {
    cannotWrite: (path: string, detail: string) => `Tidak dapat menulis ke ${path}: ${detail}`,
    notDirectory: (path: string) => `${path} sudah ada dan bukan folder.`,
  },

  generate: {
    reading: (path: string) => `Membaca ${path} …`,
    heading: (instansi: string, periode: string, tahun: number) =>
      `Kertas kerja ${instansi} — ${periode} ${tahun}`,
    columns: { bagian: "Bagian", indikator: "Indikator", subKegiatan: "Sub Kegiatan", pagu: "Pagu" },
    total: "Jumlah",
    wrote: (count: number, dir: string) => `${count} berkas kertas kerja ditulis ke ${dir}`,
    file: (name: string) => `  ${name}`,
    suratFile: (tahun: number, periode: string) => `Surat-Permintaan-Data-${tahun}-${periode}.xlsx`,
    wroteSurat: (count: number, batas: string) =>
      `Surat permintaan data (${count} surat, batas waktu ${batas}) ditulis ke:`,
    recorded: (path: string) =>
      `Kertas kerja, surat, dan catatan Log pembuatannya ditulis juga ke buku kerja induk ${path}`,
    issuesHeading: (count: number) => `Catatan (${count}):`,
    noIssues: "Tidak ada catatan: semua baris terbaca.",
    issueCountBySeverity: (errors: number, warnings: number, infos: number) =>
      `${errors} galat, ${warnings} peringatan, ${infos} info.`,
    issueFound: (found: string) => `ditemukan "${found}"`,
    /** A found value that already says what the cell holds ('"-"', "(kosong)"). */
    issueFoundShown: (found: string) => `ditemukan ${found}`,
    issueExpected: (expected: string) => `seharusnya ${expected}`,
    issueRow: (row: number) => `baris ${row}`,
    issueCell: (cell: string) => `sel ${cell}`,
  },

  demo,

  sop: {
    heading: (instansi: string, periode: string, tahun: number) =>
      `SOP Pengumpulan Data Kinerja — ${instansi}, ${periode} ${tahun}`,
    notScheduled: (file: string) =>
      `SOP belum dijadwalkan di buku kerja ini. Tetapkan jadwalnya: kertas-kerja sop jadwal ${file} --mulai TTTT-BB-HH --by NIP`,
    startLine: (start: string, per: string) => `Putaran mulai ${start}; status per ${per}.`,
    columns: {
      no: "No",
      aktivitas: "Aktivitas",
      pelaksana: "Pelaksana",
      rencana: "Rencana Selesai",
      status: "Status",
      mulai: "Mulai",
      selesai: "Selesai",
    },
    current: (no: number, aktivitas: string) => `Langkah saat ini: ${no}. ${aktivitas}`,
    mustAct: (nama: string, jabatan: string, nip: string) =>
      `  Harus bertindak: ${nama} (${jabatan}), NIP ${nip}`,
    mustActNobody: (role: string) => `  Harus bertindak: ${role} (belum ada di lembar Pengaturan)`,
    due: (when: string) => `  Rencana selesai: ${when}`,
    allDone: "Semua langkah SOP selesai.",
    overdueHeading: "Terlambat:",
    overdue: (no: number, role: string, late: string, due: string) =>
      `  Langkah ${no} (${role}): terlambat ${late} dari rencana ${due}`,
    kertasKerja: (count: number, note: string) =>
      count > 0
        ? `Langkah 4: ${count} kertas kerja Bagian dibuat di buku kerja ini. ${note}`
        : `Langkah 4: tidak ada kertas kerja yang dibuat di buku kerja ini (kertas kerja dibuat sebagai berkas terpisah). ${note}`,
    parafHeading: "Paraf dan tanda tangan:",
    noParaf: "  Belum ada paraf atau tanda tangan.",
    parafLine: (what: string, nama: string, nip: string, when: string, valid: boolean) =>
      `  ${what}: ${nama}, NIP ${nip}, ${when} — ${valid ? "berlaku" : "TIDAK BERLAKU"}`,
    parafNames: { 6: "Paraf (langkah 6)", 7: "Tanda tangan (langkah 7)" },
    logIntact: (count: number) => `Log: ${count} entri, rantai hash utuh.`,
    logProblems: (count: number) => `Log: ${count} masalah ditemukan:`,
    otherIssues: "Catatan lain:",
    done: (file: string) => `Dicatat dan disimpan ke ${file}.`,
    refused: "Tindakan ditolak:",
  },

  unexpected: (detail: string) => `Terjadi kesalahan tak terduga: ${detail}`,
  debugHint: "Jalankan ulang dengan --debug untuk melihat jejak tumpukan (stack trace).",
} as const;
