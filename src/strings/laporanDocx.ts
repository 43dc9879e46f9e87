/** The Laporan Kinerja as a Word document: what the .docx writes around the report's own text. */
export const laporanDocx = {
  /** The document's properties (File → Info in Word). */
  properties: {
    creator: "Kertas Kerja SAKIP",
    subject: "Laporan Kinerja Instansi Pemerintah",
  },
  cover: {
    /** "TAHUN 2026", under a title that already names the triwulan of a quarterly report. */
    periode: (_periode: string | null, tahun: number) => `TAHUN ${tahun}`,
    disusun: (tanggal: string) => `Disusun ${tanggal}`,
    /** The line that marks a draft whose paraf or signature is missing or void. */
    draft: (reasons: readonly string[]) => `DRAFT — ${reasons.join("; ")}`,
    draftReason: {
      parafMissing: "belum diparaf",
      parafVoid: "paraf tidak berlaku lagi",
      ttdMissing: "belum ditandatangani",
      ttdVoid: "tanda tangan tidak berlaku lagi",
    },
  },
  daftarIsi: "DAFTAR ISI",
  /** Footer, left of the page number: "LKjIP Sekretariat Daerah Kabupaten Tapin Tahun 2026". */
  footer: (instansi: string, periode: string) => `Laporan Kinerja ${instansi} ${periode}`,
  footerPeriode: (periode: string | null, tahun: number) =>
    periode === null ? `Tahun ${tahun}` : `${periode} Tahun ${tahun}`,
  /** Below a table: where its figures stand in the master. */
  sumber: {
    range: (sheet: string, range: string) => `Sumber: lembar ${sheet}, sel ${range}, buku kerja induk`,
    sheet: (sheet: string) => `Sumber: lembar ${sheet}, buku kerja induk`,
    files: (count: number) =>
      `; dihimpun dari ${count} kertas kerja Bagian (rincian pada Lampiran Sumber Data)`,
  },
  approvals: {
    heading: "PENGESAHAN",
    caption: "Catatan Paraf dan Tanda Tangan",
    intro:
      "Paraf (langkah 6 SOP) dan tanda tangan (langkah 7 SOP) berikut mengikat isi buku kerja induk — " +
      "lembar Data, Analisis dan Laporan — melalui sidik jarinya. Perubahan satu angka atau kalimat " +
      "sesudahnya membuat paraf dan tanda tangan tidak berlaku lagi.",
    disclaimer:
      "Catatan ini menyatakan siapa yang memeriksa isi laporan dan kapan; ia bukan tanda tangan " +
      "elektronik tersertifikasi.",
    columns: {
      jenis: "Jenis",
      pejabat: "Nama, Jabatan dan NIP",
      waktu: "Waktu",
      sidikJari: "Sidik Jari",
      status: "Status",
    },
    kind: { paraf: "Paraf", ttd: "Tanda tangan" },
    nip: (nip: string) => `NIP. ${nip}`,
    /** The first characters of a fingerprint. */
    fingerprint: (fp: string) => `${fp}…`,
    valid: "berlaku",
    void: "tidak berlaku lagi",
    missing: {
      paraf: "Paraf Kepala Bagian Umum dan Keuangan (langkah 6 SOP) belum dibubuhkan.",
      ttd: "Tanda tangan Sekretaris Daerah (langkah 7 SOP) belum dibubuhkan.",
    },
    /** Records exist, none still holds. */
    noneValid: {
      paraf:
        "Tidak ada paraf yang masih berlaku: isi laporan berubah sesudah diparaf; paraf perlu dibubuhkan kembali.",
      ttd: "Tidak ada tanda tangan yang masih berlaku: isi laporan berubah sesudah ditandatangani; tanda tangan perlu dibubuhkan kembali.",
    },
    /** The signature block, after the records. */
    ttdJabatanKosong: "Sekretaris Daerah,",
    ttdJabatan: (jabatan: string) => `${jabatan},`,
    ttdNamaKosong: "(…………………………………………)",
    ttdNipKosong: "NIP. ……………………………………",
    ttdOn: (when: string) => `Ditandatangani ${when}`,
    ttdVoid: "Tanda tangan tidak berlaku lagi",
    ttdNone: "Belum ditandatangani",
  },
  /** Zone names by minutes east of UTC: Indonesia's three zones, and UTC. */
  zones: { 0: "UTC", 420: "WIB", 480: "WITA", 540: "WIT" } as Readonly<Record<number, string>>,
  /** A zone Indonesia does not use: "UTC+05:30". */
  zoneOffset: (sign: string, hh: string, mm: string) => `UTC${sign}${hh}:${mm}`,
} as const;
