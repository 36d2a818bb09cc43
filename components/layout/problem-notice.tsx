import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

/** A page that cannot be shown (not found, forbidden): what happened, and the way home. */
export function ProblemNotice({ t, title, lead }: { t: Translate; title: MessageKey; lead: MessageKey }) {
  return (
    <div>
      <PageHeader title={t(title)} lead={t(lead)} />
      <ButtonLink href="/">{t("common.backHome")}</ButtonLink>
    </div>
  );
}
