/** Texts of the consolidated sheets of the master: Data, Riwayat and Analisis. */

/** The Analisis's serapan column: realisasi against the budget planned s.d. periode, not the annual pagu. */
const SERAPAN_RENCANA = "Serapan thd Rencana s.d. Periode (%)";

export const analysis = {
  sheetNames: { data: "Data", analisis: "Analisis", riwayat: "Riwayat" },
  data: {
    title: "DATA KINERJA HASIL PENGUMPULAN DARI BAGIAN",
    riwayatTitle: "RIWAYAT KIRIMAN YANG DIGANTIKAN",
    info: (instansi: string, tahun: number, periode: string) =>
      `${instansi} — Tahun Anggaran ${tahun} — ${periode}`,
    marker: "kertas-kerja-sakip/data",
    note: (zone: string, offset: string) =>
      `Diisi oleh aplikasi saat konsolidasi; jangan diubah. Kolom "(serial)" memuat waktu ${zone} (${offset}) ` +
      `untuk rumus; kolom teks waktunya memuat nilai aslinya.`,
    kinds: { indicator: "Indikator", anggaran: "Anggaran" },
    yes: "Ya",
    no: "Tidak",
    columns: {
      bagianKode: "Kode Bagian",
      bagianNama: "Bagian",
      urutan: "No. Baris",
      programKode: "Kode Program",
      programNama: "Program",
      kegiatanKode: "Kode Kegiatan",
      kegiatanNama: "Kegiatan",
      subKegiatanKode: "Kode Sub Kegiatan",
      subKegiatanNama: "Sub Kegiatan",
      kunci: "Kunci",
      jenisBaris: "Jenis Baris",
      indikator: "Indikator Kinerja",
      satuan: "Satuan",
      polaritas: "Polaritas",
      jenisCapaian: "Jenis Capaian",
      targetTahunan: "Target Tahunan",
      targetText: "Target (teks)",
      targetTw1: "Target TW I",
      targetTw2: "Target TW II",
      targetTw3: "Target TW III",
      targetTw4: "Target TW IV",
      realisasiLalu: "Realisasi Tahun Lalu",
      realisasiTw1: "Realisasi TW I",
      realisasiTw2: "Realisasi TW II",
      realisasiTw3: "Realisasi TW III",
      realisasiTw4: "Realisasi TW IV",
      budgetRow: "Baris Anggaran",
      pagu: "Pagu (Rp)",
      realisasiAnggaran: "Realisasi Anggaran (Rp)",
      pendorong: "Faktor Pendorong",
      penghambat: "Faktor Penghambat",
      tindakLanjut: "Tindak Lanjut",
      buktiDukung: "Bukti Dukung",
      buktiDukungUrl: "Tautan Bukti Dukung",
      targetSd: "Target s.d. Periode",
      realisasiSd: "Realisasi s.d. Periode",
      capaian: "Capaian (%)",
      capaianDinilai: "Capaian Dinilai (%)",
      predikat: "Predikat",
      serapan: "Serapan (%)",
      berkas: "Nama Berkas",
      sha256: "SHA-256 Berkas",
      ukuran: "Ukuran Berkas (bita)",
      lembar: "Lembar",
      sel: "Sel",
      dikirimPada: "Dikirim Pada",
      dikirimSerial: "Dikirim Pada (serial)",
      diimporPada: "Diimpor Pada",
      diimporSerial: "Diimpor Pada (serial)",
      diimporOleh: "Diimpor Oleh",
      instansi: "Instansi",
      tahun: "Tahun",
      periode: "Periode",
      versiTemplate: "Versi Templat",
      fingerprint: "Sidik Metadata",
      ttdTanggal: "Tanggal Tanda Tangan",
      ttdNama: "Nama Penanda Tangan",
      ttdNip: "NIP Penanda Tangan",
      digantiPada: "Diganti Pada",
      digantiOleh: "Diganti Oleh",
    },
    issues: {
      noHeader: (sheet: string) =>
        `Lembar ${sheet} tidak dapat dibaca: baris judul kolomnya tidak ditemukan atau tidak lengkap.`,
      noHeaderFound: (missing: string[]) => `kolom yang tidak ada: ${missing.join(", ")}`,
      noHeaderExpected: "baris judul kolom lembar Data buatan aplikasi",
      version: (sheet: string, found: string) =>
        `Lembar ${sheet} ditulis dengan format yang tidak dikenal (${found}).`,
      versionExpected: (version: number) => `format versi ${version}`,
      cell: (sheet: string, cell: string, column: string) =>
        `Sel ${cell} lembar ${sheet} (kolom "${column}") berisi nilai yang tidak sah; nilainya diabaikan.`,
      number: "angka",
      integer: "bilangan bulat",
      oneOf: (values: readonly string[]) => `salah satu dari: ${values.join(", ")}`,
      missing: (sheet: string, row: number, column: string) =>
        `Baris ${row} lembar ${sheet} tidak memiliki "${column}"; baris itu dilewati.`,
      missingFound: "kosong",
      missingExpected: (column: string) => `isian "${column}"`,
      inconsistent: (sheet: string, row: number, column: string) =>
        `Baris ${row} lembar ${sheet}: "${column}" berbeda dari baris pertama kiriman yang sama; nilai baris pertama dipakai.`,
      sequence: (sheet: string, row: number) =>
        `Baris ${row} lembar ${sheet}: nomor baris kiriman tidak berurutan (mungkin ada baris yang dihapus atau dipindah).`,
      sequenceExpected: (n: number) => `nomor ${n}`,
    },
  },
  sheet: {
    title: "ANALISIS DATA KINERJA",
    labels: {
      tahun: "Tahun Anggaran",
      periode: "Periode",
      batasWaktu: "Batas Waktu Pengisian",
      batasWaktuNote: (zone: string) => `akhir hari (pukul 24.00 ${zone})`,
    },
    source:
      "Semua angka di lembar ini adalah rumus atas lembar Data; metode perhitungannya tercantum di bagian akhir.",
    sections: {
      status: "A. STATUS PENYERAHAN KERTAS KERJA",
      perBagian: "B. RINGKASAN PER BAGIAN",
      charts: "C. GRAFIK",
      perProgram: "D. RINGKASAN PER PROGRAM",
      perSubKegiatan: "E. RINGKASAN PER SUB KEGIATAN",
      perSasaran: "F. CAPAIAN PER SASARAN STRATEGIS",
      perIndikator: "G. CAPAIAN PER INDIKATOR",
      metode: "H. METODE PERHITUNGAN",
    },
    status: {
      header: [
        "No",
        "Kode",
        "Bagian",
        "Status",
        "Dikirim Pada",
        "Ketepatan Waktu",
        "Diimpor Pada",
        "Nama Berkas",
      ],
      sudah: "Sudah menyerahkan",
      belum: "Belum menyerahkan",
      tepatWaktu: "Tepat waktu",
      terlambat: "Terlambat",
      tidakDiketahui: "Tidak diketahui",
      counts: {
        bagian: "Jumlah Bagian",
        sudah: "Sudah menyerahkan",
        belum: "Belum menyerahkan",
        terlambat: "Terlambat",
      },
    },
    summaryHeader: (what: string) => [
      "No",
      "Kode",
      what,
      "Jumlah Indikator",
      "Dilaporkan",
      "Dapat Dihitung",
      "Rata-rata Capaian (%)",
      "Predikat",
      "Pagu (Rp)",
      "Realisasi Anggaran (Rp)",
      SERAPAN_RENCANA,
      "Capaian − Serapan (poin)",
      "Efisiensi",
    ],
    what: { bagian: "Bagian", program: "Program", subKegiatan: "Sub Kegiatan" },
    indicatorHeader: [
      "No",
      "Kode",
      "Indikator Kinerja",
      "Bagian",
      "Satuan",
      "Target s.d. Periode",
      "Realisasi s.d. Periode",
      "Capaian (%)",
      "Predikat",
      SERAPAN_RENCANA,
      "Realisasi Tahun Lalu",
      "Perubahan",
      "Tren",
    ],
    sasaran: {
      /** The header of the sasaran lines: B…F hold the sasaran's text. */
      header: [
        "No",
        "Sasaran Strategis",
        "Capaian Sasaran (%)",
        "Predikat",
        "Pagu Program Pendukung (Rp)",
        "Realisasi Anggaran (Rp)",
        SERAPAN_RENCANA,
        "Capaian − Serapan (poin)",
        "Efisiensi",
      ],
      /** The header of the IKU rows under each sasaran: B…C hold the indikator. */
      ikuHeader: (tahunLalu: number | null) => [
        "No",
        "Indikator Kinerja Utama",
        "Satuan",
        "Target s.d. Periode",
        "Realisasi s.d. Periode",
        "Capaian (%)",
        "Predikat",
        tahunLalu === null ? "Realisasi Tahun Sebelumnya" : `Realisasi Tahun ${tahunLalu}`,
        "Perubahan",
        "Tren",
        "Target Akhir Renstra",
        "Progres terhadap Target Akhir Renstra (%)",
      ],
      noPk: "Perjanjian Kinerja belum dimuat pada putaran ini: capaian per sasaran strategis belum dapat disajikan.",
      noSasaran: "Perjanjian Kinerja tidak memuat sasaran strategis.",
      noIku: "Sasaran ini tidak memiliki Indikator Kinerja Utama.",
    },
    efficiency: { efisien: "Efisien", sebanding: "Sebanding", "perlu-perhatian": "Perlu perhatian" },
    trend: { membaik: "Membaik", memburuk: "Memburuk", tetap: "Tetap" },
    none: "Tidak ada data.",
    charts: {
      capaian: "Capaian per Bagian",
      capaianSeries: "Rata-rata capaian (%)",
      scatter: "Capaian vs Serapan per Sub Kegiatan",
      scatterSeries: "Sub kegiatan",
      serapanAxis: "Serapan thd rencana s.d. periode (%)",
      capaianAxis: "Rata-rata capaian (%)",
    },
    metode: {
      capaianPositif: "Capaian indikator berpolaritas positif = realisasi ÷ target × 100.",
      capaianNegatif: {
        selisih:
          "Capaian indikator berpolaritas negatif = (2 × target − realisasi) ÷ target × 100 (Permenpan RB 8/2021).",
        rasio:
          "Capaian indikator berpolaritas negatif = target ÷ realisasi × 100 (tidak dihitung bila realisasi 0).",
      },
      basis:
        "Realisasi dan target s.d. periode: jenis Kumulatif menjumlah triwulan s.d. periode terhadap jumlah target " +
        "triwulannya (Tahunan: target tahunan); jenis Nilai Akhir dan Persentase memakai triwulan terakhir yang " +
        "dilaporkan terhadap target triwulan itu.",
      blanks:
        "Realisasi kosong berarti belum dilaporkan (0 adalah nilai). Target kosong atau 0: capaian tidak dapat dihitung " +
        "dan dibiarkan kosong. Semua persen dibulatkan 2 desimal (ROUND).",
      bandAtLeast: (min: number, label: string) => `≥ ${min} ${label}`,
      bandRest: (label: string) => `di bawahnya ${label}`,
      predikat: (bands: string, cap: number) =>
        `Predikat: ${bands}; dinilai atas capaian yang dibatasi paling tinggi ${cap}%.`,
      aggregation: (cap: number) =>
        `Ringkasan per Bagian, program, dan sub kegiatan: rata-rata capaian indikator yang dapat dihitung, masing-masing ` +
        `dibatasi paling tinggi ${cap}% sebelum dirata-rata; predikat ringkasan dari rata-rata itu. Dilaporkan = ` +
        `indikator yang realisasinya terisi.`,
      serapan:
        "Serapan thd rencana s.d. periode = realisasi anggaran ÷ rencana anggaran s.d. periode × 100, atas baris " +
        "anggaran (sub kegiatan) kelompoknya. Serapan per indikator: atas sub kegiatannya pada Bagian yang sama " +
        "(indikator program atau kegiatan: semua sub kegiatan di bawahnya pada Bagian itu).",
      rencana: (periode: string, share: string, shares: string) =>
        `Rencana anggaran s.d. periode = pagu setahun × bagian tahun yang telah berjalan (${shares}), karena DPA ` +
        `tidak memuat anggaran kas (RAK) per triwulan; periode ini (${periode}): pagu × ${share}. Capaian s.d. ` +
        `periode diukur terhadap target s.d. periode, maka serapan dibandingkan dengan rencana s.d. periode, bukan ` +
        `pagu setahun. Kolom Pagu tetap pagu setahun; serapan di lembar Data dan di kertas kerja tetap realisasi ÷ ` +
        `pagu setahun.`,
      shareOf: (periode: string, share: string) => `${periode} ${share}`,
      efisiensi: (margin: number) =>
        `Efisiensi = rata-rata capaian − serapan thd rencana s.d. periode, dalam poin persen: ≥ +${margin} ` +
        `Efisien; ≤ −${margin} Perlu perhatian; di antaranya Sebanding.`,
      tren:
        "Tren: perubahan = realisasi s.d. periode − realisasi tahun lalu. Membaik bila berubah ke arah yang baik " +
        "(naik untuk polaritas positif, turun untuk negatif), Memburuk bila sebaliknya, Tetap bila sama. Indikator " +
        "Kumulatif hanya dibandingkan pada Triwulan IV dan Tahunan, saat realisasinya sudah setahun penuh.",
      capaianSasaran: (cap: number) =>
        `Capaian sasaran strategis = rata-rata capaian IKU-nya yang dapat dihitung, masing-masing dibatasi paling ` +
        `tinggi ${cap}% sebelum dirata-rata; predikat sasaran dari rata-rata itu. Capaian IKU dibaca dari baris ` +
        `lembar Data yang kuncinya kunci IKU itu; IKU yang tidak ada pada kiriman mana pun: Belum dilaporkan.`,
      serapanSasaran:
        "Serapan program pendukung = jumlah realisasi anggaran ÷ (jumlah pagu × bagian rencana s.d. periode) × 100 " +
        "atas baris anggaran semua Bagian yang kode program atau kegiatannya tercantum sebagai pendukung sasaran " +
        "dalam Perjanjian Kinerja; efisiensi sasaran = capaian sasaran − serapan itu, dengan batas yang sama.",
      perubahanSasaran:
        "Perubahan IKU = realisasi s.d. periode − realisasi tahun sebelumnya menurut Perjanjian Kinerja (tahun " +
        "terakhir sebelum tahun anggaran yang tercantum di sana); Tren seperti di atas. IKU kualitatif tidak " +
        "dihitung perubahannya.",
      progresRenstra:
        "Progres terhadap target akhir Renstra = realisasi s.d. periode ÷ target akhir × 100 untuk polaritas " +
        "positif, target akhir ÷ realisasi s.d. periode × 100 untuk polaritas negatif (tidak dihitung bila " +
        "pembaginya 0); IKU kualitatif dihitung atas skor skala nilainya (kedua kata harus dari skala target IKU); " +
        "kosong bila salah satunya tidak ada.",
      grafik:
        "Grafik Capaian per Bagian memakai rata-rata capaian ringkasan per Bagian; grafik Capaian vs Serapan " +
        "menggambar satu titik per sub kegiatan (sumbu datar serapan thd rencana s.d. periode, sumbu tegak " +
        "rata-rata capaian).",
      ketepatan: (tanggal: string, zone: string) =>
        `Ketepatan waktu: terlambat bila berkas terakhir disimpan setelah akhir hari batas waktu (${tanggal}, ` +
        `pukul 24.00 ${zone}); waktu simpan yang tidak tercatat: Tidak diketahui.`,
    },
  },
} as const;
