import {
  Accordion,
  AccordionItem,
  AccordionPanel,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AccordionToggleData } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import type { PaneState } from "../app/pane-state";
import type { SavedReview } from "../app/saved-review";
import { localIsoDate } from "../domain/shared/dates";
import { S } from "../strings";
import { taskpaneRound } from "../strings/taskpaneRound";
import { ConsolidateStep } from "./ConsolidateStep";
import { describeError, type UserError } from "./describe-error";
import { FirstRun } from "./FirstRun";
import { GenerateStep } from "./GenerateStep";
import { ErrorNotice, Notice } from "./Notice";
import { PersiapanSections, type PersiapanSection } from "./PersiapanSections";
import { ReviewStep } from "./ReviewStep";
import { RoundHeader } from "./RoundHeader";
import { initialRoundState, paneStateOf, roundInputs, roundReducer, unwrittenPk } from "./round-state";
import { roundStage, stepOfStage, stepStatuses, type PaneStep, type RoundStage } from "./round-stage";
import type { AppServices, IndicatorGroups } from "./services";
import { SopStep } from "./SopStep";
import { StepHeader } from "./StepHeader";
import { useConsolidation } from "./use-consolidation";
import { useMe } from "./use-me";
import { useNativeTabOut } from "./use-native-tab-out";
import { usePanePersist } from "./use-pane-persist";
import { useRoundLoad } from "./use-round-load";

const t = S.taskpane;
const T = taskpaneRound;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
  },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

const PANE_STEPS: readonly string[] = ["persiapan", "kertasKerja", "pengumpulan", "sop"];
const isPaneStep = (s: string): s is PaneStep => PANE_STEPS.includes(s);

/** The section of step 1 that holds a stage's work: a new round starts with its DPA. */
const sectionOf = (stage: RoundStage): PersiapanSection[] =>
  stage === "setup" ? ["setup"] : stage === "dpa" || stage === "assign" ? ["dpa"] : [];

/** The first-run view's ways in: the DPA import (the section the stage opened), or Pengaturan, where the previous round's master is copied. */
const starter =
  (setSections: (s: PersiapanSection[]) => void, setStarted: (s: boolean) => void) =>
  (from: "dpa" | "previous") => {
    if (from === "previous") setSections(["setup"]);
    setStarted(true);
  };

/** The step to open: where the user was, while the round has not moved on since; else where the round stands. */
function openingStep(saved: PaneState | null, stage: RoundStage): PaneStep {
  const at = saved?.at;
  return at && at.stage === stage && isPaneStep(at.step) ? at.step : stepOfStage(stage);
}

/** The pane's state with the review of returned files not yet accepted, when there is one. */
const withReview = (state: PaneState, review: SavedReview | null): PaneState =>
  review ? { ...state, review } : state;

function useGrouped(services: AppServices, state: Parameters<typeof roundInputs>[0]) {
  return useMemo((): [IndicatorGroups | null, UserError | null] => {
    const inputs = roundInputs(state, "");
    if (!inputs) return [null, null];
    try {
      return [services.groupIndicators(inputs), null];
    } catch (err) {
      return [null, describeError(err)];
    }
  }, [state, services]);
}

/**
 * The task pane: the round in four steps in the order people work (Persiapan, Kertas kerja,
 * Pengumpulan, SOP with Laporan and arsip), opened where the round stands; its working state kept
 * in the workbook.
 */
