/**
 * The life of one version of a learning agreement. A draft is proposed (and
 * so signed by the student); a proposed version becomes agreed once the three
 * parties have signed its exact text, rejected when a party refuses it, or
 * superseded when the student edits it again. Nothing else changes a
 * version's state.
 */
export const VERSION_STATES = ["DRAFT", "PROPOSED", "AGREED", "REJECTED", "SUPERSEDED"] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export type VersionEvent = "propose" | "agree" | "reject" | "supersede";

const MOVES: Record<VersionEvent, { from: VersionState; to: VersionState }> = {
  propose: { from: "DRAFT", to: "PROPOSED" },
  agree: { from: "PROPOSED", to: "AGREED" },
  reject: { from: "PROPOSED", to: "REJECTED" },
  supersede: { from: "PROPOSED", to: "SUPERSEDED" },
};

export type VersionRefusal = "not_proposed" | "stale_version";

/** The state a version moves to on `event`, or why it cannot: a draft is not proposed yet; anything else changed since. */
export function versionMove(state: VersionState, event: VersionEvent): { ok: true; to: VersionState } | { ok: false; reason: VersionRefusal } {
  const move = MOVES[event];
  if (move.from === state) return { ok: true, to: move.to };
  return { ok: false, reason: state === "DRAFT" ? "not_proposed" : "stale_version" };
}

/**
 * Whether a party's answer (signature, approval or rejection) is about the
 * version as it is: still proposed, with exactly the text they read.
 */
export function checkAnswerable(version: { state: VersionState; contentHash: string }, seenHash: string): { ok: true } | { ok: false; reason: VersionRefusal } {
  if (version.state !== "PROPOSED") return { ok: false, reason: version.state === "DRAFT" ? "not_proposed" : "stale_version" };
  if (seenHash !== version.contentHash) return { ok: false, reason: "stale_version" };
  return { ok: true };
}
