/** Charts and hyperlinks of sheet plans: why a plan holding them cannot be written. */
export const charts = {
  plan: {
    hyperlinkScheme: (address: string, link: string) =>
      `tautan di ${address} bukan alamat web http:// atau https://: "${link}" ` +
      `(tautan berkas, jaringan, javascript: atau mailto: tidak ditulis)`,
    hyperlinkTooLong: (address: string, max: number) => `tautan di ${address} lebih dari ${max} karakter`,
    hyperlinkOnFormula: (address: string) => `tautan di ${address} tidak dapat dipasang pada sel berumus`,
    hyperlinkCount: (max: number) => `tautan lebih dari ${max} dalam satu lembar`,
    kind: (title: string, kind: string) =>
      `jenis grafik "${title}" tidak dikenal: "${kind}" (bar atau scatter)`,
    titleEmpty: "judul grafik kosong",
    noSeries: (title: string) => `grafik "${title}" tidak memiliki seri data`,
    anchor: (title: string, cell: string) =>
      `posisi grafik "${title}" tidak sah: "${cell}" (harus alamat satu sel, contoh "H2")`,
    anchorOrder: (title: string) =>
      `posisi grafik "${title}": sel kanan bawah harus di kanan bawah sel kiri atas`,
    range: (title: string, range: string) =>
      `rentang grafik "${title}" tidak sah: "${range}" ` +
      `(harus satu kolom di lembar yang sama, tanpa nama lembar, contoh "B5:B13")`,
    lengths: (title: string, categories: string, values: string) =>
      `rentang kategori ${categories} dan nilai ${values} grafik "${title}" tidak sama panjang`,
  },
} as const;
