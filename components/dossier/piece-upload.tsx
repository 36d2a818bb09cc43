"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { NoticeView } from "@/components/forms/notice-view";
import type { Notice } from "@/components/forms/use-action";
import { buttonClasses } from "@/components/ui/button";
import type { PieceKind } from "@/lib/domain/dossier/pieces";
import { uploadFailureText, uploadFile } from "./upload-file";

const ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

/** Choosing a file uploads it at once, with a progress bar; refusals are explained next to the piece. */
export function PieceUpload({ applicationId, kind, replace, maxMb }: { applicationId: string; kind: PieceKind; replace: boolean; maxMb: number }) {
  const { t } = useI18n();
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<Notice | null>(null);
  const pieceName = t(`dossier.pieces.${kind}`);

  async function send(file: File) {
    setMessage(null);
    setProgress(0);
    try {
      const result = await uploadFile(`/api/v1/applications/${applicationId}/pieces/${kind}`, file, setProgress);
      if (result.status === 201) {
        setMessage({ tone: "success", text: t("dossier.uploaded", { name: result.body.originalName ?? file.name }) });
        router.refresh();
      } else setMessage({ tone: "error", text: uploadFailureText(t, result, maxMb) });
    } catch {
      setMessage({ tone: "error", text: uploadFailureText(t, null, maxMb) });
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className={`${buttonClasses(replace ? "secondary" : "primary")} cursor-pointer focus-within:outline`}>
        {replace ? t("dossier.replace") : t("dossier.upload")}
        <span className="sr-only"> — {t("dossier.chooseFile", { piece: pieceName })}</span>
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={ACCEPT}
        className="sr-only"
        aria-label={t("dossier.chooseFile", { piece: pieceName })}
        disabled={progress !== null}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void send(file);
        }}
      />
      {progress !== null && (
        <div className="flex items-center gap-2 text-sm">
          <progress max={1} value={progress} className="h-2 w-40" aria-label={t("dossier.uploading", { percent: Math.round(progress * 100) })} />
          <span>{t("dossier.uploading", { percent: Math.round(progress * 100) })}</span>
        </div>
      )}
      <NoticeView notice={message} />
    </div>
  );
}
