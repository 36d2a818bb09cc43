import "server-only";
import type { GrantLine } from "@/lib/domain/grant/rate-table";
import { type DecisionReason } from "@/lib/domain/grant/ranking";

/** A published grant decision as the student and the staff read it. */
export type GrantDecisionView = { awarded: boolean; amount: number; rank: number; reason: DecisionReason; lines: GrantLine[]; publishedAt: Date };
