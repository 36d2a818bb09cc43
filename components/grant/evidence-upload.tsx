"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { uploadFailureText, uploadFile } from "@/components/dossier/upload-file";

/** Uploads the institution's written report of a force majeure. */
export function EvidenceUpload({ applicationId, maxMb }: { applicationId: string; maxMb: number }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <label className="block text-sm font-medium" htmlFor="force-majeure-evidence">
        {t("grants.uploadEvidence")}
      </label>
      <input
        id="force-majeure-evidence"
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          setError(null);
          const result = await uploadFile(`/api/v1/applications/${applicationId}/withdrawal-evidence`, file, () => undefined).catch(() => null);
          if (result?.status === 201) router.refresh();
          else setError(uploadFailureText(t, result, maxMb));
        }}
      />
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
