import { Accordion, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { AccordionToggleData } from "@fluentui/react-components";
import { useEffect, useRef, type Dispatch } from "react";
import { taskpaneRound } from "../strings/taskpaneRound";
import { DpaStep } from "./DpaStep";
import { PkSection } from "./PkSection";
import type { CopyTaken } from "./previous-copy";
import { PriorStep } from "./PriorStep";
import type { RoundAction, RoundState } from "./round-state";
import { roundPk } from "./round-state";
import { dpaProblem, stillUnassigned, type StepStatuses } from "./round-stage";
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
  /** The open sections, held by the caller (it opens where the round stands), and their setter. */
  sections: [PersiapanSection[], (open: PersiapanSection[]) => void];
  /** The user has just asked to start: the first open section's header takes focus. */
  focusOpen?: boolean;
}

/**
 * Step 1 in the order people work: the DPA with the PK (its Bagian proposed for the setup), the
 * Pengaturan, and the prior report, each a section that stays open: an action opens the section
 * that comes next beside it, never closing the one the user is in.
 */
export function PersiapanSections(props: PersiapanProps) {
  const { services, state, dispatch, grouped, statuses } = props;
  const [open, onOpen] = props.sections;
  const setup = state.setup;
  const root = useRef<HTMLDivElement>(null);
  const waiting = stillUnassigned({ state, unassigned: grouped?.unassigned ?? [] });
  const dpaDetail =
    waiting.length > 0
      ? T.status.unassigned(waiting.length, waiting.map((n) => n.kode).join(", "))
      : undefined;
  const onToggle = (_: unknown, data: AccordionToggleData<PersiapanSection>) => onOpen(data.openItems);
  const also = (section: PersiapanSection) => {
    if (!open.includes(section)) onOpen([...open, section]);
  };
  // Once a save's setup is in the state (and the DPA's sub kegiatan matched against it): the DPA
  // section opens beside the setup when it holds what comes next, the import or an assignment.
  const justSaved = useRef(false);
  const problem = dpaProblem(state.dpa);
  const dpaNext = problem === "none" || problem === "empty" || waiting.length > 0;
  useEffect(() => {
    if (!justSaved.current || !setup) return;
    justSaved.current = false;
    if (dpaNext && !open.includes("dpa")) onOpen([...open, "dpa"]);
  }, [setup, dpaNext, open, onOpen]);
  const focusOpen = props.focusOpen === true;
  useEffect(() => {
    if (!focusOpen) return;
    const header = ".fui-AccordionHeader__button[aria-expanded='true']";
    root.current?.querySelector<HTMLElement>(header)?.focus();
  }, [focusOpen]);

  return (
    <div ref={root}>
      <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
        <AccordionItem value="dpa">
          <StepHeader size="medium" title={T.sections.dpa} status={statuses.dpa} detail={dpaDetail} />
          <AccordionPanel>
            <DpaStep
              services={services}
              result={state.dpa}
              bagian={setup?.bagian ?? []}
              setupSaved={setup !== null}
              unassigned={grouped?.unassigned ?? []}
              assignments={state.assignments}
              onImported={(result) => {
                dispatch({ type: "dpa-imported", result });
                // Its Bagian are proposed in the setup, which opens beside it when not saved yet.
                if (!setup) also("setup");
              }}
              onAssign={(kode, bagian) => dispatch({ type: "assign", kode, bagian })}
            />
            <PkSection services={services} held={state.pk} setup={setup} onChange={dispatch} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="setup">
          <StepHeader size="medium" title={T.sections.setup} status={statuses.setup} />
          <AccordionPanel>
            <SetupStep
              services={services}
              draft={props.draft}
              dpa={state.dpa?.dpa ?? null}
              onDraftChange={(update) => props.setDraft((d) => d && update(d))}
              onSaved={(s) => {
                justSaved.current = true;
                dispatch({ type: "setup-saved", setup: s });
              }}
              onCopied={(taken) => takeCopied(taken, dispatch)}
              sheetHasPk={state.pk?.onSheet === true && roundPk(state) !== null}
            />
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
    </div>
  );
}
