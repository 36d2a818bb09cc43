import { displayName } from "@/lib/domain/people";
import { uploadMaxMb } from "@/lib/server/env";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { COORDINATOR_ROLES } from "@/lib/domain/roles";
import { getApplication } from "@/lib/server/application/get-application";
import { getTimeline } from "@/lib/server/application/timeline";
import { listNotes } from "@/lib/server/coordinator/list-notes";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDateTime } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ApplicationSummary } from "@/components/application/application-summary";
import { StatusBadge } from "@/components/application/status-badge";
import { Timeline } from "@/components/application/timeline";
import { EligibilityResultView } from "@/components/eligibility/eligibility-result";
import { PieceFiles } from "@/components/dossier/piece-files";
import { PieceStateBadge } from "@/components/dossier/piece-state-badge";
import { PieceReview } from "@/components/coordinator/piece-review";
import { DecisionForm } from "@/components/coordinator/decision-form";
import { NoteForm } from "@/components/coordinator/note-form";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { getGrantDecision } from "@/lib/server/grant/get-grant-decision";
import { getWithdrawal } from "@/lib/server/grant/get-withdrawal";
import { GrantSummary, WithdrawalSummary } from "@/components/grant/grant-summary";
import { ForceMajeureAcceptance, WithdrawalForm } from "@/components/grant/withdrawal-form";
import { FileUploadField } from "@/components/forms/file-upload-field";
import { Card, PageHeader } from "@/components/ui/page";
import { EndOfStayPanel } from "@/components/end-of-stay/end-of-stay-panel";
import { getEndOfStay } from "@/lib/server/end-of-stay/get-end-of-stay";
import { getHostRequestForAccount } from "@/lib/server/end-of-stay/get-host-request";
import { AttendanceForm } from "@/components/end-of-stay/attendance-form";
import { TranscriptForm } from "@/components/end-of-stay/transcript-form";
import { END_OF_STAY_STATUSES } from "@/lib/domain/application/status";

