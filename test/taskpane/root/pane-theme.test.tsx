/** @jest-environment jsdom */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import {
  chooseLook,
  contrastRatio,
  paneTheme,
  parseHex,
  readOfficeColours,
} from "../../../src/taskpane/root/pane-theme";
import { ThemedPane } from "../../../src/taskpane/root/ThemedPane";
import { installOfficeTheme, OFFICE_THEMES, type FakeOfficeTheme } from "../../fakes/office-theme-fake";
import { installExcelFake } from "../../fakes/excel-fake";

describe("the colours Office gives", () => {
  it("reads #RGB and #RRGGBB, nothing else", () => {
    expect(parseHex("#FFA500")).toEqual([255, 165, 0]);
    expect(parseHex("#fa0")).toEqual([255, 170, 0]);
    expect(parseHex("orange")).toBeNull();
    expect(parseHex(undefined)).toBeNull();
  });

  it("measures WCAG contrast: black on white is 21:1, #777 on white just under 4.5:1", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    // #777 = 119/255 → linear ((0.4667+0.055)/1.055)^2.4 = 0.1845; (1.05)/(0.2345) = 4.48
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#777777", "nope")).toBe(0);
  });
});

describe("chooseLook", () => {
  it("is light without Office's theme (a browser tab, an old client)", () => {
    expect(chooseLook(undefined, false)).toBe("light");
  });

  it("follows isDarkTheme when Office gives it", () => {
    expect(chooseLook({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, false)).toBe("dark");
    expect(chooseLook({ isDarkTheme: false, bodyBackgroundColor: "#000000" }, false)).toBe("light");
  });

  it("judges by the body background when isDarkTheme is missing", () => {
    // #262626: 38/255 → linear 0.0194, well below mid-grey's 0.18
    expect(chooseLook({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(chooseLook({ bodyBackgroundColor: "#F3F2F1" }, false)).toBe("light");
  });

  it("gives high contrast precedence over any Office theme", () => {
    expect(chooseLook({ isDarkTheme: false }, true)).toBe("contrast");
    expect(chooseLook(undefined, true)).toBe("contrast");
  });
});

describe("paneTheme", () => {
  it("is Fluent's web light, web dark or high contrast theme", () => {
    expect(paneTheme(undefined, false)).toBe(webLightTheme);
    expect(paneTheme({ isDarkTheme: true }, false)).toBe(webDarkTheme);
    expect(paneTheme({ isDarkTheme: true }, true)).toBe(teamsHighContrastTheme);
  });

  it("takes Office's body colours when they are readable and suit the look", () => {
    const theme = paneTheme(
      { isDarkTheme: true, bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" },
      false,
    );
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#FFFFFF");
    expect(theme.colorBrandBackground).toBe(webDarkTheme.colorBrandBackground);
  });

  it("keeps Fluent's colours when Office's would be unreadable or contradict the look", () => {
    expect(
      paneTheme(
        { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#999999" },
        false,
      ),
    ).toBe(webLightTheme);
    expect(
      paneTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" }, false),
    ).toBe(webDarkTheme);
    expect(
      paneTheme({ isDarkTheme: false, bodyBackgroundColor: "white", bodyForegroundColor: "#000000" }, false),
    ).toBe(webLightTheme);
  });
});

describe("in the pane, with the Excel fake's Office theme", () => {
  afterEach(() => {
    document.body.style.backgroundColor = "";
    document.documentElement.style.colorScheme = "";
  });

  it("reads Office.context.officeTheme and dresses the page in the dark theme", () => {
    const fake = installExcelFake();
    installOfficeTheme(fake.Office, OFFICE_THEMES.black);
    try {
      expect(readOfficeColours()).toEqual(OFFICE_THEMES.black);
      render(
        <ThemedPane>
          <p>isi</p>
        </ThemedPane>,
      );
      expect(screen.getByText("isi")).toBeInTheDocument();
      expect(document.documentElement.style.colorScheme).toBe("dark");
      expect(document.body.style.backgroundColor).not.toBe("");
    } finally {
      fake.uninstall();
    }
  });

  it("is light outside Office", () => {
    expect(readOfficeColours()).toBeUndefined();
    render(
      <ThemedPane>
        <p>isi</p>
      </ThemedPane>,
    );
    expect(document.documentElement.style.colorScheme).toBe("light");
  });

  it("re-reads Office's theme when the pane gets the focus back", () => {
    let current: FakeOfficeTheme = OFFICE_THEMES.colorful;
    render(
      <ThemedPane office={() => current}>
        <p>isi</p>
      </ThemedPane>,
    );
    expect(document.documentElement.style.colorScheme).toBe("light");
    current = OFFICE_THEMES.black;
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(document.documentElement.style.colorScheme).toBe("dark");
  });
});
