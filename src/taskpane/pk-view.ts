/**
 * The Perjanjian Kinerja as the pane shows it: per sasaran strategis its IKU, each with its target
 * and the Bagian responsible as the domain will assign it (`ikuOwners`: the same matching that
 * decides whose kertas kerja an IKU goes to). Pure.
 */
import { ikuOwners } from "../domain/kertas-kerja/iku-section";
import type { BagianInfo } from "../domain/setup/setup-types";
import { formatNumber } from "../domain/shared/numbers";
import type { IndicatorKey, PerjanjianKinerja, TargetValue } from "../domain/shared/types";

/** Who reports an IKU: a Bagian of the setup; one the setup lacks; none written; or, without a setup, as written. */
export type IkuOwner =
  | { kind: "bagian"; bagian: BagianInfo }
  | { kind: "unknown"; written: string }
  | { kind: "none" }
  | { kind: "unmatched"; written: string | null };

export interface IkuLine {
  key: IndicatorKey;
  indikator: string;
  satuan: string;
  /** The annual target as written on the sheet ("85,5", "WTP"); null when there is none. */
  target: string | null;
  owner: IkuOwner;
}

export interface SasaranLines {
  no: string;
  text: string;
  iku: IkuLine[];
}

export interface PkView {
  sasaran: SasaranLines[];
  ikuCount: number;
  /** IKU that go to no kertas kerja: their Bagian is unknown to the setup, or not written. */
  flagged: number;
}

const targetText = (v: TargetValue | null): string | null =>
  v === null ? null : typeof v === "number" ? formatNumber(v) : v;

/** The PK per sasaran, in the PK's order; `bagian` null while no setup is saved (nothing is matched). */
export function pkView(pk: PerjanjianKinerja, bagian: readonly BagianInfo[] | null): PkView {
  const owners = bagian ? ikuOwners(pk, bagian).byKey : null;
  const groups = new Map<string, SasaranLines>(
    pk.sasaran.map((s) => [s.no, { no: s.no, text: s.text, iku: [] }]),
  );
  let flagged = 0;
  for (const iku of pk.iku) {
    let owner: IkuOwner;
    if (!owners) owner = { kind: "unmatched", written: iku.bagian };
    else {
      const found = owners.get(iku.key) ?? null;
      owner = found
        ? { kind: "bagian", bagian: found }
        : iku.bagian
          ? { kind: "unknown", written: iku.bagian }
          : { kind: "none" };
      if (!found) flagged++;
    }
    const group = groups.get(iku.sasaranNo) ?? { no: iku.sasaranNo, text: "", iku: [] };
    groups.set(iku.sasaranNo, group);
    group.iku.push({
      key: iku.key,
      indikator: iku.indikator,
      satuan: iku.satuan,
      target: targetText(iku.targetTahunan),
      owner,
    });
  }
  return { sasaran: [...groups.values()], ikuCount: pk.iku.length, flagged };
}
