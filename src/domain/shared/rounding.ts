/**
 * Rounds half away from zero to `digits` decimals, the way Excel's ROUND does.
 *
 * Excel rounds the value as it shows it to 15 significant digits, so ROUND(2.675, 2) is 2.68
 * although the double nearest 2.675 lies below it; plain `Math.round(x * 100) / 100` gives 2.67.
 * Capaian is rated on the rounded value, so the domain and the sheet must round alike.
 * @example roundExcel(2.675, 2) === 2.68; roundExcel(-1.005, 2) === -1.01
 */
export function roundExcel(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const shown = Number(x.toPrecision(15));
  const sign = shown < 0 ? -1 : 1;
  const scaled = Number(`${Math.abs(shown)}e${digits}`);
  return sign * Number(`${Math.round(scaled)}e${-digits}`) || 0;
}
