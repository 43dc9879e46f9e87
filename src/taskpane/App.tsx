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
import { useCallback, useMemo, useReducer, useState } from "react";
import { localIsoDate } from "../domain/shared/dates";
import { S } from "../strings";
import { ConsolidateStep } from "./ConsolidateStep";
import { DpaStep } from "./DpaStep";
import { GenerateStep } from "./GenerateStep";
import { ErrorNotice, Notice } from "./Notice";
import { PkSection } from "./PkSection";
import type { CopyTaken } from "./previous-copy";
import { PriorStep } from "./PriorStep";
import { ReviewStep } from "./ReviewStep";
import type { RoundAction } from "./round-state";
import { initialRoundState, roundInputs, roundPk, roundReducer, unwrittenPk } from "./round-state";
import type { AppServices, IndicatorGroups } from "./services";
import { SetupStep } from "./SetupStep";
import { SopStep } from "./SopStep";
import { StepHeader } from "./StepHeader";
import { useConsolidation } from "./use-consolidation";
import { useRoundLoad } from "./use-round-load";
import { describeError, type UserError } from "./describe-error";

const t = S.taskpane;
type Step = "setup" | "dpa" | "prior" | "review" | "generate" | "consolidate" | "sop";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

/** What a copy from the previous round's master brings to the round besides the form: realisasi, PK. */
function takeCopied(taken: CopyTaken, dispatch: (action: RoundAction) => void) {
  if (taken.prior) dispatch({ type: "prior-imported", result: taken.prior });
  if (taken.pk) dispatch({ type: "pk-read", pk: { read: taken.pk, from: "previous", onSheet: false } });
}

/** The task pane: the steps of one round and its SOP, each an accordion item. */
export function App(props: { services: AppServices; today?: Date }) {
  const styles = useStyles();
  const { services } = props;
  const [state, dispatch] = useReducer(roundReducer, initialRoundState);
  const [open, setOpen] = useState<Step | null>("setup");
  const load = useRoundLoad(services, dispatch, props.today);
  const { loaded, draft, setDraft } = load;
  /** Who the user said they are in the SOP step (NIP); kept while the step is collapsed. */
  const [sopNip, setSopNip] = useState("");
  /** The consolidation's review lives here, so that collapsing the step does not lose it. */
  const consolidation = useConsolidation(services);
  const consolidated = consolidation.outcome?.ok === true && consolidation.outcome.written;
  const today = props.today;

  const [grouped, groupError] = useMemo((): [IndicatorGroups | null, UserError | null] => {
    const inputs = roundInputs(state, "");
    if (!inputs) return [null, null];
    try {
      return [services.groupIndicators(inputs), null];
    } catch (err) {
      return [null, describeError(err)];
    }
  }, [state, services]);

  const makeInputs = useCallback(
    (generatedAt: string) => {
      const inputs = roundInputs(state, generatedAt);
      if (!inputs) throw new Error("round inputs incomplete");
      return inputs;
    },
    [state],
  );

  const onToggle = (_: unknown, data: AccordionToggleData<Step>) => setOpen(data.openItems[0] ?? null);
  const setup = state.setup;
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Text size={500} weight="semibold">
          {S.common.productName}
        </Text>
        {setup && (
          <Text size={200} className={styles.subtitle}>
            {`${setup.instansi} · ${setup.tahun} · ${S.common.periode[setup.periode]}`}
          </Text>
        )}
      </header>
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
      {groupError !== null && <ErrorNotice error={groupError} />}
      {loaded && draft && (
        <Accordion collapsible openItems={open ?? []} onToggle={onToggle}>
          <AccordionItem value="setup">
            <StepHeader title={t.steps.setup} status={setup ? "done" : "pending"} />
            <AccordionPanel>
              <SetupStep
                services={services}
                draft={draft}
                onDraftChange={(update) => setDraft((d) => d && update(d))}
                onSaved={(s) => {
                  dispatch({ type: "setup-saved", setup: s });
                  if (!state.dpa) setOpen("dpa");
                }}
                onCopied={(taken) => takeCopied(taken, dispatch)}
                sheetHasPk={state.pk?.onSheet === true && roundPk(state) !== null}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="dpa">
            <StepHeader title={t.steps.dpa} status={state.dpa ? "done" : "pending"} />
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
            <StepHeader title={t.steps.prior} status={state.prior ? "done" : "optional"} />
            <AccordionPanel>
              <PriorStep
                services={services}
                result={state.prior}
                onImported={(result) => dispatch({ type: "prior-imported", result })}
                onCleared={() => dispatch({ type: "prior-cleared" })}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="review">
            <StepHeader title={t.steps.review} status={grouped ? "optional" : "pending"} />
            <AccordionPanel>
              <ReviewStep
                services={services}
                groups={grouped?.groups ?? null}
                reviews={state.reviews}
                onReview={(key, review) => dispatch({ type: "review", key, review })}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="generate">
            <StepHeader title={t.steps.generate} />
            <AccordionPanel>
              <GenerateStep
                services={services}
                groups={grouped?.groups ?? null}
                makeInputs={grouped ? makeInputs : null}
                unwrittenPk={unwrittenPk(state)}
                onPkWritten={() => dispatch({ type: "pk-written" })}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="consolidate">
            <StepHeader title={t.steps.consolidate} status={consolidated ? "done" : undefined} />
            <AccordionPanel>
              <ConsolidateStep flow={consolidation} />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="sop">
            <StepHeader title={t.steps.sop} />
            <AccordionPanel>
              <SopStep
                services={services}
                me={sopNip}
                onMeChange={(nip) => {
                  setSopNip(nip);
                  services.identify(nip);
                }}
                today={localIsoDate(today ?? new Date())}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </main>
  );
}
