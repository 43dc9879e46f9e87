/** The SOP "Pengumpulan Data Kinerja": its text, the "SOP" sheet, working time and SOP messages. */
export const sop = {
  sheetName: "SOP",
  stateSheetName: "_sop_state",
  stateMarker: "kertas-kerja-sakip/sop",
  stateNote:
    "Lembar ini menyimpan status SOP untuk aplikasi Kertas Kerja SAKIP. Jangan diubah; yang dibaca orang ada di lembar SOP.",
  /** The SOP as written in the seed (Sekretariat Daerah Kabupaten Tapin, 9 November 2020). */
  definition: {
    header: {
      nomor: "000/ /Bagumkeu/2020",
      tanggalPembuatan: "9 November 2020",
      tanggalRevisi: "-",
      tanggalEfektif: "9 November 2020",
      disahkanOleh: "Sekretaris Daerah",
      nama: "Standar Operasional Prosedur Pengumpulan Data Kinerja",
    },
    steps: {
      1: {
        aktivitas:
          "Menyiapkan surat untuk dikirim kepada Bagian dalam rangka permintaan data capaian kinerja Bagian-Bagian",
        kelengkapan: "Draf surat kepada Bagian",
        output: "Surat kepada Bagian",
        ket: "Januari, April, Juni, Oktober",
      },
      2: {
        aktivitas: "Rapat pemberian arahan untuk melakukan pengumpulan data kinerja",
        kelengkapan: "Rapat",
        output: "Arahan",
        ket: "",
      },
      3: {
        aktivitas: "Menyiapkan kertas kerja laporan kinerja",
        kelengkapan: "DPA, Laporan Kinerja Periode sebelumnya",
        output: "Kertas Kerja Form Data Kinerja",
        ket: "",
      },
      4: {
        aktivitas: "Menghimpun data kinerja dari masing-masing Bagian",
        kelengkapan: "Kertas laporan kinerja",
        output:
          "Kertas Kerja Laporan Kinerja Bagian-Bagian yang sudah ditandatangani Kepala Bagian dilengkapi dengan bukti dukung capaian kinerja",
        ket: "",
      },
      5: {
        aktivitas: "Menganalisis data dan menyusun konsep laporan kinerja",
        kelengkapan: "Laporan kinerja masing-masing bagian",
        output: "Draft laporan kinerja Sekretariat Daerah",
        ket: "",
      },
      6: {
        aktivitas: "Memeriksa dan memaraf draft laporan kinerja Sekretariat Daerah",
        kelengkapan: "Draft laporan kinerja Sekretariat Daerah",
        output: "Draft Laporan Kinerja Sekretariat Daerah yang sudah diparaf",
        ket: "",
      },
      7: {
        aktivitas: "Memeriksa dan menandatangani laporan kinerja Sekretariat Daerah",
        kelengkapan: "Draft Laporan kinerja Sekretariat Daerah",
        output: "Laporan kinerja Sekretariat Daerah yang telah ditandatangani",
        ket: "",
      },
      8: {
        aktivitas: "Menyerahkan laporan dan menyimpan arsip dokumen",
        kelengkapan: "Laporan kinerja Sekretariat Daerah yang telah ditandatangani",
        output: "Arsip",
        ket: "",
      },
    },
  },
  unit: { menit: "Menit", jam: "Jam", hari: "Hari" },
  /** ISO weekday 1 = Senin … 7 = Minggu. */
  hari: ["", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
  status: {
    belum: "Belum",
    berjalan: "Berjalan",
    selesai: "Selesai",
    terlambat: "Terlambat",
  },
  /** The status of every step of a round not yet scheduled. */
  unscheduled: "Belum dijadwalkan",
  statusLate: (minutes: string) => `Terlambat ${minutes}`,
  statusDoneLate: (minutes: string) => `Selesai, terlambat ${minutes}`,
  reasonLine: (reason: string) => `Alasan mendahului: ${reason}`,
  duration: {
    hariKerja: (n: number) => `${n} hari kerja`,
    jam: (n: number) => `${n} jam`,
    menit: (n: number) => `${n} menit`,
    zero: "0 menit",
  },
  sheet: {
    headerLabels: {
      nomor: "Nomor SOP",
      tanggalPembuatan: "Tanggal Pembuatan",
      tanggalRevisi: "Tanggal Revisi",
      tanggalEfektif: "Tanggal Efektif",
      disahkanOleh: "Disahkan oleh",
      nama: "Nama SOP",
    },
    roundLabels: {
      periode: "Periode",
      mulai: "Mulai Putaran",
      hariKerja: "Waktu Kerja",
      libur: "Hari Libur dalam Jadwal",
      per: "Status per",
      langkah: "Langkah Saat Ini",
    },
    periode: (periode: string, tahun: number) => `${periode} ${tahun}`,
    hariKerja: (days: string, zone: string) => `${days} ${zone}`,
    dayHours: (days: string, start: string, end: string) => `${days} ${start}–${end}`,
    noHolidays: "tidak ada",
    allDone: "Semua langkah selesai",
    currentStep: (no: number, role: string) => `Langkah ${no}: ${role}`,
    columns: {
      no: "No",
      aktivitas: "Aktivitas",
      pelaksana: "Pelaksana",
      mutuBaku: "Mutu Baku",
      kelengkapan: "Kelengkapan",
      waktu: "Waktu",
      output: "Output",
      ket: "Ket.",
      putaran: "Pelaksanaan Putaran Ini",
      rencanaMulai: "Rencana Mulai",
      rencanaSelesai: "Rencana Selesai",
      mulai: "Mulai",
      selesai: "Selesai",
      status: "Status",
      olehSiapa: "Pelaksana (Nama, Jabatan)",
      paraf: "Paraf / TTD",
    },
    mark: "●",
    legend: [
      "● menandai pelaksana langkah.",
      "Hari dihitung sebagai hari kerja (tanpa akhir pekan, hari libur dan cuti bersama); jam dan menit dihitung dalam jam kerja.",
      "Lembar ini ditulis oleh add-in Kertas Kerja SAKIP dan dilindungi; catat langkah lewat add-in atau CLI.",
    ],
    signatureRole: "Sekretaris Daerah,",
    nip: (nip: string) => `NIP. ${nip}`,
  },
  errors: {
    unknownStep: (no: number) => `Langkah ${no} tidak ada dalam SOP.`,
    unknownStepExpected: (count: number) => `nomor langkah 1–${count}`,
    unknownActor: (nip: string) =>
      `NIP ${nip} tidak terdaftar sebagai pejabat pelaksana SOP di lembar Pengaturan.`,
    unknownActorExpected: "NIP salah satu pejabat pelaksana SOP",
    wrongRole: (nama: string, peran: string, no: number, needed: string) =>
      `${nama} (${peran}) tidak berwenang mencatat langkah ${no}; langkah ini dilaksanakan oleh ${needed}.`,
    wrongRoleExpected: (needed: string, who: string) => (who ? `${needed}: ${who}` : needed),
    reasonRequired: (no: number, open: string) =>
      `Langkah ${no} dimulai sebelum langkah ${open} selesai: sebutkan alasannya.`,
    reasonRequiredExpected: "alasan mendahului langkah sebelumnya",
    alreadyStarted: (no: number, when: string) => `Langkah ${no} sudah dimulai pada ${when}.`,
    alreadyStartedExpected: "langkah yang belum dimulai",
    alreadyFinished: (no: number, when: string) => `Langkah ${no} sudah selesai pada ${when}.`,
    alreadyFinishedExpected: "langkah yang belum selesai",
    beforeStart: (no: number, when: string) =>
      `Waktu selesai langkah ${no} lebih awal dari waktu mulainya (${when}).`,
    beforeStartExpected: "waktu sesudah waktu mulai",
    badTime: "Waktu tindakan tidak dapat dibaca.",
    badTimeExpected: "waktu ISO dengan zona, misalnya 2026-04-06T08:00:00+08:00",
  },
  calendar: {
    badTime: (field: string) => `Jam kerja ${field} harus berbentuk JJ:MM.`,
    badTimeExpected: "misalnya 07:30",
    badHours: (day: string) => `Jam kerja hari ${day}: jam selesai harus sesudah jam mulai.`,
    badHoursExpected: "jam mulai lebih awal dari jam selesai",
    badWeekday: "Hari kerja harus angka 1 (Senin) sampai 7 (Minggu), masing-masing sekali.",
    badWeekdayExpected: "1–7 tanpa pengulangan",
    noWorkingDay: "Kalender kerja tidak memiliki hari kerja.",
    noWorkingDayExpected: "sekurang-kurangnya satu hari kerja",
    badOffset: "Selisih zona waktu terhadap UTC tidak sah.",
    badOffsetExpected: "menit antara −720 dan 840, misalnya 480 untuk WITA",
    badHoliday: (date: string) => `Tanggal libur ${date} bukan tanggal yang sah.`,
    badHolidayExpected: "tanggal, misalnya 2026-03-20",
  },
  /** The SOP use cases (src/app/sop.ts): refusals, log details, the paraf column of the SOP sheet. */
  app: {
    noSetup:
      "Lembar Pengaturan belum ada atau memuat kesalahan, sehingga pejabat pelaksana SOP tidak diketahui.",
    noSetupExpected: "lembar Pengaturan dengan nama, jabatan, dan NIP pejabat pelaksana SOP",
    notScheduled: "SOP putaran ini belum dijadwalkan: tetapkan tanggal mulai putaran dahulu.",
    notScheduledExpected: "jadwal SOP (tanggal mulai putaran)",
    stateUnreadable:
      "Status SOP (lembar _sop_state) tidak dapat dibaca; tidak ada yang dicatat agar catatan lama tidak hilang.",
    stateUnreadableExpected: "lembar _sop_state yang ditulis add-in",
    logBroken: (count: number) =>
      `Log diubah di luar add-in (${count} masalah): tindakan tidak dicatat sampai Log dipulihkan ` +
      "(mis. dari riwayat versi berkas), agar rantai hash tidak menutupi perubahan itu.",
    logBrokenExpected: "Log yang utuh",
    badStartDate: (found: string) => `Tanggal mulai "${found}" tidak sah.`,
    badStartDateExpected: "tanggal TTTT-BB-HH, mis. 2026-04-06",
    badNow: (found: string) => `Waktu "${found}" tidak sah.`,
    schedulerRole: (role: string) => `Jadwal SOP hanya dapat ditetapkan oleh ${role}.`,
    unknownScheduler: (nip: string, role: string) =>
      `NIP ${nip} bukan NIP ${role} yang tercatat di lembar Pengaturan.`,
    viaParaf: (no: number) =>
      no === 6
        ? "Langkah 6 diselesaikan dengan paraf, bukan dengan tanda selesai biasa."
        : "Langkah 7 diselesaikan dengan tanda tangan, bukan dengan tanda selesai biasa.",
    viaParafExpected: (no: number) => (no === 6 ? "tindakan paraf" : "tindakan tanda tangan"),
    noArchive:
      "Langkah 8 selesai setelah arsip putaran dibuat dan diperiksa: jalankan `kertas-kerja arsip INDUK.xlsx " +
      "--kembali FOLDER --out FOLDER`, lalu `kertas-kerja sop done INDUK.xlsx --step 8 --arsip FOLDER_ARSIP`; " +
      'di add-in: "Buat arsip (.zip)" pada langkah 8.',
    noArchiveFound: "belum ada arsip",
    noArchiveExpected: "folder arsip yang utuh (manifest.json) dari putaran ini",
    parafStepOnly: "Paraf hanya dicatat pada langkah 6.",
    signStepOnly: "Tanda tangan hanya dicatat pada langkah 7.",
    parafStepExpected: (no: number) => `langkah ${no}`,
    parafStateNote:
      "Lembar ini menyimpan paraf dan tanda tangan untuk aplikasi Kertas Kerja SAKIP. Jangan diubah; yang dibaca orang ada di lembar SOP dan Log.",
    submissionsNone: "Belum ada kertas kerja Bagian yang dihimpun (lembar Data belum ada).",
    submissions: (count: number, missing: string[]) =>
      `${count} Bagian sudah dihimpun di lembar Data` +
      (missing.length === 0 ? "; semua Bagian lengkap." : `; belum: ${missing.join(", ")}.`),
    log: {
      scheduled: (start: string, first: string) =>
        `Jadwal SOP ditetapkan: putaran mulai ${start}; langkah 1 direncanakan selesai ${first}.`,
      rescheduled: (start: string) =>
        `Jadwal SOP diubah: putaran mulai ${start}; catatan langkah dipertahankan.`,
      start: (no: number, aktivitas: string) => `Langkah ${no} dimulai: ${aktivitas}.`,
      startImplicit: (no: number) => `Langkah ${no} dicatat mulai bersamaan dengan selesainya.`,
      reason: (open: string, reason: string) => ` Mendahului langkah ${open}; alasan: ${reason}`,
      done: (no: number, aktivitas: string) => `Langkah ${no} selesai: ${aktivitas}.`,
    },
    parafCell: {
      paraf: "Paraf",
      signature: "TTD",
      line: (kind: string, nama: string, nip: string) => `${kind}: ${nama}\nNIP ${nip}`,
      at: (when: string) => when,
      fingerprint: (fp: string) => `Sidik jari ${fp}…`,
      valid: "BERLAKU",
      stale: "TIDAK BERLAKU LAGI: isi Data, Analisis atau Laporan berubah",
      staleDetail: (recorded: string, current: string) =>
        `Isi Data, Analisis atau Laporan berubah sejak dicatat (sidik jari ${recorded}…, sekarang ${current}…); tidak berlaku lagi.`,
    },
    /** Step 5's output, reviewed by steps 6 and 7 (domain/sop/draft-laporan.ts). */
    laporan: {
      missing:
        "Laporan belum disusun: jalankan `kertas-kerja laporan INDUK.xlsx` atau Susun laporan di add-in.",
      step5:
        "Langkah 5 belum dapat diselesaikan: keluarannya, draf laporan kinerja, belum ada di buku kerja.",
      paraf: "Paraf belum dapat dicatat: belum ada draf laporan kinerja untuk diparaf.",
      sign: "Tanda tangan belum dapat dicatat: belum ada laporan kinerja untuk ditandatangani.",
      foundNone: (sheet: string) => `tidak ada lembar ${sheet}`,
      foundEmpty: (sheet: string) => `lembar ${sheet} kosong`,
      expected: "lembar Laporan yang disusun dari Data dan Analisis",
    },
  },
  state: {
    unreadable: (found: string) => `Status SOP tidak dapat dibaca (${found}).`,
    expected: (version: number) => `status SOP Kertas Kerja SAKIP versi ${version}`,
    empty: "kosong",
    brokenJson: "JSON rusak",
    kind: (type: string) => `jenis ${type}`,
    version: (version: string) => `versi ${version}`,
    field: (field: string) => `isian ${field} tidak sah`,
    droppedEvent: (step: number) => `Satu catatan tindakan langkah ${step} tidak dapat dibaca dan diabaikan.`,
    droppedEventExpected: "catatan tindakan yang lengkap",
    repaired: (step: number) =>
      `Waktu mulai/selesai langkah ${step} tidak cocok dengan catatan tindakannya; dipulihkan dari catatan.`,
    repairedExpected: "waktu sesuai catatan tindakan",
  },
} as const;
