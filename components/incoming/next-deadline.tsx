"use client";

import { useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { openIntakes } from "@/lib/domain/incoming/deadlines";
import { parseIsoDate } from "@/lib/domain/calendar";
import { formatDate } from "@/lib/i18n/format";

const MINUTE = 60_000;
const currentMinute = () => Math.floor(Date.now() / MINUTE);
const subscribeToNothing = () => () => undefined;

type Props = { deadlines: { autumn: string; spring: string }; timeZone: string; renderedAt: string };

/**
 * The days left to the next deadline. The page comes from the static cache,
 * so the count is taken again from the reader's clock once in the browser:
 * a page rendered yesterday never says one day too many.
 */
export function NextDeadline({ deadlines, timeZone, renderedAt }: Props) {
  const { locale, t } = useI18n();
  const minute = useSyncExternalStore(subscribeToNothing, currentMinute, () => Math.floor(Date.parse(renderedAt) / MINUTE));
  const intakes = openIntakes(new Date(minute * MINUTE), deadlines, timeZone);
  const next = intakes[0];
  if (!next) return <p>{t("incoming.applicationsClosed")}</p>;
  return (
    <div data-testid="next-deadline">
      <p className="text-2xl font-bold text-eu-blue">{next.daysLeft === 0 ? t("incoming.lastDay") : t("incoming.daysLeft", { days: next.daysLeft })}</p>
      <ul className="mt-2 space-y-1 text-sm">
        {intakes.map((intake) => (
          <li key={`${intake.semester}-${intake.academicYear}`}>
            {t("incoming.deadlineLine", {
              semester: t(`incoming.semesters.${intake.semester}`),
              year: intake.academicYear,
              date: formatDate(parseIsoDate(intake.deadlineDate)!, locale),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
