/** Messages of preparing a round (assigning Bagian, matching the prior report). */
export const round = {
  unassigned: (level: string, kode: string, name: string) =>
    `${level} ${kode} (${name}) belum punya Bagian: pilih Bagian pelaksananya sebelum membuat kertas kerja.`,
  unknownBagian: (written: string, kode: string) =>
    `Bagian "${written}" pada ${kode} tidak ada dalam daftar Bagian di Pengaturan.`,
  expectedBagian: (names: string) => `salah satu Bagian di Pengaturan: ${names}`,
  noIndicators: (nama: string) =>
    `${nama} tidak mempunyai indikator dalam DPA ini; kertas kerjanya tidak dibuat.`,
  level: { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub kegiatan" },
  noBagianAtAll: "Tidak ada Bagian di Pengaturan maupun di DPA: tambahkan Bagian lebih dahulu.",
  nothing: "nol indikator",
  /** The IKU of the Perjanjian Kinerja and the Bagian responsible for them. */
  iku: {
    noBagian: (indikator: string) =>
      `IKU "${indikator}" belum menyebut Bagian penanggung jawab: isi kolom Bagian Penanggung Jawab pada Perjanjian Kinerja; sampai itu, IKU ini tidak masuk kertas kerja mana pun.`,
    unknownBagian: (indikator: string, written: string) =>
      `Bagian penanggung jawab "${written}" pada IKU "${indikator}" tidak ada dalam daftar Bagian di Pengaturan; IKU ini tidak masuk kertas kerja mana pun.`,
    expectedBagian: (names: string) => `salah satu Bagian di Pengaturan: ${names}`,
    nothing: "(kosong)",
    collected: (iku: number, bagian: number) =>
      `${iku} IKU Perjanjian Kinerja dikumpulkan melalui kertas kerja ${bagian} Bagian penanggung jawabnya.`,
  },
} as const;
