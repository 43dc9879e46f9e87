/** Step 8 of the SOP, the archive: its index (INDEKS.txt), the manifest's checks, and the `arsip` command. */

/** Bagian and role names in the index and the messages. */
const roleNames = {
  induk: "Buku kerja induk",
  laporan: "Laporan Kinerja",
  surat: "Surat permintaan data",
  "kertas-kerja": "Kertas kerja",
  riwayat: "Kiriman terdahulu (Riwayat)",
  indeks: "Indeks arsip",
} as const;

export const arsip = {
  roleNames,

  /** manifest.json that cannot be read back. */
  manifest: {
    notJson: "manifest.json bukan JSON yang sah.",
    jsonExpected: "teks JSON yang ditulis oleh kertas-kerja arsip",
    notManifest: "manifest.json bukan manifest arsip Kertas Kerja SAKIP.",
    unknownVersion: "Versi manifest.json tidak dikenal.",
    badRound: "Putaran di manifest.json tidak dapat dibaca.",
    roundExpected: "instansi, tahun, dan periode (TW1–TW4 atau TAHUNAN)",
    badFiles: "Daftar berkas atau waktu pembuatan di manifest.json tidak dapat dibaca.",
    filesExpected: "createdAt berisi waktu dan files berisi daftar berkas",
    badFile: "Satu entri berkas di manifest.json tidak sah.",
    fileExpected: "entri dengan path, role, size, dan sha256",
    pathExpected: "path relatif di dalam folder arsip, dipisah /, tanpa .. ",
    uniqueExpected: "setiap path hanya sekali",
    roleExpected: "role induk, laporan, surat, kertas-kerja, riwayat, atau indeks",
    sizeExpected: "ukuran dalam bita, bilangan bulat 0 atau lebih",
    shaExpected: "SHA-256: 64 karakter heksadesimal huruf kecil",
  },

  /** INDEKS.txt, the archive's readable index. */
  index: {
    title: "INDEKS ARSIP PENGUMPULAN DATA KINERJA",
    round: (instansi: string, periode: string, tahun: number) => `${instansi} — ${periode} ${tahun}`,
    step: "Langkah 8 SOP Pengumpulan Data Kinerja: penyerahan laporan dan pengarsipan dokumen.",
    createdAt: (when: string) => `Dibuat: ${when}`,
    intro: (folder: string) => [
      "Keutuhan arsip ini tercatat di manifest.json: ukuran dan SHA-256 setiap berkas, termasuk indeks ini.",
      "Periksa keutuhannya dengan perintah:",
      `  npx kertas-kerja arsip periksa ${folder}`,
      "Arsip utuh bila tidak ada berkas yang berubah, hilang, atau bertambah. SHA-256 manifest.json",
      "dicatat di Log buku kerja induk ketika langkah 8 ditandai selesai.",
    ],
    induk: roleNames.induk,
    laporan: roleNames.laporan,
    surat: roleNames.surat,
    kertasKerja: (count: number) => `Kertas kerja yang diterima (lembar Data): ${count} berkas`,
    riwayat: (count: number) => `Kiriman terdahulu yang digantikan (lembar Riwayat): ${count} berkas`,
    bagian: (nama: string, kode: string) => `${nama} (${kode})`,
    replacedAt: (tanggal: string) => `, digantikan ${tanggal}`,
    sizeAndSha: (size: string, sha: string) => `Ukuran ${size} bita; SHA-256 ${sha}`,
    foundAs: (source: string, recorded: string) =>
      `Ditemukan dengan nama ${source} (tercatat di buku kerja induk sebagai ${recorded}).`,
    laporanMissing: (name: string) =>
      `Tidak ada: ${name} tidak ditemukan di samping buku kerja induk. Susun laporannya (kertas-kerja laporan) lalu buat arsip lagi.`,
    suratMissing: (name: string) =>
      `Tidak ada: ${name} tidak ditemukan di samping buku kerja induk maupun di folder kertas kerja kembali.`,
    noKertasKerja: "Tidak ada kertas kerja yang diterima di lembar Data.",
    noRiwayat: "Tidak ada kiriman terdahulu di lembar Riwayat.",
    missingHeading: (count: number) => `Kertas kerja yang tidak ditemukan: ${count} berkas`,
    noneMissing: "Tidak ada: setiap kertas kerja yang tercatat di buku kerja induk ada di arsip ini.",
    missingWarning: [
      "PERHATIAN: berkas berikut tercatat di buku kerja induk (SHA-256-nya) tetapi tidak ditemukan di",
      "folder kertas kerja kembali. Arsip dibuat tanpa berkas ini; salinannya perlu dicari dan diarsipkan.",
    ],
    missingRole: {
      laporan: roleNames.laporan,
      surat: roleNames.surat,
      "kertas-kerja": "Kertas kerja",
      riwayat: "Kiriman terdahulu",
    },
    missingSha: (sha: string) => `SHA-256 ${sha}`,
    missingSize: (size: string) => `${size} bita`,
  },

  /** The use case's refusals (src/app/archive.ts), shown by the CLI with their file and sheet. */
  app: {
    noSetup:
      "Buku kerja induk tidak memiliki lembar Pengaturan yang dapat dibaca, sehingga putarannya tidak diketahui.",
    noSetupExpected: "buku kerja induk putaran ini (dengan lembar Pengaturan)",
    noData:
      "Buku kerja induk belum memiliki lembar Data: belum ada kertas kerja yang dihimpun. Jalankan " +
      "kertas-kerja consolidate lebih dulu, lalu buat arsipnya.",
    noDataExpected: "lembar Data yang ditulis oleh consolidate",
    dataUnreadable: "Lembar Data atau Riwayat di buku kerja induk tidak dapat dibaca seluruhnya:",
    noKembali: (path: string) => `Folder kertas kerja kembali tidak ditemukan: ${path}`,
    kembaliExpected: "folder berisi kertas kerja yang dikembalikan Bagian",
    exists: (path: string) => `Folder arsip sudah ada dan tidak ditimpa: ${path}`,
    existsExpected: "folder yang belum ada; pindahkan atau hapus arsip lama, atau pilih --out lain",
    noManifest: (folder: string) =>
      `Folder ${folder} tidak memuat manifest.json: bukan arsip kertas-kerja arsip.`,
    noFolder: (folder: string) => `Folder arsip tidak ditemukan: ${folder}`,
    otherRound: (found: string, expected: string) =>
      `Arsip ini milik putaran lain (${found}), bukan putaran buku kerja induk (${expected}).`,
    notIntact: (count: number) => `Arsip tidak utuh: ${count} perbedaan dengan manifest.json.`,
    /** The Log's detail when step 8 is marked done with an archive. */
    logDetail: (folder: string, files: number, missing: number) =>
      `Arsip ${folder}: ${files} berkas, utuh menurut manifest.json` +
      (missing > 0 ? `; ${missing} kertas kerja tidak ditemukan saat pengarsipan` : "") +
      ". Sidik jari: SHA-256 manifest.json.",
  },

  /** What `kertas-kerja arsip` prints. */
  cli: {
    reading: (path: string) => `Membaca buku kerja induk ${path} …`,
    searching: (path: string, count: number) => `Mencari kertas kerja kembali di ${path} (${count} berkas) …`,
    written: (path: string, count: number) => `Arsip ditulis ke ${path} (${count} berkas):`,
    fileLine: (role: string, path: string) => `  ${role.padEnd(28)}${path}`,
    renamed: (source: string) => `    ditemukan dengan nama ${source}`,
    laporanMissing: (name: string) =>
      `Peringatan: Laporan Kinerja (${name}) tidak ada di samping buku kerja induk.`,
    suratMissing: (name: string) =>
      `Peringatan: surat permintaan data (${name}) tidak ada di samping buku kerja induk maupun di folder kembali.`,
    missingHeading: (count: number) =>
      `Peringatan: ${count} kertas kerja yang tercatat di buku kerja induk tidak ditemukan (dicatat di INDEKS.txt dan manifest.json):`,
    missingLine: (role: string, bagian: string, name: string, sha: string) =>
      `  ${role} ${bagian}: ${name} (SHA-256 ${sha})`,
    manifestSha: (sha: string) => `SHA-256 manifest.json: ${sha}`,
    logHint: "Catat SHA-256 ini di Log saat langkah 8 ditandai selesai.",
    /** arsip periksa */
    checking: (folder: string) => `Memeriksa arsip ${folder} …`,
    intact: (count: number) => `Arsip utuh: ${count} berkas sesuai dengan manifest.json.`,
    notIntact: (count: number) => `ARSIP TIDAK UTUH: ${count} perbedaan dengan manifest.json.`,
    changed: (path: string) => `  Berubah:   ${path}`,
    changedDetail: (sizeBefore: string, sizeNow: string, shaBefore: string, shaNow: string) =>
      `             ukuran ${sizeBefore} → ${sizeNow} bita; SHA-256 ${shaBefore}… → ${shaNow}…`,
    missing: (path: string) => `  Hilang:   ${path}`,
    added: (path: string) => `  Tambahan: ${path}`,
    manifestChanged: (expected: string) =>
      `  Berubah:   manifest.json (SHA-256 yang diharapkan --sha256 ${expected})`,
    round: (instansi: string, periode: string, tahun: number, createdAt: string) =>
      `Putaran: ${instansi}, ${periode} ${tahun}; arsip dibuat ${createdAt}.`,
    /** "1 Juli 2026 pukul 08.00 (UTC+08:00)": the manifest's time as written, with its offset. */
    createdAt: (tanggal: string, jam: string, offset: string) => `${tanggal} pukul ${jam} (UTC${offset})`,
  },

  usage: {
    noFolder: "Sebutkan folder arsip, mis. kertas-kerja arsip periksa ./arsip/Arsip-Setda-2026-TW2.",
    noMaster:
      "Sebutkan buku kerja induk (.xlsx), mis. kertas-kerja arsip Induk.xlsx --kembali ./kembali --out ./arsip.",
    badSha: (found: string) => `SHA-256 "${found}" tidak sah: tulis 64 karakter heksadesimal.`,
    notForPeriksa: (opt: string) => `Opsi ${opt} tidak dipakai oleh arsip periksa.`,
    onlyForPeriksa: (opt: string) => `Opsi ${opt} hanya dipakai oleh arsip periksa.`,
  },

  /**
   * The help's lines for arsip. src/strings/cli.ts stands at the size ceiling (400 lines), so each
   * block here ends with the line of its help that it stands before, and replaces that line there.
   */
  help: {
    usage: [
      "  kertas-kerja arsip INDUK.xlsx --kembali FOLDER --out FOLDER",
      "  kertas-kerja arsip periksa FOLDER [--sha256 HEX]",
      "  kertas-kerja help",
    ],
    commands: [
      "  arsip     Langkah 8 SOP: mengumpulkan buku kerja induk, Laporan Kinerja (.docx), surat permintaan",
      "            data, dan setiap kertas kerja yang diterima (dicari menurut SHA-256 di lembar Data dan",
      "            Riwayat) ke folder arsip baru, dengan manifest.json dan INDEKS.txt. arsip periksa",
      "            menghitung ulang ukuran dan SHA-256 setiap berkas dan menyebut yang berubah, hilang,",
      "            atau bertambah.",
      "  help      Menampilkan bantuan ini.",
    ],
    options: [
      "Opsi arsip:",
      "  --kembali FOLDER          Folder kertas kerja yang dikembalikan Bagian (wajib; dicari juga di",
      "                            subfoldernya). Berkas yang namanya sudah diganti tetap ditemukan.",
      "  --out FOLDER              Folder tujuan (wajib): arsip ditulis ke subfolder baru",
      "                            Arsip-INSTANSI-TAHUN-PERIODE; folder yang sudah ada tidak ditimpa.",
      "  --sha256 HEX              arsip periksa: SHA-256 manifest.json yang tercatat di Log; manifest",
      "                            yang berbeda disebut berubah.",
      "",
      "Opsi umum:",
    ],
  },
} as const;
