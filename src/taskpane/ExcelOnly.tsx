import { S } from "../strings";
import { Notice } from "./Notice";

/** Shown when the page is opened outside Excel (a browser tab, Word, …). */
export function ExcelOnly() {
  return (
    <Notice intent="warning" title={S.common.productName}>
      {S.taskpane.notInExcel}
    </Notice>
  );
}