export function App(props: { services: AppServices; today?: Date }) {
  const styles = useStyles();
  const { services } = props;
  const [state, dispatch] = useReducer(roundReducer, initialRoundState);
  const [open, setOpen] = useState<PaneStep[]>([]);
  const [sections, setSections] = useState<PersiapanSection[]>([]);
  const [lastStep, setLastStep] = useState<PaneStep | null>(null);
  const [started, setStarted] = useState(false);
  const [written, setWritten] = useState(false);
  const [saveError, setSaveError] = useState<UserError | null>(null);
  const load = useRoundLoad(services, dispatch, props.today);
  const { loaded, draft, setDraft, round } = load;
  // As stated last time on this computer; the SOP step ignores one not among the workbook's officials.
  const [sopNip, setSopNip] = useMe(services);
  const consolidation = useConsolidation(services, load.refresh);
  const consolidated = consolidation.outcome?.ok === true && consolidation.outcome.written;
  const [grouped, groupError] = useGrouped(services, state);
  useNativeTabOut();

  const facts = {
    state,
    unassigned: grouped?.unassigned ?? [],
    kertasKerja: written || round?.kertasKerja === true,
    data: consolidated || round?.data === true,
    archived: round?.sop?.steps?.find((s) => s.no === 8)?.done === true,
  };
  const stage = roundStage(facts);
  const statuses = stepStatuses(facts, state.prior !== null);

  // Once loaded: open where the round stands (or where the user was, if nothing moved since).
  useEffect(() => {
    if (!loaded) return;
    const step = openingStep(load.saved, stage);
    setOpen([step]);
    setLastStep(step);
    setSections(sectionOf(stage));
    if (load.saved?.review) void consolidation.restore(load.saved.review);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the load completes
  }, [loaded]);

  const paneState = withReview(
    paneStateOf(state, lastStep ? { step: lastStep, stage } : null),
    consolidation.saved,
  );
  // The baseline is the state once the pane has opened its step and taken up a kept review:
  // opening writes nothing.
  usePanePersist(services, loaded && lastStep !== null && !consolidation.restoring, paneState, setSaveError);

  const makeInputs = useCallback(
    (generatedAt: string) => {
      const inputs = roundInputs(state, generatedAt);
      if (!inputs) throw new Error("round inputs incomplete");
      return inputs;
    },
    [state],
  );

  const onToggle = (_: unknown, data: AccordionToggleData<PaneStep>) => {
    const added = data.openItems.find((s) => !open.includes(s));
    if (added) setLastStep(added);
    setOpen(data.openItems);
  };
  const firstRun = loaded && !state.setup && !state.dpa && !started && !round?.kertasKerja && !round?.data;
  return (
    <main className={styles.root}>
      <RoundHeader setup={state.setup} stage={loaded ? stage : null} sop={round?.sop ?? null} />
      {!loaded && <Spinner label={t.loading} />}
      {load.error !== null && <ErrorNotice error={load.error} />}
      {load.issues.length > 0 && (
        <Notice intent="warning" title={t.errors.loadSetup}>
          {load.issues.map((i, k) => (
            <Text block size={200} key={k}>
              {i.message}
            </Text>
          ))}
        </Notice>
      )}
      {saveError !== null && <Notice intent="warning" title={T.paneState.saveFailed} />}
      {groupError !== null && <ErrorNotice error={groupError} />}
      {firstRun && <FirstRun onStart={starter(setSections, setStarted)} />}
      {loaded && draft && !firstRun && (
        <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
          <AccordionItem value="persiapan">
            <StepHeader title={T.steps.persiapan} status={statuses.persiapan} />
            <AccordionPanel>
              <PersiapanSections
                services={services}
                state={state}
                dispatch={dispatch}
                grouped={grouped}
                statuses={statuses}
                draft={draft}
                setDraft={setDraft}
                sections={[sections, setSections]}
                focusOpen={started}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="kertasKerja">
            <StepHeader title={T.steps.kertasKerja} status={statuses.kertasKerja} />
            <AccordionPanel>
              <div className={styles.section}>
                <section aria-label={T.sections.review}>
                  <Text as="h3" size={400} weight="semibold">
                    {T.sections.review}
                  </Text>
                  <ReviewStep
                    services={services}
                    groups={grouped?.groups ?? null}
                    reviews={state.reviews}
                    onReview={(key, review) => dispatch({ type: "review", key, review })}
                  />
                </section>
                <section aria-label={T.sections.generate}>
                  <Text as="h3" size={400} weight="semibold">
                    {T.sections.generate}
                  </Text>
                  <GenerateStep
                    services={services}
                    groups={grouped?.groups ?? null}
                    makeInputs={grouped ? makeInputs : null}
                    unwrittenPk={unwrittenPk(state)}
                    onPkWritten={() => dispatch({ type: "pk-written" })}
                    onWritten={() => {
                      setWritten(true);
                      load.refresh();
                    }}
                  />
                </section>
              </div>
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="pengumpulan">
            <StepHeader title={T.steps.pengumpulan} status={statuses.pengumpulan} />
            <AccordionPanel>
              <ConsolidateStep flow={consolidation} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="sop">
            <StepHeader title={T.steps.sopLaporan} status={statuses.sop} />
            <AccordionPanel>
              <SopStep
                services={services}
                me={sopNip}
                onMeChange={setSopNip}
                today={localIsoDate(props.today ?? new Date())}
                onChanged={load.refresh}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </main>
  );
}