export default async function CoordinatorDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(...COORDINATOR_ROLES);
  const { id } = await params;
  const application = await getApplication(user, id);
  if (!application) notFound();
  const { locale, t } = await getTranslator();
  const [timeline, notes, grant, withdrawal, endOfStay] = await Promise.all([
    application.can.readHomeDossier ? getTimeline(user, id) : [],
    application.can.review ? listNotes(user, id) : [],
    getGrantDecision(user, id),
    getWithdrawal(user, id),
    END_OF_STAY_STATUSES.includes(application.status) ? getEndOfStay(user, id) : null,
  ]);
  // The host's coordinator answers here, signed in, what the e-mailed links ask for.
  const hostRequest = await getHostRequestForAccount(user, id);
  const { can } = application;
  const name = displayName(application.answers, application.student.name);

  return (
    <I18nProvider
      locale={locale}
      messages={pickMessages(locale, ["coordinator", "statuses", "errors", "dossier", "eligibility", "eligibilityForStaff", "grants", "endOfStay"])}
    >
      <div className="space-y-6">
        <PageHeader
          title={t("coordinator.dossierTitle", { name })}
          lead={application.round.name}
          actions={
            <>
              <ButtonLink href="/coordinator" variant="secondary">
                {t("coordinator.backToList")}
              </ButtonLink>
              <ButtonLink href={`/coordinator/applications/${id}/learning-agreement`} variant="secondary">
                {t("learningAgreement.open")}
              </ButtonLink>
              {can.readHomeDossier && (
                <a className={buttonClasses("secondary")} href={`/api/v1/applications/${id}/dossier.zip`}>
                  {t("coordinator.downloadZip")}
                </a>
              )}
            </>
          }
        />
        <p className="flex items-center gap-2">
          <span className="font-semibold">{t("common.label", { label: t("application.status") })}</span>
          <StatusBadge status={application.status} label={t(`statuses.${application.status}`)} />
        </p>
        <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <div className="min-w-0 space-y-6">
            {hostRequest && (
              <Card title={t("endOfStay.title")}>
                <div className="space-y-6">
                  <section className="space-y-2">
                    <h3 className="font-semibold">{t("endOfStay.attendanceTitle")}</h3>
                    <AttendanceForm
                      token=""
                      applicationId={id}
                      days={hostRequest.latestAttendance ?? { firstDay: hostRequest.contracted?.start ?? "", lastDay: hostRequest.contracted?.end ?? "" }}
                    />
                  </section>
                  <section className="space-y-2">
                    <h3 className="font-semibold">{t("endOfStay.transcriptTitle")}</h3>
                    <TranscriptForm token="" applicationId={id} studied={hostRequest.studied} latest={hostRequest.latestTranscript} />
                  </section>
                </div>
              </Card>
            )}
            {endOfStay && (
              <Card title={t("endOfStay.title")}>
                <EndOfStayPanel applicationId={id} view={endOfStay} settlement={grant?.settlement ?? null} t={t} locale={locale} />
              </Card>
            )}
            {can.readHomeDossier && (
              <Card title={t("coordinator.piecesTitle")}>
                {application.checklist
                  .filter((phase) => phase.open)
                  .map((phase) => (
                    <section key={phase.phase} className="mb-4">
                      <h3 className="mb-2 font-semibold">{t(`dossier.phases.${phase.phase}`)}</h3>
                      <ul className="divide-y divide-slate-100">
                        {phase.items.map((item) => {
                          const piece = application.pieces[item.kind];
                          const current = piece?.files.find((f) => f.current);
                          return (
                            <li key={item.kind} className="space-y-2 py-3" data-piece={item.kind}>
                              <div className="flex flex-wrap items-center justify-between gap-2">
                                <span className="font-medium">{t(`dossier.pieces.${item.kind}`)}</span>
                                <PieceStateBadge state={item.state} label={t(`dossier.states.${item.state}`)} />
                              </div>
                              {item.comment && <p className="text-sm text-slate-700">{t("dossier.coordinatorComment", { comment: item.comment })}</p>}
                              {piece && <PieceFiles files={piece.files} t={t} locale={locale} />}
                              {current && (
                                <details>
                                  <summary className="cursor-pointer text-sm text-eu-blue">
                                    {t("coordinator.inlineView", { name: current.originalName })}
                                  </summary>
                                  {current.contentType === "application/pdf" ? (
                                    <iframe
                                      src={`/api/v1/files/${current.id}?inline=1`}
                                      title={current.originalName}
                                      className="mt-2 h-[32rem] w-full rounded border"
                                    />
                                  ) : (
                                    // eslint-disable-next-line @next/next/no-img-element -- a private, access-checked document, not a static asset
                                    <img
                                      src={`/api/v1/files/${current.id}?inline=1`}
                                      alt={current.originalName}
                                      className="mt-2 max-h-[32rem] rounded border"
                                    />
                                  )}
                                </details>
                              )}
                              {can.review && item.state !== "missing" && item.state !== "accepted" && application.status !== "DRAFT" && (
                                <PieceReview
                                  applicationId={application.id}
                                  version={application.version}
                                  kind={item.kind}
                                  canAccept={item.state === "uploaded"}
                                />
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </section>
                  ))}
              </Card>
            )}
            <Card title={t("coordinator.answersTitle")}>
              <ApplicationSummary application={application} t={t} locale={locale} home={can.readHomeDossier} />
            </Card>
            {can.readHomeDossier && (
              <Card title={t("coordinator.eligibility")}>
                <EligibilityResultView result={application.eligibility} forStaff />
              </Card>
            )}
          </div>
          <div className="min-w-0 space-y-6">
            {can.review && (
              <Card title={t("coordinator.decisionTitle")}>
                <DecisionForm applicationId={application.id} version={application.version} moves={can.moves} />
              </Card>
            )}
            {grant && (
              <Card title={t("grants.studentGrantTitle")}>
                <GrantSummary applicationId={application.id} decision={grant} t={t} locale={locale} forStaff />
              </Card>
            )}
            {(withdrawal || can.declareWithdrawal) && (
              <Card title={t("grants.withdrawTitle")}>
                {withdrawal ? (
                  <>
                    <WithdrawalSummary withdrawal={withdrawal} t={t} locale={locale} />
                    {withdrawal.evidenceFileId && (
                      <a className="text-sm text-eu-blue underline" href={`/api/v1/files/${withdrawal.evidenceFileId}?inline=1`}>
                        {t("grants.viewEvidence")}
                      </a>
                    )}
                    {can.review && withdrawal.forceMajeureReported && !withdrawal.evidenceFileId && (
                      <FileUploadField
                        label={t("grants.uploadEvidence")}
                        url={`/api/v1/applications/${application.id}/withdrawal-evidence`}
                        maxMb={uploadMaxMb()}
                      />
                    )}
                    {can.acceptForceMajeure && withdrawal.evidenceFileId && !withdrawal.agencyAcceptedAt && (
                      <ForceMajeureAcceptance applicationId={application.id} />
                    )}
                  </>
                ) : (
                  <WithdrawalForm applicationId={application.id} forStaff />
                )}
              </Card>
            )}
            {can.review && (
              <Card title={t("coordinator.notesTitle")}>
                <p className="mb-2 text-xs text-slate-600">{t("coordinator.notesLead")}</p>
                {notes.length === 0 ? (
                  <p className="text-sm">{t("coordinator.noNotes")}</p>
                ) : (
                  <ul className="mb-3 space-y-2" data-testid="notes">
                    {notes.map((note) => (
                      <li key={note.id} className="rounded bg-amber-50 p-2 text-sm">
                        <p className="whitespace-pre-wrap">{note.body}</p>
                        <p className="text-xs text-slate-600">
                          {note.author} · {formatDateTime(note.createdAt, locale)}
                        </p>
                      </li>
                    ))}
                  </ul>
                )}
                <NoteForm applicationId={application.id} />
              </Card>
            )}
            {can.readHomeDossier && (
              <Card title={t("coordinator.timelineTitle")}>
                <Timeline entries={timeline} t={t} locale={locale} />
              </Card>
            )}
          </div>
        </div>
      </div>
    </I18nProvider>
  );
}
