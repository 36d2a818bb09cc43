import { Badge } from "@/components/ui/badge";
import type { PieceState } from "@/lib/domain/dossier/checklist";

const TONE: Record<PieceState, "neutral" | "info" | "success" | "danger"> = {
  missing: "neutral",
  uploaded: "info",
  accepted: "success",
  to_replace: "danger",
};

export function PieceStateBadge({ state, label }: { state: PieceState; label: string }) {
  return <Badge tone={TONE[state]}>{label}</Badge>;
}
