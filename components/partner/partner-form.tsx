"use client";

import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { PARTNER_CONTACT_ROLES, ZPartner, type TPartnerInput } from "@/lib/validation/partner";
import { savePartnerAction } from "@/app/actions/partners";
import { InstitutionFields } from "./institution-fields";

type Props = {
  /** The partner being edited with the version on screen, or nothing for a new partner. */
  saved?: { id: string; version: number };
  values: TPartnerInput;
  countries: Array<{ code: string; name: string }>;
};

const NEW_CONTACT = { name: "", email: "", role: "INSTITUTIONAL_COORDINATOR", locale: "en" } as const;

/** The office's form for a partner and its contacts, validated by the schema the server uses. */
export function PartnerForm({ saved, values, countries }: Props) {
  const { t, fieldError } = useI18n();
  const router = useRouter();
  const form = useZodForm(ZPartner, values);
  const { run, notice, busy } = useAction({ form, conflict: "partners.changedMeanwhile" });
  const contacts = useFieldArray({ control: form.control, name: "contacts" });
  const { register, formState } = form;
  const errors = formState.errors;
  const { basedOn, savedAs } = useBasedOnVersion(saved?.version);

  // The typed values go to the server, which parses them with the same schema.
  const onSubmit = async () => {
    const result = await run(() => savePartnerAction({ ...form.getValues(), id: saved?.id, version: basedOn }), "partners.saved");
    if (!result.ok) return;
    savedAs(result.data.version);
    if (!saved) router.push(`/coordinator/partners/${result.data.id}?created=1`);
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-6">
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("partners.identity")}</legend>
        <InstitutionFields form={form} countries={countries}>
          <TextField
            label={t("partners.languages")}
            hint={t("partners.languagesHint")}
            error={fieldError(errors.languagesOfInstruction)}
            {...register("languagesOfInstruction")}
          />
        </InstitutionFields>
      </fieldset>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("partners.contacts")}</legend>
        <p className="text-sm text-slate-700">{t("partners.contactsHint")}</p>
        {contacts.fields.length === 0 && <p className="text-sm text-slate-700">{t("partners.noContacts")}</p>}
        {contacts.fields.map((field, index) => (
          <fieldset key={field.id} className="space-y-2 rounded border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold">{t("partners.contact", { number: index + 1 })}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField label={t("partners.contactName")} error={fieldError(errors.contacts?.[index]?.name)} {...register(`contacts.${index}.name`)} />
              <TextField
                type="email"
                label={t("partners.contactEmail")}
                error={fieldError(errors.contacts?.[index]?.email)}
                {...register(`contacts.${index}.email`)}
              />
              <SelectField label={t("partners.contactRole")} error={fieldError(errors.contacts?.[index]?.role)} {...register(`contacts.${index}.role`)}>
                {PARTNER_CONTACT_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`partners.roles.${role}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField label={t("partners.contactLocale")} error={fieldError(errors.contacts?.[index]?.locale)} {...register(`contacts.${index}.locale`)}>
                <option value="en">{t("partners.locales.en")}</option>
                <option value="fr">{t("partners.locales.fr")}</option>
              </SelectField>
            </div>
            <Button variant="ghost" onClick={() => contacts.remove(index)}>
              {t("partners.removeContact")}
            </Button>
          </fieldset>
        ))}
        <Button variant="secondary" onClick={() => contacts.append({ ...NEW_CONTACT })}>
          {t("partners.addContact")}
        </Button>
        {errors.contacts?.message && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {fieldError(errors.contacts.message)}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={busy}>
        {t("common.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
