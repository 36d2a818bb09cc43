import "server-only";
import { learningAgreementStatsResponseXml, type AcademicYearStats } from "../documents/learning-agreement";
import { homeHei } from "./home-hei";
import { outgoingLearningAgreements } from "./outgoing-learning-agreements";

/**
 * OMobility LAs `stats`, as the spec counts: per academic year, all agreements
 * EWP carries, those whose first version is approved and then changed or
 * not, and where the latest version stands.
 */
export async function omobilityLasStats(): Promise<string> {
  const years = new Map<string, AcademicYearStats>();
  for (const la of await outgoingLearningAgreements([(await homeHei()).schacCode])) {
    const year = la.academicYear!;
    const stats = years.get(year) ?? {
      academicYear: year,
      total: 0,
      notModifiedAfterApproval: 0,
      modifiedAfterApproval: 0,
      latestApproved: 0,
      latestRejected: 0,
      latestAwaiting: 0,
    };
    const shown = la.versions.filter((v) => v.state !== "DRAFT");
    const firstAgreed = shown.some((v) => v.kind === "FIRST" && v.state === "AGREED");
    const latest = shown.at(-1)!;
    stats.total += 1;
    if (firstAgreed && shown.some((v) => v.kind === "CHANGE")) stats.modifiedAfterApproval += 1;
    else if (firstAgreed) stats.notModifiedAfterApproval += 1;
    if (latest.state === "AGREED") stats.latestApproved += 1;
    else if (latest.state === "REJECTED") stats.latestRejected += 1;
    else if (latest.state === "PROPOSED") stats.latestAwaiting += 1;
    years.set(year, stats);
  }
  return learningAgreementStatsResponseXml([...years.values()].sort((a, b) => a.academicYear.localeCompare(b.academicYear)));
}
