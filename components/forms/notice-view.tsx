import { Alert } from "@/components/ui/alert";
import type { Notice } from "./use-action";

/** Where a form shows its outcome. */
export function NoticeView({ notice }: { notice: Notice | null }) {
  return notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null;
}
