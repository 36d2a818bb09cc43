import type { VersionView } from "@/lib/server/learning-agreement/get-agreement";
import { COMPONENT_TABLES, diffComponents, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { PARTIES, positionLabel } from "@/lib/domain/learning-agreement/signatures";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime, formatMonth, languageName } from "@/lib/i18n/format";
import { Badge } from "@/components/ui/badge";

const STATE_TONE = { DRAFT: "neutral", PROPOSED: "warning", AGREED: "success", REJECTED: "danger", SUPERSEDED: "neutral" } as const;

/**
 * One version with its tables — what it added or removed compared with the
 * version before highlighted — and each signature's hash shown against the
 * version's own, so anyone can see that a signed text never changed.
 */
export function VersionPanel({
  version,
  previous,
  t,
  locale,
}: {
  version: VersionView;
  previous: LearningAgreementContent | null;
  t: Translate;
  locale: Locale;
}) {
  const diff = diffComponents(previous, version.content);
  return (
    <article className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" data-version={version.number}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-semibold">
          {t("learningAgreement.version", { number: version.number })} · {t(`learningAgreement.kinds.${version.kind}`)}
        </h3>
        <span data-testid={`version-${version.number}-state`}>
          <Badge tone={STATE_TONE[version.state]}>{t(`learningAgreement.states.${version.state}`)}</Badge>
        </span>
      </header>
      <p className="break-all font-mono text-xs text-slate-600">
        {t("common.labelled", { label: t("learningAgreement.versionHash"), value: version.contentHash })}
      </p>
      <MobilityFacts content={version.content} t={t} locale={locale} />
      {COMPONENT_TABLES.map((table) => {
        const rows = diff.filter((d) => d.table === table);
        return (
          <section key={table}>
            <h4 className="text-sm font-semibold">{t(`learningAgreement.tables.${table}`)}</h4>
            {rows.length === 0 ? (
              <p className="text-sm text-slate-600">—</p>
            ) : (
              <ul className="text-sm">
                {rows.map(({ component, change }) => (
                  <li
                    key={`${component.id}-${change}`}
                    className={change === "added" ? "bg-green-50 text-green-900" : change === "removed" ? "bg-red-50 text-red-900 line-through" : ""}
                  >
                    {component.losCode} · {component.title} · {t(`learningAgreement.terms.${component.term}`)} · {component.credits} ECTS
                    {change !== "unchanged" && <span className="ml-2 text-xs no-underline">({t(`learningAgreement.${change}`)})</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
      {version.changes && version.changes.length > 0 && (
        <ul className="list-disc pl-5 text-sm text-slate-700">
          {version.changes.map((change, index) => (
            <li key={index}>
              {t(`learningAgreement.reasons.${change.reasonCode}`)}
              {change.reasonText && ` — ${change.reasonText}`}
            </li>
          ))}
        </ul>
      )}
      <section>
        <h4 className="text-sm font-semibold">{t("learningAgreement.signaturesTitle")}</h4>
        <ul className="space-y-1 text-sm" data-testid={`version-${version.number}-signatures`}>
          {PARTIES.map((party) => {
            const signature = version.signatures.find((s) => s.party === party);
            return (
              <li key={party}>
                <span className="font-medium">{t("common.label", { label: t(`learningAgreement.parties.${party}`) })} </span>
                {signature ? (
                  <>
                    {t("learningAgreement.signedBy", {
                      name: signature.signerName,
                      position: positionLabel(signature.signerPosition, t),
                      email: signature.signerEmail,
                      date: formatDateTime(signature.signedAt, locale),
                    })}{" "}
                    <Badge tone={signature.valid ? "success" : "danger"}>
                      {signature.valid ? t("learningAgreement.hashMatches") : t("learningAgreement.hashDiffers")}
                    </Badge>
                    <span className="block break-all font-mono text-xs text-slate-600">
                      {t("common.labelled", { label: t("learningAgreement.signatureHash"), value: signature.contentHash })}
                    </span>
                  </>
                ) : (
                  <span className="text-slate-600">{t("learningAgreement.notSigned")}</span>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {version.rejections.map((rejection, index) => (
        <p key={index} className="rounded bg-red-50 p-2 text-sm text-red-900">
          {t("learningAgreement.rejectedBy", { author: rejection.authorName, comment: rejection.comment })}
        </p>
      ))}
      {version.pdfFileId && (
        <a className="font-semibold text-eu-blue underline" href={`/api/v1/files/${version.pdfFileId}`}>
          {t("learningAgreement.downloadPdf")}
        </a>
      )}
    </article>
  );
}

/** Every version, newest first, each compared with the one before it. */
export function AgreementHistory({ versions, t, locale }: { versions: VersionView[]; t: Translate; locale: Locale }) {
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {[...versions].reverse().map((version) => {
        const previous = versions.filter((v) => v.number < version.number && (v.state === "AGREED" || version.kind === "FIRST")).at(-1);
        return <VersionPanel key={version.id} version={version} previous={previous?.content ?? null} t={t} locale={locale} />;
      })}
    </div>
  );
}

/** What the version says of the mobility besides its components, as the PDF does: whoever signs reads all of it. */
function MobilityFacts({ content, t, locale }: { content: LearningAgreementContent; t: Translate; locale: Locale }) {
  const { mobility, language } = content;
  const contact = (person: { name: string; email: string }) => `${person.name} <${person.email}>`;
  const facts = [
    [t("learningAgreement.academicYear"), mobility.academicYear],
    [t("learningAgreement.period"), `${formatMonth(mobility.plannedStartMonth, locale)} – ${formatMonth(mobility.plannedEndMonth, locale)}`],
    [t("learningAgreement.receivingDepartment"), mobility.receivingDepartment],
    [t("learningAgreement.sendingContactName"), contact(mobility.sendingContact)],
    [t("learningAgreement.receivingContactName"), contact(mobility.receivingContact)],
    [t("learningAgreement.languageCompetence"), `${languageName(language.code, locale)} ${language.level}`],
  ] as const;
  return (
    <section data-testid="agreement-mobility">
      <h4 className="text-sm font-semibold">{t("learningAgreement.mobilityTitle")}</h4>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-600">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="mt-3 text-sm font-semibold">{t("learningAgreement.commitment")}</h4>
      <p className="whitespace-pre-line break-words text-sm">{content.recognitionCommitment}</p>
    </section>
  );
}
