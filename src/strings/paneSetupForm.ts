import { formatNumber } from "../domain/shared/numbers";

/** The task pane's words for the Pengaturan form: the problems of a save, the Bagian from the DPA. */
export const paneSetupForm = {
  summary: {
    title: (n: number) => `${formatNumber(n)} isian perlu diperbaiki`,
    unsaved: "Pengaturan belum disimpan. Pilih isian di bawah untuk menuju ke sana.",
    item: (label: string, message: string) => `${label}: ${message}`,
    /** A field inside a row: "Bagian Hukum · NIP Kepala Bagian". */
    inRow: (row: string, field: string) => `${row} · ${field}`,
    bagianRow: (n: number) => `Bagian ${n}`,
    pejabatRow: (peran: string, n: number) => `${peran} ${n}`,
    jamKerja: (hari: string) => `Jam kerja ${hari}`,
    liburRow: (n: number) => `Hari libur ${n}`,
    bagianList: "Daftar Bagian",
  },
  proposal: {
    /** A Bagian the DPA gives only by its code. */
    codeOnly: (kode: string) => `kode ${kode}`,
    filled: (n: number) => `${formatNumber(n)} Bagian diisi dari DPA, belum disimpan.`,
    filledHint:
      "Periksa kodenya, isi nama Bagian yang masih kosong dan Kepala Bagian, lalu tekan Simpan pengaturan.",
    missing: (n: number, list: string, sub: number) =>
      `DPA menyebut ${formatNumber(n)} Bagian yang belum ada: ${list}. ` +
      `${formatNumber(sub)} sub kegiatannya belum punya Bagian.`,
    add: "Tambahkan",
    addLabel: (n: number) => `Tambahkan ${formatNumber(n)} Bagian dari DPA`,
    added: (n: number) => `${formatNumber(n)} Bagian dari DPA ditambahkan, belum disimpan.`,
    /** Under a Bagian of the form: what the DPA's rows naming it carry. */
    share: (sub: number, ind: number) =>
      `Di DPA: ${formatNumber(sub)} sub kegiatan, ${formatNumber(ind)} indikator.`,
    noShare: "Tidak disebut di DPA.",
  },
  dpa: {
    toSetup: "Bagian yang disebut DPA ini diusulkan di Pengaturan: periksa di sana, lalu simpan.",
  },
};
