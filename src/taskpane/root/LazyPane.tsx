import { Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Component, Suspense, lazy, type ReactNode } from "react";
import { common } from "../../strings/common";
import { taskpaneLook as L } from "../../strings/taskpaneLook";

/**
 * The first load is React, Fluent's provider and this shell; the App, the use cases and the hosts
 * come in a chunk of their own (./pane), fetched as soon as the shell is on screen.
 */
const Pane = lazy(() => import("./pane").then((m) => ({ default: m.Pane })));

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalS,
  },
  title: { margin: 0, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

/**
 * What the pane shows while its chunk downloads: the title (the page's level-one heading until the
 * App's header takes over) where the App puts it, and a spinner.
 */
export function LoadingShell() {
  const styles = useStyles();
  return (
    <div className={styles.shell}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {common.productName}
      </Text>
      <Spinner label={L.opening} />
    </div>
  );
}

/** A chunk that cannot be fetched (offline, a new deployment) says so instead of spinning forever. */
class LoadFailure extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(err: unknown) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div role="alert">
        <Text block weight="semibold">
          {L.loadFailed}
        </Text>
        <Text block size={200}>{`${L.loadFailedDetail}: ${this.state.error}`}</Text>
      </div>
    );
  }
}

/** The App (or the not-in-Excel notice) once its chunk has arrived; the shell until then. */
export function LazyPane(props: { inExcel: boolean }) {
  return (
    <LoadFailure>
      <Suspense fallback={<LoadingShell />}>
        <Pane inExcel={props.inExcel} />
      </Suspense>
    </LoadFailure>
  );
}
