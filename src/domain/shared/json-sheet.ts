/**
 * A very hidden sheet that carries a JSON document: a marker and version in row 1, a note for
 * people in row 2, then the JSON cut into chunks down column A (Excel holds at most 32,767
 * characters in a cell). Used for the kertas kerja metadata and the SOP state.
 */
import type { CellValue, SheetPlan, SheetSnapshot } from "../../sheet/plan";

/** Chunk length, well below Excel's 32,767 characters per cell. */
export const JSON_CHUNK = 30_000;

export interface JsonSheetSpec {
  name: string;
  marker: string;
  version: number;
  note: string;
  /** The JSON text to store. */
  json: string;
}

/** The plan of a very hidden JSON sheet. */
export function jsonSheetPlan(spec: JsonSheetSpec): SheetPlan {
  const chunks: string[] = [];
  for (let i = 0; i < spec.json.length; i += JSON_CHUNK) chunks.push(spec.json.slice(i, i + JSON_CHUNK));
  return {
    name: spec.name,
    visibility: "veryHidden",
    rows: [
      [{ value: spec.marker, style: "meta" }, { value: spec.version }],
      [{ value: spec.note, style: "meta" }],
      ...chunks.map((c) => [{ value: c, style: "meta" }]),
    ],
    styles: { meta: { numberFormat: "@" } },
    columns: [{ width: 60 }],
    merges: [],
    validations: [],
    protection: {},
  };
}

export type JsonSheetRead =
  | { ok: true; value: unknown }
  | { ok: false; problem: "marker"; found: CellValue | undefined }
  | { ok: false; problem: "json" };

/** Reads the JSON of a sheet written by `jsonSheetPlan`; never throws. */
export function readJsonSheet(snapshot: SheetSnapshot, marker: string): JsonSheetRead {
  const found = snapshot.values[0]?.[0];
  if (found !== marker) return { ok: false, problem: "marker", found };
  const json = snapshot.values
    .slice(2)
    .map((r) => r[0])
    .filter((v): v is string => typeof v === "string")
    .join("");
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return { ok: false, problem: "json" };
  }
}
