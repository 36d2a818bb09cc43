"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { uploadFailureText, uploadFile } from "@/components/dossier/upload-file";

type Props = {
  label: string;
  /** The upload route (`uploadBody` says the request's shape); the page is refreshed once it answers 201. */
  url: string;
  maxMb: number;
  accept?: string;
  /** Said once the file is stored. */
  done?: string;
};

/** One file, sent as soon as it is chosen, with the refusal in the reader's language. */
export function FileUploadField({ label, url, maxMb, accept = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png", done }: Props) {
  const { t } = useI18n();
  const id = useId();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="space-y-1">
      <label className="block text-sm font-medium" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          setOutcome(null);
          const result = await uploadFile(url, file, () => undefined).catch(() => null);
          if (result?.status === 201) {
            if (done) setOutcome({ ok: true, text: done });
            router.refresh();
          } else setOutcome({ ok: false, text: uploadFailureText(t, result, maxMb) });
        }}
      />
      {outcome && <Alert tone={outcome.ok ? "success" : "error"}>{outcome.text}</Alert>}
    </div>
  );
}
