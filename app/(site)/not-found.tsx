import { getTranslator } from "@/lib/i18n/server";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <div>
      <PageHeader title={t("common.notFoundTitle")} lead={t("common.notFoundBody")} />
      <ButtonLink href="/">{t("common.backHome")}</ButtonLink>
    </div>
  );
}
