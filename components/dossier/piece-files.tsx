import type { PieceFile } from "@/lib/server/application/get-application";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/i18n/format";

function sizeLabel(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The current file of a piece with view and download links, and its earlier versions. */
export function PieceFiles({ files, t, locale }: { files: PieceFile[]; t: Translate; locale: Locale }) {
  const current = files.find((f) => f.current);
  const earlier = files.filter((f) => !f.current);
  return (
    <div className="space-y-1 text-sm">
      {current && (
        <p className="flex flex-wrap items-center gap-x-3">
          <span className="font-medium">{current.originalName}</span>
          <span className="text-slate-600">
            {sizeLabel(current.size)} · {formatDateTime(current.uploadedAt, locale)}
          </span>
          <a className="text-eu-blue underline" href={`/api/v1/files/${current.id}?inline=1`} target="_blank" rel="noreferrer">
            {t("dossier.view")}
          </a>
          <a className="text-eu-blue underline" href={`/api/v1/files/${current.id}`}>
            {t("dossier.download")}
          </a>
        </p>
      )}
      {earlier.length > 0 && (
        <details>
          <summary className="cursor-pointer text-slate-600">{t("dossier.history")}</summary>
          <ul className="ml-4 list-disc">
            {earlier.map((file) => (
              <li key={file.id}>
                <a className="text-eu-blue underline" href={`/api/v1/files/${file.id}`}>
                  {file.originalName}
                </a>{" "}
                · {formatDateTime(file.uploadedAt, locale)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
