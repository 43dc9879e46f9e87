import { Button, Text } from "@fluentui/react-components";
import type { ProposedBagian } from "../domain/setup/propose-bagian";
import { paneSetupForm } from "../strings/paneSetupForm";
import { Notice } from "./Notice";
import type { BagianProposal } from "./use-bagian-proposal";

const T = paneSetupForm.proposal;

const nameOf = (p: ProposedBagian) => p.nama || T.codeOnly(p.kode);

/** What the DPA proposes for the form's Bagian: what it filled in, what it names that is missing. */
export function BagianProposalNotice(props: { proposal: BagianProposal }) {
  const { filled, missing, added, add } = props.proposal;
  return (
    <>
      {filled && (
        <Notice intent="info" title={T.filled(filled.length)}>
          <Text block size={200}>
            {T.filledHint}
          </Text>
        </Notice>
      )}
      {added !== null && missing.length === 0 && <Notice intent="success" title={T.added(added)} />}
      {missing.length > 0 && (
        <Notice intent="warning">
          <Text block size={200}>
            {T.missing(
              missing.length,
              missing.map(nameOf).join(", "),
              missing.reduce((n, p) => n + p.subKegiatan, 0),
            )}
          </Text>
          <div>
            <Button size="small" aria-label={T.addLabel(missing.length)} onClick={add}>
              {T.add}
            </Button>
          </div>
        </Notice>
      )}
    </>
  );
}
