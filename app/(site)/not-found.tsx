import { getTranslator } from "@/lib/i18n/server";
import { ProblemNotice } from "@/components/layout/problem-notice";

export default async function NotFound() {
  const { t } = await getTranslator();
  return <ProblemNotice t={t} title="common.notFoundTitle" lead="common.notFoundBody" />;
}
