import { Accordion, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { AccordionToggleData } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { taskpaneRound } from "../strings/taskpaneRound";
import { DpaStep } from "./DpaStep";
import { PkSection } from "./PkSection";
import type { CopyTaken } from "./previous-copy";
import { PriorStep } from "./PriorStep";
import type { RoundAction, RoundState } from "./round-state";
import { roundPk } from "./round-state";
import { stillUnassigned, type StepStatuses } from "./round-stage";
import type { AppServices, IndicatorGroups } from "./services";
import type { SetupDraft } from "./setup-form";
import { SetupStep } from "./SetupStep";
import { StepHeader } from "./StepHeader";

const T = taskpaneRound;
export type PersiapanSection = "setup" | "dpa" | "prior";

/** What a copy from the previous round's master brings to the round besides the form: realisasi, PK. */
function takeCopied(taken: CopyTaken, dispatch: Dispatch<RoundAction>) {
  if (taken.prior) dispatch({ type: "prior-imported", result: taken.prior });
  if (taken.pk) dispatch({ type: "pk-read", pk: { read: taken.pk, from: "previous", onSheet: false } });
}

export interface PersiapanProps {
  services: AppServices;
  state: RoundState;
  dispatch: Dispatch<RoundAction>;
  grouped: IndicatorGroups | null;
  statuses: StepStatuses;
  draft: SetupDraft;
  setDraft: Dispatch<(draft: SetupDraft | null) => SetupDraft | null>;
  open: PersiapanSection[];
  onOpen: (open: PersiapanSection[]) => void;
}

/** Step 1: Pengaturan, the DPA with the PK, and the prior report, each a section that stays open. */
export function PersiapanSections(props: PersiapanProps) {
  const { services, state, dispatch, grouped, statuses, open, onOpen } = props;
  const setup = state.setup;
  const waiting = stillUnassigned({ state, unassigned: grouped?.unassigned ?? [] });
  const dpaDetail =
    waiting.length > 0
      ? T.status.unassigned(waiting.length, waiting.map((n) => n.kode).join(", "))
      : undefined;
  const onToggle = (_: unknown, data: AccordionToggleData<PersiapanSection>) => onOpen(data.openItems);
  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
      <AccordionItem value="setup">
        <StepHeader size="medium" title={T.sections.setup} status={statuses.setup} />
        <AccordionPanel>
          <SetupStep
            services={services}
            draft={props.draft}
            onDraftChange={(update) => props.setDraft((d) => d && update(d))}
            onSaved={(s) => {
              dispatch({ type: "setup-saved", setup: s });
              if (!state.dpa) onOpen([...open.filter((o) => o !== "dpa"), "dpa"]);
            }}
            onCopied={(taken) => takeCopied(taken, dispatch)}
            sheetHasPk={state.pk?.onSheet === true && roundPk(state) !== null}
          />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="dpa">
        <StepHeader size="medium" title={T.sections.dpa} status={statuses.dpa} detail={dpaDetail} />
        <AccordionPanel>
          <DpaStep
            services={services}
            result={state.dpa}
            bagian={setup?.bagian ?? []}
            unassigned={grouped?.unassigned ?? []}
            assignments={state.assignments}
            onImported={(result) => dispatch({ type: "dpa-imported", result })}
            onAssign={(kode, bagian) => dispatch({ type: "assign", kode, bagian })}
          />
          <PkSection services={services} held={state.pk} setup={setup} onChange={dispatch} />
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="prior">
        <StepHeader size="medium" title={T.sections.prior} status={statuses.prior} />
        <AccordionPanel>
          <PriorStep
            services={services}
            result={state.prior}
            onImported={(result) => dispatch({ type: "prior-imported", result })}
            onCleared={() => dispatch({ type: "prior-cleared" })}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
