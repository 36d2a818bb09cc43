import "server-only";
import { createHash } from "node:crypto";
import { canonicalContent, type ComponentChange, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";

/** SHA-256 of a version's exact text: its content and, for a change proposal, the changes. */
export function versionHash(content: LearningAgreementContent, changes: ComponentChange[] | null): string {
  return createHash("sha256").update(canonicalContent({ content, changes })).digest("hex");
}
