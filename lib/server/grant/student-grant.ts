import "server-only";
import type { GrantLine } from "@/lib/domain/grant/rate-table";
import { type DecisionReason } from "@/lib/domain/grant/ranking";
import type { GrantSettlement } from "@/lib/server/end-of-stay/settlement";

/** A published grant decision as the student and the staff read it, with the payment schedule and the final amount once known. */
export type GrantDecisionView = {
  awarded: boolean;
  amount: number;
  rank: number;
  reason: DecisionReason;
  lines: GrantLine[];
  publishedAt: Date;
  settlement: GrantSettlement | null;
};
