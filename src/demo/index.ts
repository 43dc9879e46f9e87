/** Sample data for the demo, the tests and the benchmark: pure data and sheet plans. */
export {
  SAMPLE_BAGIAN,
  SAMPLE_INSTANSI,
  SAMPLE_PEMDA,
  SAMPLE_TAHUN,
  sampleDpaRows,
  type SampleDpaRow,
  type SampleIndicator,
} from "./sample-dpa";
export { SAMPLE_DPA_SHEET, SAMPLE_FAULTY_ROWS, buildSampleDpaPlan } from "./sample-dpa-sheet";
export {
  SAMPLE_PRIOR_SHEET,
  buildSamplePriorPlan,
  samplePriorRows,
  type SamplePriorRow,
} from "./sample-prior";
export { SAMPLE_PK_SASARAN, buildSamplePkPlan, samplePerjanjianKinerja } from "./sample-pk";
export { SAMPLE_KEPALA, SAMPLE_PEJABAT, sampleKepalaOf, withSampleOfficials } from "./sample-officials";
