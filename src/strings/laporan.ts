/**
 * Texts of the Laporan Kinerja (LKjIP and the quarterly report): titles, headings, column labels,
 * the lines of a section without data, and the sentence builders the narrative is written with.
 * Every builder takes figures and returns formal Bahasa Indonesia; the report's domain decides
 * which sentence to say and with which figures, so the same master always reads the same.
 */
import { formatNumber, formatPercent, formatRupiah } from "../domain/shared/numbers";
import { roundExcel } from "../domain/shared/rounding";

/** A number, or a word of a qualitative scale ("WTP"), as running text shows it. */
export type Figure = number | string;

const fig = (v: Figure): string => (typeof v === "number" ? formatNumber(v) : v);
const pct = (v: number): string => formatPercent(v);
const q = (s: string): string => `“${s}”`;

/** "a", "a dan b", "a, b dan c" (or "a, b atau c"). */
export function daftar(items: readonly string[], kata = "dan"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${kata} ${items[items.length - 1]}`;
}

/** "24 (77,42 %)": a count and its share of the total. */
const share = (n: number, total: number): string => `${n} (${pct(roundExcel((n / total) * 100, 2))})`;

const SETDA_FUNGSI = [
  "pengoordinasian penyusunan kebijakan Daerah;",
  "pengoordinasian pelaksanaan tugas Dinas Daerah dan Badan Daerah;",
  "pemantauan dan evaluasi pelaksanaan kebijakan Daerah;",
  "pembinaan administrasi dan aparatur sipil negara pada instansi Daerah; dan",
  "pelaksanaan fungsi lain yang diberikan oleh kepala daerah yang berkaitan dengan tugas dan fungsinya.",
];

export const laporan = {
  sheetName: "Laporan",
  title: {
    tahunan: "LAPORAN KINERJA INSTANSI PEMERINTAH",
    triwulan: (periode: string) => `LAPORAN KINERJA ${periode.toUpperCase()}`,
  },
  cover: {
    instansi: (instansi: string, tahun: number) => `${instansi.toUpperCase()} TAHUN ${tahun}`,
    disusun: (tanggal: string) => `Disusun ${tanggal}`,
    note:
      "Angka pada lembar ini adalah rumus atas lembar Data dan Analisis; sumber setiap tabel tercantum di " +
      "bawahnya dan pada Lampiran Sumber Data.",
  },
  /** The two forms, as README and the report state them. */
  forms: {
    tahunan:
      "Bentuk tahunan (Triwulan IV dan Tahunan) mengikuti Permenpan RB Nomor 53 Tahun 2014: Bab I Pendahuluan, " +
      "Bab II Perencanaan Kinerja, Bab III Akuntabilitas Kinerja (capaian per sasaran strategis dengan " +
      "perbandingan antartahun dan terhadap target akhir Renstra, analisis penyebab, efisiensi, program " +
      "pendukung, capaian per Bagian, program, kegiatan dan sub kegiatan, serta realisasi anggaran), Bab IV " +
      "Penutup, dan Lampiran.",
    triwulan:
      "Bentuk triwulan (Triwulan I–III) adalah bentuk ringkas: target dan realisasi s.d. triwulan, capaian, " +
      "serapan, faktor dan tindak lanjut, tanpa perbandingan antartahun, terhadap Renstra dan standar nasional, " +
      "dan tanpa lampiran Perjanjian Kinerja.",
  },
  chapters: {
    bab1: "BAB I PENDAHULUAN",
    bab2: "BAB II PERENCANAAN KINERJA",
    bab3: "BAB III AKUNTABILITAS KINERJA",
    bab4: "BAB IV PENUTUP",
    lampiran: "LAMPIRAN",
  },
  headings: {
    gambaran: "A. Gambaran Umum",
    tugas: "B. Tugas dan Fungsi",
    organisasi: "C. Susunan Organisasi",
    permasalahan: "D. Permasalahan yang Dihadapi",
    sistematika: "E. Sistematika Laporan",
    pk: "A. Perjanjian Kinerja",
    program: "B. Program dan Anggaran",
    capaianOrganisasi: "A. Capaian Kinerja Organisasi",
    perSasaran: "1. Capaian per Sasaran Strategis",
    antarTahun: "2. Perbandingan dengan Tahun Sebelumnya",
    renstra: "3. Perbandingan dengan Target Akhir Renstra",
    standar: "4. Perbandingan dengan Standar Nasional",
    penyebab: (n: number) => `${n}. Analisis Penyebab Keberhasilan dan Kegagalan`,
    efisiensi: (n: number) => `${n}. Analisis Efisiensi Penggunaan Sumber Daya`,
    pendukung: (n: number) => `${n}. Program dan Kegiatan Pendukung`,
    perUnit: (n: number) => `${n}. Capaian per Bagian, Program, Kegiatan dan Sub Kegiatan`,
    anggaran: "B. Realisasi Anggaran",
    kesimpulan: "A. Kesimpulan",
    tindakLanjut: "B. Tindak Lanjut",
    lampiranPk: "A. Perjanjian Kinerja",
    lampiranBagian: (huruf: string) => `${huruf}. Capaian Indikator per Bagian`,
    lampiranStatus: (huruf: string) => `${huruf}. Penyerahan Kertas Kerja`,
    lampiranSumber: (huruf: string) => `${huruf}. Sumber Data`,
  },
  tableTitle: (no: string, text: string) => `Tabel ${no} ${text}`,
  lanjutan: (title: string) => `${title} (lanjutan)`,
  tables: {
    bagian: "Bagian dan Kepala Bagian",
    permasalahan: "Permasalahan (Faktor Penghambat) yang Dituliskan Bagian",
    pk: (tahun: number) => `Sasaran Strategis, Indikator Kinerja Utama dan Target Tahun ${tahun}`,
    programPk: "Program dan Kegiatan Pendukung menurut Perjanjian Kinerja",
    programData: "Program dan Pagu menurut Kertas Kerja",
    sasaran: (no: string, text: string) => `Capaian IKU Sasaran Strategis ${no}: ${text}`,
    antarTahun: "Realisasi IKU Tahun Ini dan Tahun-Tahun Sebelumnya",
    renstra: "Realisasi IKU terhadap Target Akhir Renstra",
    penyebabSasaran: "Faktor Pendorong, Penghambat dan Tindak Lanjut per Sasaran Strategis",
    penyebabProgram: "Faktor Pendorong, Penghambat dan Tindak Lanjut per Program",
    efisiensiSasaran: "Capaian dan Serapan Anggaran per Sasaran Strategis",
    efisiensiBagian: "Capaian dan Serapan Anggaran per Bagian",
    efisiensiProgram: "Capaian dan Serapan Anggaran per Program",
    pendukung: "Anggaran Program dan Kegiatan Pendukung Sasaran Strategis",
    capaianBagian: "Capaian Kinerja per Bagian",
    capaianProgram: "Capaian Kinerja per Program, Kegiatan dan Sub Kegiatan",
    anggaran: "Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan",
    lampiranIku: "Perjanjian Kinerja: IKU, Target dan Rencana Aksi",
    lampiranProgram: "Perjanjian Kinerja: Program dan Kegiatan Pendukung",
    lampiranBagian: (nama: string) => `Capaian Indikator ${nama}`,
    status: "Bagian yang Belum Menyerahkan atau Terlambat",
    sumber: "Sumber Data Setiap Tabel",
    berkas: "Berkas Kertas Kerja yang Dikonsolidasikan",
  },
  columns: {
    no: "No",
    kode: "Kode",
    bagian: "Bagian",
    kepala: "Kepala Bagian",
    nip: "NIP",
    penghambat: "Faktor Penghambat",
    pendorong: "Faktor Pendorong",
    tindakLanjut: "Tindak Lanjut",
    sasaran: "Sasaran Strategis",
    iku: "Indikator Kinerja Utama",
    indikator: "Indikator Kinerja",
    satuan: "Satuan",
    target: (tahun: number) => `Target ${tahun}`,
    targetSd: (periode: string) => `Target s.d. ${periode}`,
    realisasiSd: (periode: string) => `Realisasi s.d. ${periode}`,
    capaian: "Capaian (%)",
    predikat: "Predikat",
    realisasiTahun: (tahun: number) => `Realisasi ${tahun}`,
    perubahan: "Perubahan",
    tren: "Tren",
    targetRenstra: "Target Akhir Renstra",
    progres: "Progres thd Target Akhir (%)",
    programKegiatan: "Program / Kegiatan",
    uraian: "Program / Kegiatan / Sub Kegiatan",
    anggaran: "Anggaran (Rp)",
    pagu: "Pagu (Rp)",
    realisasiAnggaran: "Realisasi (Rp)",
    rataCapaian: "Rata-rata Capaian (%)",
    selisih: "Capaian − Serapan (poin)",
    efisiensi: "Efisiensi",
    jumlahIndikator: "Jumlah Indikator",
    dilaporkan: "Dilaporkan",
    twTarget: ["TW I", "TW II", "TW III", "TW IV"],
    status: "Status",
    ketepatan: "Ketepatan Waktu",
    dikirim: "Dikirim Pada",
    berkas: "Nama Berkas",
    tabel: "Tabel",
    lembar: "Lembar",
    rentang: "Rentang Sel",
    sha256: "SHA-256",
  },
  jumlah: "Jumlah",
  sasaranLabel: (no: string, text: string) => `Sasaran Strategis ${no}: ${text}`,
  capaianSasaran: (no: string) => `Capaian Sasaran Strategis ${no}`,
  sourceLine: (sheet: string, range: string | null) =>
    range === null ? `Sumber: lembar ${sheet}.` : `Sumber: lembar ${sheet}, sel ${range}.`,
  sourceFiles: (names: readonly string[]) => `Berkas: ${names.join(", ")}.`,
  noFiles: "tidak ada (dari Pengaturan atau Perjanjian Kinerja)",
  /** A section without data: one line saying so. */
  empty: {
    bagian: "Daftar Bagian belum diisi pada lembar Pengaturan.",
    permasalahan: "Tidak ada Bagian yang menuliskan faktor penghambat pada periode ini.",
    noPk: "Perjanjian Kinerja belum dimuat pada putaran ini, sehingga sasaran strategis, IKU dan targetnya belum dapat disajikan.",
    noSasaran: "Perjanjian Kinerja yang dimuat tidak memuat sasaran strategis.",
    noIku: "Sasaran strategis ini tidak memiliki Indikator Kinerja Utama.",
    program:
      "Belum ada program dengan anggaran, baik pada Perjanjian Kinerja maupun pada kertas kerja yang diterima.",
    indikator: "Belum ada indikator kinerja pada kertas kerja yang diterima.",
    antarTahun:
      "Perjanjian Kinerja tidak memuat realisasi tahun-tahun sebelumnya, sehingga perbandingan antartahun belum dapat disajikan.",
    renstra:
      "Perjanjian Kinerja tidak memuat target akhir Renstra, sehingga perbandingan dengan target jangka menengah belum dapat disajikan.",
    standar:
      "Kertas kerja dan Perjanjian Kinerja tidak memuat standar nasional untuk IKU, sehingga perbandingan dengan standar nasional tidak disajikan.",
    penyebabSasaran:
      "Bagian penanggung jawab IKU tidak menuliskan faktor pendorong, faktor penghambat maupun tindak lanjut pada periode ini.",
    penyebabProgram:
      "Bagian tidak menuliskan faktor pendorong, faktor penghambat maupun tindak lanjut untuk indikator program pada periode ini.",
    efisiensi: (what: string) =>
      `Belum ada ${what} yang memiliki capaian dan serapan anggaran untuk dibandingkan.`,
    pendukung: "Perjanjian Kinerja tidak mencantumkan program atau kegiatan pendukung sasaran strategis.",
    capaianBagian: "Belum ada Bagian dalam Pengaturan maupun kiriman.",
    capaianProgram: "Belum ada program pada kertas kerja yang diterima.",
    anggaran: "Kertas kerja yang diterima belum memuat pagu dan realisasi anggaran.",
    tindakLanjut: "Bagian tidak menuliskan tindak lanjut pada periode ini.",
    lampiranBagian: "Belum ada Bagian yang menyerahkan kertas kerja.",
    status: "Seluruh Bagian telah menyerahkan kertas kerja tepat waktu.",
    sumber: "Tidak ada tabel dalam laporan ini.",
    berkas: "Belum ada berkas kertas kerja yang dikonsolidasikan.",
  },
  signature: {
    jabatanDefault: "Sekretaris Daerah",
    nip: (nip: string) => `NIP. ${nip}`,
    missing: "Penanda tangan laporan (Sekretaris Daerah) belum diisi pada lembar Pengaturan.",
  },
  setdaFungsi: SETDA_FUNGSI,
  /** The sentences of the narrative, each a function of its figures. */
  kalimat: {
    gambaranTahunan: (instansi: string, tahun: number) =>
      `Laporan Kinerja Instansi Pemerintah (LKjIP) ${instansi} Tahun ${tahun} disusun sebagai ` +
      `pertanggungjawaban atas pelaksanaan Perjanjian Kinerja Tahun ${tahun}, sesuai Peraturan Menteri ` +
      `Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.`,
    gambaranTriwulan: (instansi: string, tahun: number, periode: string) =>
      `Laporan Kinerja ${periode} Tahun ${tahun} ${instansi} menyajikan capaian kinerja s.d. ${periode} ` +
      `sebagai bahan pemantauan pelaksanaan Perjanjian Kinerja Tahun ${tahun}.`,
    sumberAngka: (disusun: string) =>
      `Seluruh angka dalam laporan ini dihitung dari kertas kerja yang diserahkan Bagian dan dikonsolidasikan ` +
      `ke buku kerja induk; laporan disusun pada ${disusun}.`,
    tugasSetda:
      "Sesuai Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah, Sekretariat Daerah mempunyai " +
      "tugas membantu kepala daerah dalam penyusunan kebijakan dan pengoordinasian administratif terhadap " +
      "pelaksanaan tugas Perangkat Daerah serta pelayanan administratif. Dalam melaksanakan tugas tersebut, " +
      "Sekretariat Daerah menyelenggarakan fungsi:",
    tugasUmum: (instansi: string) =>
      `${instansi} melaksanakan tugas dan fungsi sebagaimana ditetapkan dalam peraturan perundang-undangan ` +
      `tentang kedudukan, susunan organisasi, tugas dan fungsinya.`,
    organisasi: (instansi: string, n: number) =>
      `Dalam melaksanakan tugas dan fungsinya, ${instansi} terdiri atas ${n} Bagian, masing-masing dipimpin ` +
      `oleh seorang Kepala Bagian, sebagai berikut.`,
    permasalahan: (periode: string, pokok: number, bagian: number) =>
      `Permasalahan yang dihadapi pada ${periode}, sebagaimana dituliskan oleh ${bagian} Bagian sebagai faktor ` +
      `penghambat dalam kertas kerjanya, dihimpun menjadi ${pokok} pokok permasalahan; teks yang sama dari ` +
      `beberapa Bagian dicantumkan sekali.`,
    sistematika: (bab: readonly string[]) => `Laporan ini disusun dengan sistematika: ${daftar(bab)}.`,
    pk: (tahun: number, sasaran: number, iku: number) =>
      `Perjanjian Kinerja Tahun ${tahun} memuat ${sasaran} sasaran strategis dengan ${iku} Indikator Kinerja ` +
      `Utama (IKU) beserta targetnya, sebagai berikut.`,
    programPk: (n: number, total: number | null) =>
      `Sasaran strategis tersebut didukung oleh ${n} program dan kegiatan menurut Perjanjian Kinerja` +
      (total === null ? "." : `, dengan anggaran seluruhnya ${formatRupiah(total)}.`),
    programData: (n: number, total: number | null) =>
      `Menurut kertas kerja yang diterima, terdapat ${n} program` +
      (total === null ? "." : ` dengan pagu seluruhnya ${formatRupiah(total)}.`),
    kiriman: (periode: string, sudah: number, total: number, belum: number, terlambat: number) =>
      (belum === 0
        ? `Capaian kinerja ${periode} dihitung dari kertas kerja seluruh ${total} Bagian`
        : `Capaian kinerja ${periode} dihitung dari kertas kerja ${sudah} dari ${total} Bagian; ${belum} Bagian belum menyerahkan`) +
      (terlambat === 0 ? "." : `, dan ${terlambat} Bagian menyerahkan setelah batas waktu.`),
    /** "Dari 31 indikator kinerja, 24 (77,42 %) berpredikat Sangat Tinggi, 5 (16,13 %) Tinggi dan …". */
    sebaran: (
      what: string,
      total: number,
      rated: readonly { label: string; count: number }[],
      belum: number,
      tidak: number,
    ) => {
      const parts = rated.map(
        (r, i) => `${share(r.count, total)} ${i === 0 ? "berpredikat " : ""}${r.label}`,
      );
      if (belum > 0) parts.push(`${share(belum, total)} belum dilaporkan`);
      if (tidak > 0) parts.push(`${share(tidak, total)} tidak dapat dihitung capaiannya`);
      return rated.length === 0
        ? `Dari ${total} ${what}, belum ada yang dapat dinilai: ${daftar(parts)}.`
        : `Dari ${total} ${what}, ${daftar(parts)}.`;
    },
    sasaranCapaian: (
      no: string,
      capaian: number,
      predikat: string,
      dinilai: number,
      iku: number,
      cap: number,
    ) =>
      `Capaian Sasaran Strategis ${no} sebesar ${pct(capaian)} dengan predikat ${predikat}, yaitu rata-rata ` +
      `capaian ${dinilai} dari ${iku} IKU-nya yang dapat dihitung (masing-masing dibatasi ${formatNumber(cap)} %).`,
    sasaranBelum: (no: string, predikat: string) =>
      `Sasaran Strategis ${no} belum dapat dinilai (${predikat.toLowerCase()}).`,
    ikuCapaian: (
      indikator: string,
      capaian: number,
      realisasi: Figure,
      target: Figure,
      satuan: string,
      predikat: string,
    ) =>
      `Capaian IKU ${q(indikator)} sebesar ${pct(capaian)} (realisasi ${fig(realisasi)} dari target ` +
      `${fig(target)}${satuan === "" ? "" : ` ${satuan}`}), berpredikat ${predikat}.`,
    ikuBelum: (indikator: string) => `IKU ${q(indikator)} belum dilaporkan realisasinya.`,
    ikuTidak: (indikator: string) =>
      `Capaian IKU ${q(indikator)} tidak dapat dihitung karena targetnya kosong atau nol.`,
    /** "Realisasi IKU “X” Tahun 2026 sebesar 74, naik 7,5 dari 66,5 pada Tahun 2025 (membaik)." */
    ikuPerubahan: (
      indikator: string,
      tahun: number,
      realisasi: number,
      tahunLalu: number,
      lalu: number,
      perubahan: number,
      tren: string,
    ) =>
      `Realisasi IKU ${q(indikator)} Tahun ${tahun} sebesar ${fig(realisasi)}, ` +
      (perubahan === 0
        ? `sama dengan realisasi Tahun ${tahunLalu}.`
        : `${perubahan > 0 ? "naik" : "turun"} ${fig(Math.abs(perubahan))} dari ${fig(lalu)} pada Tahun ` +
          `${tahunLalu} (${tren.toLowerCase()}).`),
    ikuRenstra: (indikator: string, progres: number, target: Figure) =>
      `Realisasi IKU ${q(indikator)} telah mencapai ${pct(progres)} dari target akhir Renstra sebesar ${fig(target)}.`,
    antarTahun: (tahunLalu: number | null) =>
      `Realisasi IKU tahun ini dibandingkan dengan realisasi tahun-tahun sebelumnya menurut Perjanjian Kinerja` +
      (tahunLalu === null ? "." : `; perubahan dan tren dihitung terhadap Tahun ${tahunLalu}.`),
    renstra:
      "Progres terhadap target akhir Renstra adalah realisasi tahun ini dibagi target akhir Renstra (polaritas " +
      "negatif: sebaliknya).",
    penyebab:
      "Faktor pendorong, faktor penghambat dan tindak lanjut berikut dikutip sebagaimana dituliskan Bagian " +
      "dalam kertas kerjanya.",
    efisiensiMetode: (margin: number, serapan: string) =>
      `Efisiensi penggunaan sumber daya dinilai dengan membandingkan rata-rata capaian kinerja dengan ${serapan}: ` +
      `selisih sekurang-kurangnya +${margin} poin dinilai Efisien, selisih −${margin} poin atau kurang dinilai ` +
      `Perlu perhatian, dan di antaranya Sebanding. Metode lengkapnya tercantum pada lembar Analisis.`,
    /** "Dari 9 Bagian, 7 dapat dinilai efisiensinya: 3 Efisien, 2 Sebanding dan 2 Perlu perhatian." */
    efisiensiSebaran: (what: string, total: number, parts: readonly { label: string; count: number }[]) => {
      const dinilai = parts.reduce((a, p) => a + p.count, 0);
      const list = daftar(parts.filter((p) => p.count > 0).map((p) => `${p.count} ${p.label}`));
      return dinilai === total
        ? `Dari ${total} ${what}, ${list}.`
        : `Dari ${total} ${what}, ${dinilai} dapat dinilai efisiensinya: ${list}.`;
    },
    pendukung:
      "Program dan kegiatan pendukung tiap sasaran strategis menurut Perjanjian Kinerja, dengan pagu, realisasi " +
      "dan serapannya; baris Jumlah memuat seluruh anggaran pendukung sasaran itu.",
    tertinggi: (what: string, tinggi: string, nilaiTinggi: number, rendah: string, nilaiRendah: number) =>
      `Rata-rata capaian tertinggi per ${what} dicapai ${tinggi} (${pct(nilaiTinggi)}) dan terendah ${rendah} ` +
      `(${pct(nilaiRendah)}).`,
    satuSatunya: (nama: string, nilai: number) => `Rata-rata capaian ${nama} sebesar ${pct(nilai)}.`,
    anggaranTahunan: (tahun: number, realisasi: number, pagu: number, serapan: number) =>
      `Realisasi anggaran Tahun ${tahun} sebesar ${formatRupiah(realisasi)} dari pagu ${formatRupiah(pagu)} ` +
      `(serapan ${pct(serapan)}).`,
    anggaranTriwulan: (
      periode: string,
      realisasi: number,
      pagu: number,
      serapanPagu: number,
      serapan: number,
    ) =>
      `Realisasi anggaran s.d. ${periode} sebesar ${formatRupiah(realisasi)} dari pagu setahun ` +
      `${formatRupiah(pagu)}, atau ${pct(serapanPagu)} dari pagu dan ${pct(serapan)} dari anggaran yang ` +
      `direncanakan s.d. ${periode}.`,
    serapanTahunan: "serapan anggaran",
    serapanTriwulan: (periode: string) => `serapan terhadap anggaran yang direncanakan s.d. ${periode}`,
    kesimpulanSasaran: (items: readonly string[]) => `Capaian sasaran strategis: ${daftar(items)}.`,
    sasaranItem: (no: string, capaian: number | null, predikat: string) =>
      capaian === null
        ? `Sasaran ${no} ${predikat.toLowerCase()}`
        : `Sasaran ${no} ${pct(capaian)} (${predikat})`,
    perhatian: (n: number, labels: readonly string[]) =>
      `Sebanyak ${n} indikator berpredikat ${daftar(labels, "atau")} dan ` +
      `memerlukan perhatian pada periode berikutnya.`,
    tindakLanjut: (n: number) =>
      `Tindak lanjut yang direncanakan Bagian dihimpun dari kertas kerja menjadi ${n} butir (teks yang sama ` +
      `dicantumkan sekali):`,
    tindakLanjutItem: (text: string, bagian: readonly string[]) => `${text} (${daftar(bagian)})`,
    penutup: (instansi: string) =>
      `Demikian Laporan Kinerja ini disusun sebagai bahan pertanggungjawaban dan evaluasi kinerja ${instansi}. ` +
      `Setiap angka dalam laporan ini dapat ditelusuri ke sel lembar Data dan Analisis buku kerja induk ` +
      `sebagaimana tercantum pada Lampiran Sumber Data.`,
    lampiranBagian: (n: number, nama: string, periode: string) =>
      `Capaian ${n} indikator kinerja ${nama} s.d. ${periode}.`,
    status: (belum: number, terlambat: number) =>
      `Pada periode ini, ${daftar([
        ...(belum > 0 ? [`${belum} Bagian belum menyerahkan kertas kerja`] : []),
        ...(terlambat > 0 ? [`${terlambat} Bagian menyerahkan setelah batas waktu`] : []),
      ])}.`,
    sumber:
      "Setiap tabel laporan ini dibaca dari lembar buku kerja induk berikut; pada lembar Laporan, angkanya adalah " +
      "rumus atas sel tersebut. Nilai lembar Data berasal dari berkas kertas kerja yang tercantum, yang dapat " +
      "diperiksa keasliannya dengan sidik SHA-256-nya.",
  },
} as const;
