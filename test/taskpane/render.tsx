import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";

// Fluent's collapsing AccordionPanel sets a boolean `inert`, which React 18 warns about (React 19
// accepts it). Only that warning is silenced; any other console.error still shows.
// eslint-disable-next-line no-console -- kept to pass every other error through
const consoleError = console.error.bind(console);
beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(" ");
    if (text.includes("non-boolean attribute") && text.includes("inert")) return;
    consoleError(...args);
  });
});
afterEach(() => jest.restoreAllMocks());

/** Renders inside the Fluent provider, as index.tsx does. */
export function renderPane(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}
