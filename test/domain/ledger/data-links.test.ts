import { dataColIndex } from "../../../src/domain/ledger/data-layout";
import { keepLinksWithinLimit } from "../../../src/domain/ledger/data-links";
import type { CellPlan } from "../../../src/sheet/plan";

/** A Data row whose bukti dukung (text and URL) links to `url`. */
function linkedRow(url: string): (CellPlan | null)[] {
  const row: (CellPlan | null)[] = [];
  row[dataColIndex.buktiDukung] = { value: "Laporan", style: "text", hyperlink: url };
  row[dataColIndex.buktiDukungUrl] = { value: url, style: "text", hyperlink: url };
  return row;
}

const links = (rows: (CellPlan | null)[][]) => rows.flat().filter((c) => c?.hyperlink !== undefined);

test("within Excel's limit, every link stays", () => {
  const rows = [linkedRow("https://a.example"), linkedRow("https://b.example")];
  keepLinksWithinLimit(rows, 4);
  expect(links(rows)).toHaveLength(4);
});

test("past the limit the text loses its link first, then the last URLs; no value is lost", () => {
  const rows = [1, 2, 3].map((i) => linkedRow(`https://${i}.example`));
  keepLinksWithinLimit(rows, 5);
  expect(links(rows).map((c) => c?.value)).toEqual([
    "https://1.example",
    "https://2.example",
    "https://3.example",
  ]);
  keepLinksWithinLimit(rows, 2);
  expect(links(rows).map((c) => c?.value)).toEqual(["https://1.example", "https://2.example"]);
  expect(rows.map((r) => [r[dataColIndex.buktiDukung], r[dataColIndex.buktiDukungUrl]])).toEqual(
    [1, 2, 3].map((i) => [
      { value: "Laporan", style: "text" },
      i < 3
        ? { value: `https://${i}.example`, style: "text", hyperlink: `https://${i}.example` }
        : { value: `https://${i}.example`, style: "text" },
    ]),
  );
});
