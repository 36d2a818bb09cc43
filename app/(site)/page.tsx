import { getTranslator } from "@/lib/i18n/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/page";

export default async function HomePage() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-white p-8 shadow-sm">
        <h1 className="text-3xl font-bold text-eu-blue sm:text-4xl">{t("home.title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">{t("home.lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <ButtonLink href="/eligibility">{t("home.checkEligibility")}</ButtonLink>
          <ButtonLink href="/sign-up" variant="secondary">
            {t("nav.signUp")}
          </ButtonLink>
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-3">
        <Card title={t("home.outgoingTitle")}>
          <p className="text-sm text-slate-700">{t("home.outgoingBody")}</p>
        </Card>
        <Card title={t("home.staffTitle")}>
          <p className="text-sm text-slate-700">{t("home.staffBody")}</p>
        </Card>
        <Card title={t("home.incomingTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("home.incomingBody")}</p>
          <ButtonLink href="/incoming" variant="ghost">
            {t("home.readIncoming")}
          </ButtonLink>
        </Card>
      </div>
    </div>
  );
}
