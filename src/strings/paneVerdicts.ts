import { formatNumber } from "../domain/shared/numbers";

/** The task pane's words for a long list of returned files: filters by Bagian, verdict and text. */
export const paneVerdicts = {
  filtersLabel: "Saring laporan berkas",
  bagian: "Bagian",
  allBagian: "Semua Bagian",
  noBagian: "Tanpa Bagian",
  status: "Status",
  statuses: {
    all: "Semua",
    rejected: "Ditolak",
    warnings: "Dengan catatan",
    accepted: "Diterima",
  },
  search: "Cari berkas, Bagian, sel atau pesan",
  shown: (shown: number, total: number) => `${formatNumber(shown)} dari ${formatNumber(total)} berkas`,
  /** "Ditolak · 3 berkas" */
  groupTitle: (verdict: string, n: number) => `${verdict} · ${formatNumber(n)} berkas`,
  none: "Tidak ada berkas yang cocok dengan saringan ini.",
};
