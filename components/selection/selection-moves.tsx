"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZProposalMove, ZRankAdjustment } from "@/lib/validation/selection";
import { useRouter } from "next/navigation";
import { adjustRankAction, confirmAllocationAction, moveInProposalAction, nominateAction, openComplementaryRoundAction } from "@/app/actions/selection";

type Option = { id: string; name: string };

/** The office moves a candidate to a position in the ranking, with why. */
export function RankAdjustmentForm({ roundId, candidates }: { roundId: string; candidates: Option[] }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZRankAdjustment, { roundId, applicationId: "", position: "1", reason: "" });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  return (
    <form
      className="grid gap-3 sm:grid-cols-4"
      noValidate
      onSubmit={form.handleSubmit((values) => run(() => adjustRankAction(values), "selection.rankAdjusted"))}
    >
      <SelectField label={t("selection.candidate")} error={fieldError(errors.applicationId)} {...form.register("applicationId")}>
        <option value="">{t("selection.chooseCandidate")}</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField type="number" label={t("selection.position")} error={fieldError(errors.position)} {...form.register("position")} />
      <TextField label={t("selection.reason")} error={fieldError(errors.reason)} {...form.register("reason")} />
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("selection.adjustRank")}
        </Button>
      </div>
      <div className="sm:col-span-4">
        <NoticeView notice={notice} />
      </div>
    </form>
  );
}

/** The office gives a candidate another destination, or none, in the proposal; a full destination is refused. */
export function ProposalMoveForm({ roundId, candidates, destinations }: { roundId: string; candidates: Option[]; destinations: Option[] }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZProposalMove, { roundId, applicationId: "", destinationId: "", reason: "" });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  return (
    <form className="grid gap-3 sm:grid-cols-4" noValidate onSubmit={form.handleSubmit((values) => run(() => moveInProposalAction(values), "selection.moved"))}>
      <SelectField label={t("selection.candidate")} error={fieldError(errors.applicationId)} {...form.register("applicationId")}>
        <option value="">{t("selection.chooseCandidate")}</option>
        {candidates.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField label={t("selection.destination")} error={fieldError(errors.destinationId)} {...form.register("destinationId")}>
        <option value="">{t("selection.noPlace")}</option>
        {destinations.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t("selection.reason")} error={fieldError(errors.reason)} {...form.register("reason")} />
      <div className="flex items-end">
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("selection.move")}
        </Button>
      </div>
      <div className="sm:col-span-4">
        <NoticeView notice={notice} />
      </div>
    </form>
  );
}

/** Confirms the proposal for good, once asked. */
export function ConfirmAllocationButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button
        disabled={busy}
        onClick={() => {
          if (window.confirm(t("selection.confirmQuestion")))
            void run(
              () => confirmAllocationAction({ roundId }),
              (outcome) => t("selection.confirmed", outcome),
            );
        }}
      >
        {t("selection.confirm")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}

/** Nominates the students who accepted their place to their partners; says which partners have no contact to write to. */
export function NominateButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button
        disabled={busy}
        onClick={() =>
          void run(
            () => nominateAction({ roundId }),
            (outcome) =>
              [
                t("selection.nomination.done", { students: outcome.sent.reduce((sum, s) => sum + s.students, 0) }),
                outcome.withoutContact.length ? t("selection.nomination.withoutContact", { partners: outcome.withoutContact.join(", ") }) : "",
              ]
                .filter(Boolean)
                .join(" "),
          )
        }
      >
        {t("selection.nomination.button")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}

/** Opens the complementary round of the unfilled places and goes to its set-up page. */
export function ComplementaryRoundButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          const result = await run(() => openComplementaryRoundAction({ roundId }));
          if (result.ok) router.push(`/coordinator/rounds/${result.data.id}?created=1`);
        }}
      >
        {t("selection.complementary")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}
