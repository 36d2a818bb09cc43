"use client";

import { useState } from "react";

/**
 * The version a record's form was read at, for its next save. It moves on
 * with this form's own saves only: after someone else saved, the page's
 * fresh version must not be taken as the one these values were based on,
 * so a save over theirs is refused until the page is reloaded.
 */
export function useBasedOnVersion(initial: number | undefined) {
  const [basedOn, setBasedOn] = useState(initial);
  return { basedOn, savedAs: (version: number) => setBasedOn(version) };
}
