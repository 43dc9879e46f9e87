import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { chooseLook, paneTheme, readOfficeColours, sameColours, type OfficeColours } from "./pane-theme";

const FORCED = "(forced-colors: active)";

const useStyles = makeStyles({ root: { minHeight: "100%" } });

function forcedColors(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(FORCED).matches;
}

/**
 * Fluent in Office's theme. Excel has no theme-change event (Office.EventType.OfficeThemeChanged is
 * Outlook's, Mailbox 1.14), so Office's theme is read at start and again whenever the pane gets the
 * focus back (a theme is changed in File › Account, outside the pane); high contrast follows the
 * `forced-colors` media query live.
 */
export function ThemedPane(props: { children: ReactNode; office?: () => OfficeColours | undefined }) {
  const styles = useStyles();
  const read = props.office ?? readOfficeColours;
  const [office, setOffice] = useState(read);
  const [forced, setForced] = useState(forcedColors);

  useEffect(() => {
    const reread = () => setOffice((prev) => (sameColours(prev, read()) ? prev : read()));
    window.addEventListener("focus", reread);
    const media = typeof window.matchMedia === "function" ? window.matchMedia(FORCED) : null;
    const onMedia = () => setForced(forcedColors());
    media?.addEventListener("change", onMedia);
    return () => {
      window.removeEventListener("focus", reread);
      media?.removeEventListener("change", onMedia);
    };
  }, [read]);

  const theme = useMemo(() => paneTheme(office, forced), [office, forced]);
  const look = chooseLook(office, forced);
  useEffect(() => {
    // The page under the provider (below short content) and native controls wear the theme too.
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.documentElement.style.colorScheme = look === "contrast" ? "" : look;
  }, [theme, look]);

  return (
    <FluentProvider theme={theme} className={styles.root}>
      {props.children}
    </FluentProvider>
  );
}
