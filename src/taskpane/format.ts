/** Numbers the way an Indonesian reader writes them: 1.250.000,5. */
const number = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
});

export const formatNumber = (n: number): string => number.format(n);
export const formatRupiah = (n: number): string => rupiah.format(n);
