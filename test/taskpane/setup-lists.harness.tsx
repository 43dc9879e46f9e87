import userEvent from "@testing-library/user-event";
import { useState } from "react";
import type { RoundSetup } from "../../src/domain/setup/setup-types";
import { SetupStep } from "../../src/taskpane/SetupStep";
import type { SetupDraft } from "../../src/taskpane/setup-form";
import { draftFromSetup } from "../../src/taskpane/setup-form";
import { renderPane } from "./render";
import { stubServices } from "./stub-services";

function Harness(props: { initial: SetupDraft; services: ReturnType<typeof stubServices> }) {
  const [draft, setDraft] = useState(props.initial);
  return <SetupStep services={props.services} draft={draft} onDraftChange={setDraft} onSaved={jest.fn()} />;
}

/** The setup step over a saved setup, its draft held as App holds it. */
export function renderSetup(setup: RoundSetup) {
  const services = stubServices();
  renderPane(<Harness services={services} initial={draftFromSetup(setup)} />);
  return { services, user: userEvent.setup() };
}
