/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { S } from "../../src/strings";
import { OFFICIALS } from "../support/sop-fixture";
import { renderPane } from "./render";
import { scheduledView } from "./sop-views";
import { stubServices } from "./stub-services";

/** The field's hint while nobody is chosen (acting is closed until then). */
const CHOOSE_FIRST = new RegExp(S.taskpane.sop.chooseMeFirst.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));

async function openSop(remembered: string) {
  const services = stubServices({ loadSop: async () => scheduledView(), rememberedMe: () => remembered });
  const user = userEvent.setup();
  renderPane(<App services={services} today={new Date(2026, 6, 16, 9, 0)} />);
  await user.click(await screen.findByRole("button", { name: /4\. SOP/ }));
  const me = await screen.findByLabelText<HTMLSelectElement>(/^Saya adalah/);
  return { services, user, me };
}

describe("'Saya adalah' across openings of the pane", () => {
  it("opens as the official stated last time on this computer, and logs under them", async () => {
    const { services, me } = await openSop(OFFICIALS.kabag.nip);
    expect(me.value).toBe(OFFICIALS.kabag.nip);
    expect(services.identify).toHaveBeenCalledWith(OFFICIALS.kabag.nip);
    // Acting is open to them at once: step 1's buttons are not waiting for a choice.
    expect(screen.queryByText(CHOOSE_FIRST)).not.toBeInTheDocument();
  });

  it("asks again when the NIP remembered is not an official of this workbook", async () => {
    const { me } = await openSop("196001011990031001");
    expect(me.value).toBe("");
    expect(screen.getByText(CHOOSE_FIRST)).toBeInTheDocument();
  });

  it("remembers a new choice through the services", async () => {
    const { services, user, me } = await openSop("");
    expect(me.value).toBe("");
    expect(services.identify).not.toHaveBeenCalled();
    await user.selectOptions(me, OFFICIALS.kasubag.nip);
    await waitFor(() => expect(services.identify).toHaveBeenLastCalledWith(OFFICIALS.kasubag.nip));
    expect(me.value).toBe(OFFICIALS.kasubag.nip);
  });
});
