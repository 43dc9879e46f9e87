/**
 * Every text a user reads — task pane, sheets, CLI, errors — in Bahasa Indonesia. One module
 * (split by area so that each file stays small); another language would add a sibling set.
 */
import { common } from "./common";
import { excel } from "./excel";
import { xlsx } from "./xlsx";
import { sheetPlan } from "./sheetPlan";
import { returnedFile } from "./returnedFile";
import { charts } from "./charts";
import { dpa } from "./dpa";
import { taskpane } from "./taskpane";
import { cli } from "./cli";
import { kertasKerja } from "./kertasKerja";
import { round } from "./round";
import { imports } from "./imports";
import { setup } from "./setup";
import { surat } from "./surat";
import { sop } from "./sop";
import { sopLog } from "./sopLog";
import { consolidate } from "./consolidate";
import { analysis } from "./analysis";
import { returned } from "./returned";
import { pk } from "./pk";
import { pkSheet } from "./pkSheet";
import { priorMaster } from "./priorMaster";

export const S = {
  common,
  excel,
  xlsx,
  sheetPlan,
  returnedFile,
  charts,
  dpa,
  taskpane,
  cli,
  kertasKerja,
  round,
  imports,
  setup,
  surat,
  sop,
  sopLog,
  consolidate,
  analysis,
  returned,
  pk,
  pkSheet,
  priorMaster,
} as const;
