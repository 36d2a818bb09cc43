/**
 * Every endpoint of the portal and who may use it. A route handler or a
 * server action that is not listed here makes tests/integration/endpoints.test.ts
 * fail: a new endpoint must say who it is for.
 */
export const ROUTE_ACCESS: Record<string, "public" | "signed-in"> = {
  "GET /api/auth/[...nextauth]": "public",
  "POST /api/auth/[...nextauth]": "public",
  "GET /api/health": "public",
  "POST /api/v1/eligibility": "public",
  "GET /api/v1/factsheet": "public",
  "POST /api/v1/incoming-applications": "public",
  "GET /api/v1/applications/[id]/dossier.zip": "signed-in",
  "GET /api/v1/applications/[id]/grant-contract": "signed-in",
  "POST /api/v1/applications/[id]/pieces/[kind]": "signed-in",
  "POST /api/v1/applications/[id]/withdrawal-evidence": "signed-in",
  "POST /api/v1/agreements/[id]/signed-copy": "signed-in",
  "GET /api/v1/coordinator/applications/export": "signed-in",
  "GET /api/v1/files/[id]": "signed-in",
  "GET /api/v1/learning-agreements/[id]": "signed-in",
  "GET /api/v1/partners/export": "signed-in",
  "GET /api/v1/rounds/[id]/grant-decisions": "signed-in",
};

/** The route handlers other sites may call: the public eligibility API, and next-auth (which checks its own CSRF token). */
export const CROSS_SITE_ROUTES = ["POST /api/v1/eligibility", "GET /api/auth/[...nextauth]", "POST /api/auth/[...nextauth]"];

const COORDINATORS = ["DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE", "GRANT_COMMISSION", "HOST_COORDINATOR"];

/** Server actions: "public", a form action taking FormData, or the roles admitted. */
export const ACTION_ACCESS_MATRIX: Record<string, "public" | "public-form" | string[]> = {
  signUp: "public",
  switchLocale: "public-form",
  startApplicationAction: ["STUDENT"],
  saveDraftAction: ["STUDENT"],
  submitApplicationAction: ["STUDENT"],
  saveBankDetailsAction: ["STUDENT"],
  saveRoundSettings: ["ADMINISTRATOR"],
  reviewPieceAction: COORDINATORS,
  decideAction: COORDINATORS,
  bulkDecideAction: COORDINATORS,
  addNoteAction: COORDINATORS,
  decideIncomingAction: ["INTERNATIONAL_OFFICE"],
  saveFactSheetAction: ["INTERNATIONAL_OFFICE"],
  savePartnerAction: ["INTERNATIONAL_OFFICE"],
  saveRoundAction: ["INTERNATIONAL_OFFICE"],
  copyRoundAction: ["INTERNATIONAL_OFFICE"],
  deleteRoundAction: ["INTERNATIONAL_OFFICE"],
  saveRoundDestinationsAction: ["INTERNATIONAL_OFFICE"],
  inviteStaffAction: ["ADMINISTRATOR"],
  saveHomeInstitutionAction: ["ADMINISTRATOR"],
  saveDepartmentAction: ["ADMINISTRATOR"],
  saveProgrammeAction: ["ADMINISTRATOR"],
  revokeStaffInvitationAction: ["ADMINISTRATOR"],
  updateStaffAction: ["ADMINISTRATOR"],
  acceptStaffInvitationAction: "public",
  confirmSignUpAction: "public",
  saveAgreementAction: ["INTERNATIONAL_OFFICE"],
  importPartnersAction: ["INTERNATIONAL_OFFICE"],
  saveSelectionSettingsAction: ["INTERNATIONAL_OFFICE"],
  markCandidateAction: ["INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR"],
  adjustRankAction: ["INTERNATIONAL_OFFICE"],
  moveInProposalAction: ["INTERNATIONAL_OFFICE"],
  confirmAllocationAction: ["INTERNATIONAL_OFFICE"],
  answerPlaceAction: ["STUDENT"],
  signOutDestinationAction: "public",
  saveAgreementDraftAction: ["STUDENT"],
  proposeAgreementAction: ["STUDENT"],
  proposeChangesAction: ["STUDENT"],
  deleteAgreementAction: ["STUDENT"],
  signAsSendingAction: COORDINATORS,
  approveAsOfficeAction: ["INTERNATIONAL_OFFICE"],
  rejectAsSendingAction: COORDINATORS,
  revokeInvitationAction: COORDINATORS,
  reinviteHostAction: COORDINATORS,
  signAsHostAction: "public",
  rejectAsHostAction: "public",
  saveGrantSettingsAction: ["GRANT_COMMISSION"],
  importGradesAction: ["GRANT_COMMISSION"],
  setCriteriaAction: ["GRANT_COMMISSION"],
  publishGrantsAction: ["GRANT_COMMISSION"],
  withdrawAction: ["STUDENT", "DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE"],
  acceptForceMajeureAction: ["INTERNATIONAL_OFFICE"],
};
