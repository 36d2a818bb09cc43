import type { Party } from "./signatures";
import type { VersionState } from "./versions";

type VersionLike = { state: VersionState; signatures: Array<{ party: Party; valid: boolean }> };

/**
 * Where an agreement stands, from its versions (oldest first): the version
 * awaiting signatures, the last agreed one, and who has signed the proposal.
 */
export function agreementProgress<V extends VersionLike>(versions: readonly V[]) {
  const proposal = versions.find((v) => v.state === "PROPOSED") ?? null;
  const agreed = versions.filter((v) => v.state === "AGREED").at(-1) ?? null;
  const signed = (party: Party) => proposal?.signatures.some((s) => s.party === party && s.valid) ?? false;
  return {
    proposal,
    agreed,
    latest: versions.at(-1) ?? null,
    sendingSigned: signed("SENDING"),
    /** The proposal the home institution signed and the host has not answered yet. */
    awaitingHost: proposal && signed("SENDING") && !signed("RECEIVING") ? proposal : null,
    /** A change proposal awaits signatures while an agreed version stands. */
    changesPending: Boolean(agreed && proposal),
  };
}
