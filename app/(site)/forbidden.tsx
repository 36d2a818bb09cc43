import { getTranslator } from "@/lib/i18n/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <div>
      <PageHeader title={t("errors.forbiddenTitle")} lead={t("errors.forbiddenBody")} />
      <ButtonLink href="/">{t("common.backHome")}</ButtonLink>
    </div>
  );
}
