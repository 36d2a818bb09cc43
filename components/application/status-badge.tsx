import { Badge } from "@/components/ui/badge";
import type { ApplicationStatus } from "@/lib/domain/application/status";

const TONE: Record<ApplicationStatus, "neutral" | "info" | "success" | "warning" | "danger"> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  UNDER_REVIEW: "info",
  CHANGES_REQUESTED: "warning",
  SELECTED: "success",
  WAITING_LIST: "warning",
  NOT_SELECTED: "danger",
  NOMINATED: "success",
  LEARNING_AGREEMENT_SIGNED: "success",
  DEPARTED: "success",
  ARRIVED: "success",
  COMPLETED: "success",
  WITHDRAWN: "neutral",
};

export function StatusBadge({ status, label }: { status: ApplicationStatus; label: string }) {
  return (
    <span data-testid="application-status">
      <Badge tone={TONE[status]}>{label}</Badge>
    </span>
  );
}
