import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import type { EndOfStayView } from "@/lib/server/end-of-stay/get-end-of-stay";
import type { GrantSettlement } from "@/lib/server/end-of-stay/settlement";
import { formatDate, formatDateTime, formatDecimal } from "@/lib/i18n/format";
import { parseIsoDate } from "@/lib/domain/calendar";
import { creditsObtained, creditsRecognised } from "@/lib/domain/recognition/recognition";
import { Cell, Table } from "@/components/ui/table";
import { ButtonLink } from "@/components/ui/button";
import { AskHostForm, LongerStayAmendmentButton, ScanAttendanceForm } from "./end-of-stay-actions";
import { TranscriptForm } from "./transcript-form";

const day = (iso: string, locale: Locale) => formatDate(parseIsoDate(iso)!, locale);

/**
 * The end of the mobility as the student and the home coordinators see it:
 * the confirmed days and the transcript, every version kept, the
 * recognition and its document; for the coordinators, what to ask the host.
 */
export function EndOfStayPanel({
  applicationId,
  view,
  settlement,
  t,
  locale,
}: {
  applicationId: string;
  view: EndOfStayView;
  settlement: GrantSettlement | null;
  t: Translate;
  locale: Locale;
}) {
  const transcript = view.transcripts[0];
  const open = view.status === "ARRIVED";
  return (
    <div className="space-y-5 text-sm" data-testid="end-of-stay">
      <section className="space-y-2">
        <h3 className="font-semibold">{t("endOfStay.attendanceTitle")}</h3>
        {view.attendances.length === 0 ? (
          <p>{t("endOfStay.attendanceNone")}</p>
        ) : (
          <ul className="space-y-1" data-testid="attendance-versions">
            {view.attendances.map((a) => (
              <li key={a.number} className={a.number === view.attendances[0]!.number ? "font-semibold" : "text-slate-600"}>
                {t("endOfStay.attendanceVersion", {
                  number: a.number,
                  from: day(a.firstDay, locale),
                  to: day(a.lastDay, locale),
                  name: a.confirmedByName,
                  source: t(`endOfStay.sources.${a.source}`),
                  date: formatDateTime(a.createdAt, locale),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold">{t("endOfStay.transcriptTitle")}</h3>
        {!transcript ? (
          <p>{t("endOfStay.transcriptNone")}</p>
        ) : (
          <>
            <p>
              {t("endOfStay.transcriptVersion", {
                number: transcript.number,
                name: transcript.enteredByName,
                source: t(`endOfStay.sources.${transcript.source}`),
                date: formatDateTime(transcript.createdAt, locale),
              })}
            </p>
            {transcript.pdfFileId && (
              <a className="font-semibold text-eu-blue underline" href={`/api/v1/files/${transcript.pdfFileId}`}>
                {t("endOfStay.transcriptPdf")}
              </a>
            )}
            {transcript.entries.length > 0 && (
              <Table
                caption={t("endOfStay.transcriptTitle")}
                head={[t("recognition.component"), t("recognition.foreignGrade"), t("recognition.creditsObtained"), t("recognition.passed")]}
              >
                {transcript.entries.map((e, index) => (
                  <tr key={index} data-testid="transcript-row">
                    <Cell>
                      <span className="break-words">{`${e.losCode} ${e.title}`.trim()}</span>
                      {!e.componentId && <span className="block text-xs text-slate-600">{t("endOfStay.added")}</span>}
                    </Cell>
                    <Cell>{e.grade}</Cell>
                    <Cell>{formatDecimal(e.creditsObtained, locale)}</Cell>
                    <Cell>{t(e.passed ? "common.yes" : "common.no")}</Cell>
                  </tr>
                ))}
                <tr>
                  <Cell>{t("recognition.total")}</Cell>
                  <Cell>{""}</Cell>
                  <Cell>{formatDecimal(creditsObtained(transcript.entries), locale)}</Cell>
                  <Cell>{""}</Cell>
                </tr>
              </Table>
            )}
          </>
        )}
      </section>
      {view.recognition && (
        <section className="space-y-2" data-testid="recognition">
          <h3 className="font-semibold">{t("recognition.document.recognised")}</h3>
          <p>{t("recognition.recorded", { date: formatDate(view.recognition.recordedAt, locale), credits: creditsRecognised(view.recognition.entries) })}</p>
          <Table
            head={[
              t("recognition.component"),
              t("recognition.creditsRecognised"),
              t("recognition.foreignGrade"),
              t("recognition.homeGrade"),
              t("recognition.conversion"),
            ]}
          >
            {view.recognition.entries.map((e) => (
              <tr key={e.componentId}>
                <Cell>{`${e.losCode} ${e.title}`.trim()}</Cell>
                <Cell>{formatDecimal(e.creditsRecognised, locale)}</Cell>
                <Cell>{e.conversion.foreignGrade}</Cell>
                <Cell>{e.homeGrade}</Cell>
                <Cell>
                  {e.conversion.method === "table"
                    ? t("recognition.bands", { from: `${e.conversion.fromBand.join("–")} %`, to: `${e.conversion.toBand.join("–")} %` })
                    : t("recognition.byHand", { reason: e.conversion.reason })}
                </Cell>
              </tr>
            ))}
          </Table>
          {view.recognition.shortfallReason && <p>{t("recognition.shortfallShown", { reason: view.recognition.shortfallReason })}</p>}
          <p className="flex flex-wrap gap-4">
            <a className="font-semibold text-eu-blue underline" href={`/api/v1/applications/${applicationId}/recognition-document?lang=fr`} hrefLang="fr">
              {t("recognition.downloadFr")}
            </a>
            <a className="font-semibold text-eu-blue underline" href={`/api/v1/applications/${applicationId}/recognition-document?lang=en`} hrefLang="en">
              {t("recognition.downloadEn")}
            </a>
          </p>
        </section>
      )}
      {view.staff && open && (
        <>
          <section className="space-y-2">
            <AskHostForm applicationId={applicationId} recipients={view.staff.hostRecipients} />
          </section>
          {settlement?.final?.basis === "longer_not_amended" && (
            <section className="space-y-2">
              <h3 className="font-semibold">{t("endOfStay.amendmentTitle")}</h3>
              <p>{t("endOfStay.amendmentLead", { days: settlement.final.differenceDays })}</p>
              <LongerStayAmendmentButton applicationId={applicationId} />
            </section>
          )}
          {transcript && transcript.entries.length === 0 && (
            <section className="space-y-2">
              <h3 className="font-semibold">{t("endOfStay.transcribeTitle")}</h3>
              <p>{t("endOfStay.transcribeLead")}</p>
              <TranscriptForm token="" applicationId={applicationId} studied={view.staff.studied} latest={null} transcribe />
            </section>
          )}
          {view.staff.scanAccepted && (
            <section className="space-y-2">
              <h3 className="font-semibold">{t("endOfStay.scanTitle")}</h3>
              <p>{t("endOfStay.scanLead")}</p>
              <ScanAttendanceForm applicationId={applicationId} />
            </section>
          )}
          <ButtonLink href={`/coordinator/applications/${applicationId}/recognition`}>{t("endOfStay.openRecognition")}</ButtonLink>
        </>
      )}
    </div>
  );
}
