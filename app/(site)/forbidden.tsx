import { getTranslator } from "@/lib/i18n/server";
import { ProblemNotice } from "@/components/layout/problem-notice";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return <ProblemNotice t={t} title="errors.forbiddenTitle" lead="errors.forbiddenBody" />;
}
