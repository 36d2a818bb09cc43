"use client";

import { useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Cell, Table } from "@/components/ui/table";

type TeachingLanguage = "fr" | "en";
type CourseRow = { key: string; name: string; languages: TeachingLanguage[] };

const FILTER_CHANGED = "teaching-filter-changed";

function isTeachingLanguage(value: unknown): value is TeachingLanguage {
  return value === "fr" || value === "en";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(FILTER_CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(FILTER_CHANGED, onChange);
  };
}

function requestedFilter(): TeachingLanguage | undefined {
  const requested = new URLSearchParams(window.location.search).get("teaching");
  return isTeachingLanguage(requested) ? requested : undefined;
}

/**
 * The courses, filtered by teaching language in the browser: the page is
 * static, so the filter lives in `?teaching=` for links to share, not on the server.
 */
export function CourseList({ courses }: { courses: CourseRow[] }) {
  const { t } = useI18n();
  const filter = useSyncExternalStore(subscribe, requestedFilter, () => undefined);

  const choose = (code: TeachingLanguage | undefined) => {
    const url = new URL(window.location.href);
    if (code) url.searchParams.set("teaching", code);
    else url.searchParams.delete("teaching");
    window.history.replaceState(window.history.state, "", url);
    window.dispatchEvent(new Event(FILTER_CHANGED));
  };
  const language = (code: TeachingLanguage) => t(`incoming.languageNames.${code}`);
  const shown = courses.filter((course) => !filter || course.languages.includes(filter));

  return (
    <>
      <div role="group" aria-label={t("incoming.filterLanguage")} className="flex flex-wrap items-center gap-2 text-sm">
        <span aria-hidden="true">{t("incoming.filterLanguage")}</span>
        {([undefined, "fr", "en"] as const).map((code) => (
          <button
            key={code ?? "all"}
            type="button"
            onClick={() => choose(code)}
            aria-pressed={filter === code}
            className={`rounded-full border px-3 py-1 ${filter === code ? "border-eu-blue bg-eu-blue text-white" : "border-slate-300 bg-white"}`}
          >
            {code ? language(code) : t("incoming.allLanguages")}
          </button>
        ))}
      </div>
      <Table head={[t("incoming.coursesTitle"), t("incoming.teachingLanguage")]}>
        {shown.map((course) => (
          <tr key={course.key} data-testid="course">
            <Cell>{course.name}</Cell>
            <Cell>{course.languages.map(language).join(", ")}</Cell>
          </tr>
        ))}
      </Table>
    </>
  );
}
