/** What the focus tests share: where the focus is after an action, and opening the SOP step as an official. */
import { screen, waitFor } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { renderPane } from "./render";
import type { StubServices } from "./stub-services";

type User = ReturnType<typeof userEvent.setup>;

/**
 * The focus is on a result area (focusable by script only, tabIndex -1) that holds `text`, and
 * not on anything that holds `notText` (the step around it, the button pressed).
 */
export async function expectResultFocused(text: RegExp | string, notText?: RegExp | string) {
  await waitFor(() => {
    const el = document.activeElement;
    expect(el).not.toBe(document.body);
    expect(el).toHaveAttribute("tabindex", "-1");
    expect(el).toHaveTextContent(text);
  });
  if (notText !== undefined) expect(document.activeElement).not.toHaveTextContent(notText);
}

/**
 * Waits until the pane has opened the step where the round stands (it does so once loaded): a
 * step header pressed before that could be closed again by it.
 */
export async function paneOpened() {
  await waitFor(() => expect(screen.getAllByRole("button", { expanded: true }).length).toBeGreaterThan(0));
}

/** Opens a top-level step by its header, once the pane has opened its own; an open one stays open. */
export async function openPaneStep(user: User, name: RegExp) {
  await paneOpened();
  const header = screen.getByRole("button", { name });
  if (header.getAttribute("aria-expanded") !== "true") await user.click(header);
}

/** Renders the App, opens step 4 (SOP, Laporan & arsip) and says who the user is. */
export async function openSopAs(
  services: StubServices,
  user: User,
  nip: string,
  today = new Date(2026, 3, 6, 9),
) {
  renderPane(<App services={services} today={today} />);
  await openPaneStep(user, /^4\. SOP/);
  await user.selectOptions(await screen.findByLabelText(/^Saya adalah/), nip);
}
