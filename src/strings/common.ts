/** Words shared across areas. */
export const common = {
  productName: "Kertas Kerja SAKIP",
  periode: {
    TW1: "Triwulan I",
    TW2: "Triwulan II",
    TW3: "Triwulan III",
    TW4: "Triwulan IV",
    TAHUNAN: "Tahunan",
  },
  polarity: { positif: "Positif", negatif: "Negatif" },
  aggregation: { kumulatif: "Kumulatif", "nilai-akhir": "Nilai Akhir", persentase: "Persentase" },
  severity: { error: "Galat", warning: "Peringatan", info: "Info" },
} as const;
