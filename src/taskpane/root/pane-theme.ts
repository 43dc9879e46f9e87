/**
 * Which Fluent theme the pane wears: Office's own theme (Office.context.officeTheme, read by Excel
 * on the web, Windows, Mac and iPad; no requirement set) and the system's high contrast mode
 * (`forced-colors: active`, which Windows' contrast themes switch on in Office's web views).
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";

export type PaneLook = "light" | "dark" | "contrast";

/** The part of Office.OfficeTheme the pane reads; every field may be missing on an old client. */
export interface OfficeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
  /** True for Office's Black and Dark Gray themes (not in Outlook, not on old clients). */
  isDarkTheme?: boolean;
}

/** "#RGB" or "#RRGGBB" as [r, g, b] 0–255, or null for anything else. */
export function parseHex(colour: string | undefined): [number, number, number] | null {
  const digits = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((colour ?? "").trim())?.[1];
  if (digits === undefined) return null;
  const hex = digits.length === 3 ? [...digits].map((c) => c + c).join("") : digits;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance of a parsed colour (0 black … 1 white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours (1 … 21), or 0 when either is not a colour. */
export function contrastRatio(a: string | undefined, b: string | undefined): number {
  const pa = parseHex(a);
  const pb = parseHex(b);
  if (!pa || !pb) return 0;
  const [hi, lo] = [luminance(pa), luminance(pb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The look for Office's theme: high contrast wins; then Office's `isDarkTheme`; a client without
 * it is judged by its body background (dark below mid-grey); no Office theme at all is light.
 *
 * @example chooseLook({ isDarkTheme: true }, false) // "dark"
 */
export function chooseLook(office: OfficeColours | undefined, forcedColors: boolean): PaneLook {
  if (forcedColors) return "contrast";
  if (typeof office?.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const body = parseHex(office?.bodyBackgroundColor);
  if (body) return luminance(body) < 0.18 ? "dark" : "light";
  return "light";
}

const BASE: Record<PaneLook, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** WCAG AA for body text. */
const READABLE = 4.5;

/**
 * The Fluent theme for the look, with the pane's background and text taken from Office's body
 * colours when they form readable text (≥ 4.5 : 1) and suit the look, so the pane sits in Office's
 * frame without a seam. High contrast keeps Fluent's own theme (the system picks the colours).
 */
export function paneTheme(office: OfficeColours | undefined, forcedColors: boolean): Theme {
  const look = chooseLook(office, forcedColors);
  const base = BASE[look];
  if (look === "contrast" || !office) return base;
  const bg = office.bodyBackgroundColor;
  const fg = office.bodyForegroundColor;
  const parsed = parseHex(bg);
  if (!parsed || bg === undefined || fg === undefined || contrastRatio(bg, fg) < READABLE) return base;
  const darkBody = luminance(parsed) < 0.18;
  if (darkBody !== (look === "dark")) return base;
  return { ...base, colorNeutralBackground1: bg, colorNeutralForeground1: fg };
}

/** Office's theme in this host, or undefined outside Office (or before Office.onReady). */
export function readOfficeColours(): OfficeColours | undefined {
  const office = (globalThis as { Office?: { context?: { officeTheme?: OfficeColours } } }).Office;
  const theme = office?.context?.officeTheme;
  if (!theme) return undefined;
  return {
    bodyBackgroundColor: theme.bodyBackgroundColor,
    bodyForegroundColor: theme.bodyForegroundColor,
    controlBackgroundColor: theme.controlBackgroundColor,
    controlForegroundColor: theme.controlForegroundColor,
    isDarkTheme: theme.isDarkTheme,
  };
}

/** Two readings of Office's theme name the same colours (no re-render when nothing changed). */
export function sameColours(a: OfficeColours | undefined, b: OfficeColours | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.bodyBackgroundColor === b.bodyBackgroundColor &&
    a.bodyForegroundColor === b.bodyForegroundColor &&
    a.controlBackgroundColor === b.controlBackgroundColor &&
    a.controlForegroundColor === b.controlForegroundColor &&
    a.isDarkTheme === b.isDarkTheme
  );
}
