import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getApplication } from "@/lib/server/application/get-application";
import { uploadMaxMb } from "@/lib/server/env";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { PieceUpload } from "@/components/dossier/piece-upload";
import { BankDetailsForm } from "@/components/dossier/bank-details-form";
import { PieceFiles } from "@/components/dossier/piece-files";
import { PieceStateBadge } from "@/components/dossier/piece-state-badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { SOURCE_OF } from "@/lib/domain/dossier/pieces";

export default async function StudentDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("STUDENT");
  const { id } = await params;
  const application = await getApplication(user, id);
  if (!application) notFound();
  const { locale, t } = await getTranslator();
  const maxMb = uploadMaxMb();

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("dossier.title")}
        lead={t("dossier.lead", { max: maxMb })}
        actions={
          <ButtonLink href={`/student/applications/${id}`} variant="secondary">
            {t("dossier.backToApplication")}
          </ButtonLink>
        }
      />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["dossier", "errors"])}>
        {application.checklist.map((phase) => (
          <Card
            key={phase.phase}
            title={`${t(`dossier.phases.${phase.phase}`)} — ${phase.complete ? t("dossier.phaseComplete") : t("dossier.phaseProgress", { provided: phase.provided, total: phase.items.length })}`}
          >
            {!phase.open && <p className="mb-3 text-sm text-slate-600">{t("dossier.phaseNotOpen")}</p>}
            <ul className="divide-y divide-slate-100">
              {phase.items.map((item) => (
                <li key={item.kind} className="space-y-2 py-3" data-piece={item.kind}>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-medium">{t(`dossier.pieces.${item.kind}`)}</span>
                    <PieceStateBadge state={item.state} label={t(`dossier.states.${item.state}`)} />
                  </div>
                  {item.comment && item.state === "to_replace" && (
                    <p className="rounded bg-red-50 p-2 text-sm text-red-900">{t("dossier.coordinatorComment", { comment: item.comment })}</p>
                  )}
                  {application.pieces[item.kind] && <PieceFiles files={application.pieces[item.kind]!.files} t={t} locale={locale} />}
                  {SOURCE_OF[item.kind] === "learning_agreement" && <p className="text-sm text-slate-600">{t("dossier.producedByAgreement")}</p>}
                  {item.studentMayProvide && SOURCE_OF[item.kind] === "upload" && (
                    <PieceUpload applicationId={application.id} kind={item.kind} replace={item.state !== "missing"} maxMb={maxMb} />
                  )}
                  {item.studentMayProvide && SOURCE_OF[item.kind] === "bank_details_form" && (
                    <BankDetailsForm applicationId={application.id} current={application.bankDetails} />
                  )}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </I18nProvider>
    </div>
  );
}
