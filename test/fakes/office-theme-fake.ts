/**
 * Office.context.officeTheme for the Excel fake: the shape of @types/office-js's Office.OfficeTheme
 * (four "#RRGGBB" strings, `isDarkTheme` a boolean, `themeId` an Office.ThemeId), installed on the
 * fake's `Office.context`. The colours are examples of a light and a dark Office theme, not
 * readings from a real Excel (no Excel runs here; TESTING.md asks a person to check the real ones).
 */

/** Office.ThemeId as numbers, in the declaration order of @types/office-js (Black, Colorful, DarkGray, White). */
export const THEME_ID = { Black: 0, Colorful: 1, DarkGray: 2, White: 3 } as const;

export interface FakeOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

export const OFFICE_THEMES = {
  colorful: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#000000",
    controlBackgroundColor: "#FFFFFF",
    controlForegroundColor: "#000000",
    isDarkTheme: false,
  },
  black: {
    bodyBackgroundColor: "#262626",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
    isDarkTheme: true,
  },
} satisfies Record<string, FakeOfficeTheme>;

/** Puts `theme` on `office.context.officeTheme` (read-only, as Office's own), with its themeId. */
export function installOfficeTheme(office: { context: object }, theme: FakeOfficeTheme): void {
  const themeId = theme.isDarkTheme ? THEME_ID.Black : THEME_ID.Colorful;
  Object.defineProperty(office.context, "officeTheme", {
    value: Object.freeze({ ...theme, themeId }),
    configurable: true,
    enumerable: true,
  });
}
