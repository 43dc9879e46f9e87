/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { BagianExportRow } from "../../src/taskpane/BagianExportRow";
import { IssueTable } from "../../src/taskpane/IssueTable";
import { Notice, liveRole } from "../../src/taskpane/Notice";
import type { IndicatorGroup } from "../../src/taskpane/services";
import type { Issue } from "../../src/domain/shared/types";
import { renderPane } from "./render";

describe("notices are live regions", () => {
  it("a failure interrupts, anything else waits", () => {
    expect(liveRole("error")).toBe("alert");
    expect(liveRole("warning")).toBe("status");
    expect(liveRole("success")).toBe("status");
    expect(liveRole("info")).toBe("status");
  });

  it("renders its message inside the role", () => {
    renderPane(<Notice intent="error" title="Gagal menulis" />);
    expect(screen.getByRole("alert")).toHaveTextContent("Gagal menulis");
  });
});

describe("a Bagian's export button", () => {
  it("has a name that contains its visible label and names the Bagian", () => {
    const group = {
      bagian: { kode: "01", nama: "Bagian Hukum" },
      nodes: [],
      items: [],
    } as unknown as IndicatorGroup;
    renderPane(<BagianExportRow group={group} busy={false} disabled={false} onExport={() => undefined} />);
    const button = screen.getByRole("button", { name: "Ekspor kertas kerja Bagian Hukum" });
    expect(button.textContent).toBe("Ekspor");
    expect(button.getAttribute("aria-label")).toContain(button.textContent);
    // 0 indicators, 0 sub kegiatan, Rp0 pagu, in id-ID form
    expect(screen.getByText(/0 indikator · 0 sub kegiatan/)).toBeInTheDocument();
  });
});

describe("the issue table", () => {
  const issue = (n: number): Issue =>
    ({ severity: "error", message: `Masalah ${n}`, row: n, cell: `B${n}` }) as unknown as Issue;

  it("names a row's cell by a group (no aria-label on a bare span) and counts in id-ID form", () => {
    const issues = Array.from({ length: 1234 }, (_, i) => issue(i + 1));
    renderPane(<IssueTable issues={issues} />);
    expect(screen.getAllByRole("group", { name: "Sel" })[0]).toHaveTextContent("B1");
    // 1234 errors → "1.234 galat"; 1234 − 200 shown → "1.034 lainnya"
    expect(screen.getByText("1.234 galat · 0 peringatan · 0 info")).toBeInTheDocument();
    expect(screen.getByText("… dan 1.034 lainnya.")).toBeInTheDocument();
    for (const span of document.querySelectorAll("span[aria-label]"))
      expect(span.getAttribute("role")).not.toBeNull();
  });
});
