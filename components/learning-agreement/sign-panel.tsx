"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { TextAreaField, TextField } from "@/components/ui/field";

type Result = { ok: true } | { ok: false; error: string; detail?: string; fieldErrors?: Record<string, string> };

/**
 * Sign or reject the version the signer is looking at: its hash goes with
 * the answer, and if the text changed meanwhile the signer is asked to
 * review the new version instead of signing text they did not see.
 */
export function SignPanel({
  seenHash,
  askIdentity,
  sign,
  reject,
}: {
  seenHash: string;
  /** The host signs without an account, as the name and position given here; their link then stops working, so the page is not reloaded. */
  askIdentity: boolean;
  sign: (input: { seenHash: string; signerName: string; signerPosition: string }) => Promise<Result>;
  reject: (input: { seenHash: string; signerName: string; comment: string }) => Promise<Result>;
}) {
  const { t } = useI18n();
  const router = useRouter();
  const [name, setName] = useState("");
  const [position, setPosition] = useState("");
  const [comment, setComment] = useState("");
  const [rejecting, setRejecting] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "error" | "warning"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<Result>, success: string) {
    setBusy(true);
    setNotice(null);
    const result = await action();
    setBusy(false);
    if (!askIdentity || !result.ok) router.refresh();
    if (result.ok) return setNotice({ tone: "success", text: success });
    if (result.error === "refused" && result.detail === "stale_version") return setNotice({ tone: "warning", text: t("learningAgreement.reviewNewVersion") });
    if (result.error === "refused" && result.detail) return setNotice({ tone: "error", text: t(`errors.refusals.${result.detail}`) });
    if (result.fieldErrors) return setNotice({ tone: "error", text: Object.values(result.fieldErrors).map((key) => t(key)).join(" ") });
    setNotice({ tone: "error", text: t(`errors.${result.error}`) });
  }

  return (
    <div className="space-y-3">
      {askIdentity && (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t("learningAgreement.signerName")} value={name} onChange={(e) => setName(e.target.value)} />
          <TextField label={t("learningAgreement.signerPosition")} value={position} onChange={(e) => setPosition(e.target.value)} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={() => run(() => sign({ seenHash, signerName: name, signerPosition: position }), t("learningAgreement.signed"))}>
          {t("learningAgreement.sign")}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setRejecting((v) => !v)} aria-expanded={rejecting}>
          {t("learningAgreement.reject")}
        </Button>
      </div>
      {rejecting && (
        <div className="space-y-2">
          <TextAreaField label={t("learningAgreement.rejectComment")} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
          <Button variant="danger" disabled={busy} onClick={() => run(() => reject({ seenHash, signerName: name, comment }), t("learningAgreement.rejected"))}>
            {t("learningAgreement.sendRejection")}
          </Button>
        </div>
      )}
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
    </div>
  );
}
