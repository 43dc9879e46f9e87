/**
 * The task pane's words around a result that takes the focus, the header's collection and
 * lateness lines, and the saved working state of version 2 (which carries a PK not yet written).
 */
export const paneFocus = {
  prior: {
    cleared: "Laporan sebelumnya tidak dipakai: kertas kerja dibuat tanpa realisasi sebelumnya.",
  },
  header: {
    /** "3 dari 5 Bagian sudah mengirim" */
    collection: (submitted: number, of: number) => `${submitted} dari ${of} Bagian sudah mengirim`,
    /** After the collection line when step 4 is past its deadline: who has not sent yet. */
    lateBagian: (names: string) => ` — terlambat: ${names}`,
    lateStep: (no: number, late: string) => `langkah ${no} (${late})`,
    late: (list: string) => `Terlambat: ${list}`,
    onTime: "Tidak ada yang terlambat.",
  },
  paneState: {
    note: "Keadaan kerja panel add-in (impor DPA, PK yang belum ditulis ke lembar, pilihan Bagian, tinjauan indikator). Jangan diubah.",
    expected: "lembar _pane_state versi 1, 2 atau 3 yang ditulis add-in ini",
  },
} as const;
