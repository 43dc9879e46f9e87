/**
 * Which ExcelApi requirement set each part of the gateway needs. Excel answers for itself through
 * `Office.context.requirements.isSetSupported`; what is missing is skipped and reported, except the
 * baseline, without which the gateway refuses to write.
 */

/**
 * The baseline for writing: worksheet tab colour, freeze panes, `protect(options, password)`,
 * workbook protection state and `NamedItem.formula` are ExcelApi 1.7; everything older
 * (visibility 1.2, names 1.4, suspendApiCalculationUntilNextSync 1.6) comes with it. So do the
 * plans' hyperlinks (Range.hyperlink, 1.7) and charts (charts.add, setPosition, titles 1.1; series
 * add, setValues, setXAxisValues 1.7): neither is an optional feature.
 */
export const BASELINE_WRITE = "1.7";

/**
 * `Worksheet.getRanges` (RangeAreas): one format call for many rectangles. Without it the gateway
 * writes the same formats one rectangle at a time, so nothing is skipped, the request is only larger.
 */
export const RANGE_AREAS = "1.9";

/** Optional features and the set that brings each. */
export const OPTIONAL = {
  /** Range.dataValidation. */
  dataValidation: "1.8",
  /**
   * Worksheet.pageLayout: orientation, paper, zoom (fit to width), margins, print titles and
   * areas (several areas as a RangeAreas, Worksheet.getRanges: 1.9 too).
   */
  pageLayout: "1.9",
  /** Worksheet.autoFilter: filter buttons on a header row. */
  autoFilter: "1.9",
  /** Worksheet.horizontalPageBreaks: the plan's manual page breaks. */
  pageBreaks: "1.9",
  /** Range.getMergedAreasOrNullObject, to report merges when reading. */
  mergedAreas: "1.13",
} as const;

export type OptionalFeature = keyof typeof OPTIONAL;

/** A feature the plan asked for that this Excel could not apply. */
export interface SkippedFeature {
  feature: OptionalFeature;
  requirement: string;
  sheets: string[];
}

export type IsSetSupported = (version: string) => boolean;

/** Asks the running Office host; false where there is no Office (e.g. a unit test without the fake). */
export const officeSupports: IsSetSupported = (version) =>
  typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
