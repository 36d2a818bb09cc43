import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { getSelection } from "@/lib/server/selection/get-selection";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate, formatDecimal } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { PageHeader, Section } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";
import { SelectionSettingsForm } from "@/components/selection/selection-settings-form";
import { CandidateMarksForm } from "@/components/selection/candidate-marks-form";
import {
  ComplementaryRoundButton,
  ConfirmAllocationButton,
  NominateButton,
  ProposalMoveForm,
  RankAdjustmentForm,
} from "@/components/selection/selection-moves";

/** A round's selection: ranking, proposal side by side per candidate and per destination, then the places as they stand once confirmed. */
export default async function SelectionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR");
  const { id } = await params;
  const { locale, t } = await getTranslator();
  const view = await getSelection(user, id);
  const confirmed = view.round.confirmedAt !== null;
  const options = view.candidates.map((c) => ({ id: c.id, name: `${c.rank}. ${c.name}` }));
  const place = (c: (typeof view.candidates)[number]) => {
    if (!confirmed) return c.assigned ?? t("selection.noPlace");
    if (c.offer?.state === "ACCEPTED") return t("selection.acceptedAt", { destination: c.assigned ?? "" });
    if (c.offer?.state === "OFFERED") return t("selection.offeredAt", { destination: c.assigned ?? "", date: formatDate(c.offer.answerBy, locale) });
    return t(`statuses.${c.status}`);
  };
  return (
    <I18nProvider locale={locale} messages={pickMessages(locale, ["selection", "errors"])}>
      <div className="space-y-8">
        <PageHeader
          title={t("selection.title", { round: view.round.name })}
          lead={confirmed ? t("selection.confirmedLead", { date: formatDate(view.round.confirmedAt!, locale) }) : t("selection.lead")}
          actions={
            <Link href={user.role === "INTERNATIONAL_OFFICE" ? `/coordinator/rounds/${id}` : "/coordinator"} className="text-eu-blue underline">
              {t("selection.back")}
            </Link>
          }
        />
        {view.mayDecide && !confirmed && (
          <Section id="selection-settings" title={t("selection.settings")}>
            <SelectionSettingsForm
              initial={{
                roundId: id,
                version: view.round.settingsVersion,
                weights: view.round.weights,
                tieBreaks: view.round.tieBreaks.slice(0, 3),
                offerAnswerDays: view.round.offerAnswerDays,
              }}
            />
          </Section>
        )}
        <Section id="selection-ranking" title={t("selection.ranking")}>
          {view.candidates.length === 0 ? (
            <p className="text-slate-700">{t("selection.noCandidates")}</p>
          ) : (
            <Table
              head={[
                t("selection.columns.rank"),
                t("selection.columns.candidate"),
                t("selection.columns.average"),
                t("selection.columns.score"),
                t("selection.columns.marks"),
              ]}
            >
              {view.candidates.map((c) => (
                <tr key={c.id} data-testid="ranked-candidate">
                  <Cell>{c.rank}</Cell>
                  <Cell>
                    <Link href={`/coordinator/applications/${c.id}`} className="font-medium text-eu-blue underline">
                      {c.name}
                    </Link>
                    <span className="block text-xs text-slate-600">{c.programme}</span>
                    {c.adjustment && <span className="block text-xs text-slate-700">{t("selection.adjustedBecause", { reason: c.adjustment })}</span>}
                  </Cell>
                  <Cell>{c.gradeAverage === null ? "—" : formatDecimal(c.gradeAverage, locale)}</Cell>
                  <Cell>{c.score === null ? "—" : formatDecimal(c.score, locale)}</Cell>
                  <Cell>
                    {confirmed ? (
                      `${c.motivationMark === null ? "—" : formatDecimal(c.motivationMark, locale)}${c.previousErasmusStay ? ` · ${t("selection.previousStay")}` : ""}`
                    ) : (
                      <CandidateMarksForm applicationId={c.id} name={c.name} motivationMark={c.motivationMark} previousErasmusStay={c.previousErasmusStay} />
                    )}
                  </Cell>
                </tr>
              ))}
            </Table>
          )}
          {view.mayDecide && !confirmed && view.candidates.length > 0 && <RankAdjustmentForm roundId={id} candidates={options} />}
        </Section>
        <Section id="selection-places" title={confirmed ? t("selection.places") : t("selection.proposal")}>
          {view.refusedMoves > 0 && <Alert tone="warning">{t("selection.refusedMoves", { count: view.refusedMoves })}</Alert>}
          <div className="grid gap-6 lg:grid-cols-2">
            <Table
              caption={t("selection.perCandidate")}
              head={[t("selection.columns.rank"), t("selection.columns.candidate"), t("selection.columns.place"), t("selection.columns.waiting")]}
            >
              {view.candidates.map((c) => (
                <tr key={c.id} data-testid="candidate-place">
                  <Cell>{c.rank}</Cell>
                  <Cell>{c.name}</Cell>
                  <Cell>{place(c)}</Cell>
                  <Cell>{c.waiting.map((w) => t("selection.waitingAt", { destination: w.destination, position: w.position })).join(", ") || "—"}</Cell>
                </tr>
              ))}
            </Table>
            <Table
              caption={t("selection.perDestination")}
              head={[
                t("selection.columns.destination"),
                t("selection.columns.places"),
                t("selection.columns.assigned"),
                t("selection.columns.waiting"),
                t("selection.columns.cutoff"),
              ]}
            >
              {view.destinations.map((d) => (
                <tr key={d.id} data-testid="destination-places">
                  <Cell>{d.name}</Cell>
                  <Cell>{d.places}</Cell>
                  <Cell>{d.assigned}</Cell>
                  {confirmed && <Cell>{d.free}</Cell>}
                  <Cell>{d.waiting}</Cell>
                  <Cell>{d.cutoffRank ?? "—"}</Cell>
                </tr>
              ))}
            </Table>
          </div>
          {view.mayDecide && !confirmed && view.candidates.length > 0 && (
            <>
              <ProposalMoveForm roundId={id} candidates={options} destinations={view.destinations.map((d) => ({ id: d.id, name: d.name }))} />
              <ConfirmAllocationButton roundId={id} />
            </>
          )}
        </Section>
        {confirmed && (
          <Section id="selection-nominations" title={t("selection.nomination.heading")}>
            <p className="text-slate-700">{t("selection.nomination.lead")}</p>
            {view.nominations.length === 0 ? (
              <p className="text-sm text-slate-700">{t("selection.nomination.none")}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm" data-testid="nominations">
                {view.nominations.map((n) => (
                  <li key={n.id}>
                    {t("selection.nomination.sent", {
                      partner: n.partner,
                      count: n.count,
                      date: formatDate(n.sentAt, locale),
                      by: n.by,
                      recipients: n.recipients.join(", "),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {view.mayDecide && <NominateButton roundId={id} />}
          </Section>
        )}
        {confirmed && view.mayDecide && view.destinations.some((d) => d.places > d.assigned) && (
          <Section id="selection-complementary" title={t("selection.complementary")}>
            <p className="text-slate-700">{t("selection.complementaryLead")}</p>
            <ComplementaryRoundButton roundId={id} />
          </Section>
        )}
      </div>
    </I18nProvider>
  );
}
