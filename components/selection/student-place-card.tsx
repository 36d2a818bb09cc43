import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { Card } from "@/components/ui/page";
import type { StudentPlace } from "@/lib/server/selection/student-place";
import { PlaceAnswer } from "./place-answer";

/** The student's place and why: what they got, and for each destination they wanted more, that it was full at their turn. */
export function StudentPlaceCard({ applicationId, place, t, locale }: { applicationId: string; place: StudentPlace; t: Translate; locale: Locale }) {
  const { offer } = place;
  return (
    <Card title={t("selection.student.title")}>
      <div className="space-y-3" data-testid="student-place">
        {offer?.state === "OFFERED" && (
          <p className="font-medium">{t("selection.student.offered", { destination: offer.destination, date: formatDate(offer.answerBy, locale) })}</p>
        )}
        {offer?.state === "ACCEPTED" && <p className="font-medium">{t("selection.student.accepted", { destination: offer.destination })}</p>}
        {!offer && place.fullerChoices.length > 0 && <p className="font-medium">{t("selection.student.waiting")}</p>}
        <p className="text-sm text-slate-700">{t("selection.student.rank", { rank: place.rank })}</p>
        {place.fullerChoices.length > 0 && (
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {place.fullerChoices.map((c) => (
              <li key={c.destination}>
                {c.cutoffRank === null
                  ? t("selection.student.fullerNone", { destination: c.destination, position: c.waitingPosition })
                  : t("selection.student.fuller", { destination: c.destination, cutoff: c.cutoffRank, position: c.waitingPosition })}
              </li>
            ))}
          </ul>
        )}
        {offer?.state === "OFFERED" && (
          <I18nProvider locale={locale} messages={pickMessages(locale, ["selection", "errors"])}>
            <PlaceAnswer applicationId={applicationId} destination={offer.destination} />
          </I18nProvider>
        )}
      </div>
    </Card>
  );
}
