"use client";

import { rejectAsHostAction, signAsHostAction } from "@/app/actions/learning-agreement";
import { SignPanel } from "./sign-panel";

/** The host coordinator signs as themselves: name and position go with the signature. */
export function HostSignPanel({ token, seenHash }: { token: string; seenHash: string }) {
  return (
    <SignPanel
      seenHash={seenHash}
      signer="host"
      sign={(input) => signAsHostAction({ token, ...input })}
      reject={({ seenHash: hash, signerName, comment }) => rejectAsHostAction({ token, seenHash: hash, signerName, comment })}
    />
  );
}
