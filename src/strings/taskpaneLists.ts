import { formatNumber } from "../domain/shared/numbers";

/** The task pane's words for its long lists: the review filters, the Bagian delete, the holidays. */
export const taskpaneLists = {
  review: {
    filtersLabel: "Saring indikator",
    bagian: "Bagian",
    allBagian: "Semua Bagian",
    status: "Status",
    statuses: {
      all: "Semua",
      "needs-review": "Perlu ditinjau",
      changed: "Sudah diubah",
      qualitative: "Tanpa target angka",
    },
    search: "Cari indikator atau kode",
    shown: (shown: number, total: number) => `${formatNumber(shown)} dari ${formatNumber(total)} indikator`,
    groupTitle: (nama: string, kode: string, n: number) => `${nama} (${kode}) · ${formatNumber(n)} indikator`,
    none: "Tidak ada indikator yang cocok dengan saringan ini.",
    clear: "Hapus saringan",
  },
  bagian: {
    removed: (label: string) => `Bagian ${label} dihapus.`,
    undo: "Urungkan",
    undoLabel: (label: string) => `Urungkan penghapusan Bagian ${label}`,
  },
  libur: {
    summary: (n: number, tahun: string) =>
      tahun ? `${formatNumber(n)} hari libur ${tahun}` : `${formatNumber(n)} hari libur`,
    edit: "ubah",
    editLabel: "Ubah jam kerja dan hari libur",
    collapse: "Tutup hari libur",
  },
};
