/** The task pane's words for its frame: the first-load shell, scroll regions, live notices. */
export const taskpaneLook = {
  /** While the rest of the pane downloads (the first load holds only React, Fluent and this shell). */
  opening: "Membuka panel…",
  loadFailed: "Panel gagal dimuat. Tutup lalu buka kembali panel ini.",
  loadFailedDetail: "Keterangan teknis",
  /** A scrolling table takes focus so that keyboard users can scroll it. */
  scrollRegion: (caption: string) => `${caption} (dapat digulir)`,
};
