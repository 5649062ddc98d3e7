/**
 * Who may call each door of the dashboard: every server action (by file and export) and every
 * staff route handler (by method and path). This table is the access policy as a reader would
 * ask for it; tests/integration/authorization-matrix.test.ts calls each door as each kind of
 * actor, the way a forged request would, and checks the outcome against it. Doors are discovered
 * from the code, so a new action or route without a row here fails the test.
 *
 *   PUBLIC       anyone, signed in or not (sign-in, password reset, the public report form)
 *   STAFF        every signed-in role
 *   DRAFTS       every signed-in role, but contributors only on drafts (that rule needs the item's
 *                state and is checked next to the data: tests/integration/content-store-policy.test.ts)
 *   EDITORS      editors and administrators
 *   ADMINS       administrators
 *   ENROLMENT    every signed-in role, including an administrator who has not yet set up two-step
 *                verification (the enrolment itself)
 *
 * For every row except PUBLIC: signed out, and a disabled account's old session, are sent to
 * sign in; an administrator without two-step verification is sent to set it up (ENROLMENT rows
 * excepted).
 */

export type Access = "PUBLIC" | "STAFF" | "DRAFTS" | "EDITORS" | "ADMINS" | "ENROLMENT";

export const SERVER_ACTIONS: Record<string, Access> = {
  // The public site and signing in.
  "lib/actions/reports/report-inaccuracy.ts#reportInaccuracy": "PUBLIC",
  "lib/actions/letters-to-prisoners/record-letter-sent.ts#recordLetterSentAction": "PUBLIC",
  "lib/actions/auth/sign-in.ts#signInAction": "PUBLIC",
  "lib/actions/auth/sign-out.ts#signOutAction": "PUBLIC",
  "lib/actions/auth/password-reset.ts#requestPasswordResetAction": "PUBLIC",
  "lib/actions/auth/password-reset.ts#resetPasswordAction": "PUBLIC",
  "lib/actions/auth/accept-invitation.ts#acceptInvitationAction": "PUBLIC",

  // One's own account.
  "lib/actions/auth/account.ts#updateAccountNameAction": "STAFF",
  "lib/actions/auth/account.ts#confirmTwoFactorAction": "ENROLMENT",
  "lib/actions/auth/account.ts#disableTwoFactorAction": "STAFF",
  "lib/actions/auth/account.ts#signOutEverywhereAction": "STAFF",
  "lib/actions/auth/account.ts#signOutSessionAction": "STAFF",
  // Confirming one's password again before a sensitive export.
  "lib/actions/auth/confirm-identity.ts#confirmIdentityAction": "STAFF",
  "lib/actions/auth/change-password.ts#changePasswordAction": "STAFF",

  // Staff accounts.
  "lib/actions/auth/invite-user.ts#inviteUserAction": "ADMINS",
  "lib/actions/auth/revoke-invitation.ts#revokeInvitationAction": "ADMINS",
  "lib/actions/auth/change-user-role.ts#changeUserRoleAction": "ADMINS",
  "lib/actions/auth/set-user-disabled.ts#setUserDisabledAction": "ADMINS",

  // Prisoner profiles.
  "lib/actions/prisoners/create-prisoner.ts#createPrisoner": "STAFF",
  "lib/actions/prisoners/update-prisoner-basics.ts#updatePrisonerBasics": "DRAFTS",
  "lib/actions/prisoners/update-prisoner-names.ts#updatePrisonerNames": "DRAFTS",
  "lib/actions/prisoners/update-prisoner-status-history.ts#updatePrisonerStatusHistory": "DRAFTS",
  "lib/actions/prisoners/update-prisoner-detentions.ts#updatePrisonerDetentions": "DRAFTS",
  "lib/actions/prisoners/update-prisoner-cases.ts#updatePrisonerCases": "DRAFTS",
  "lib/actions/prisoners/update-prisoner-political.ts#updatePrisonerPolitical": "DRAFTS",
  "lib/actions/prisoners/update-prisoner-timeline.ts#updatePrisonerTimeline": "DRAFTS",
  "lib/actions/prisoners/update-prisoner-profile-citations.ts#updatePrisonerProfileCitations":
    "DRAFTS",
  // Contributors keep the working notes; the contact and consent fields are editors' only
  // (lib/auth/data-classes.ts).
  "lib/actions/prisoners/update-prisoner-internal.ts#updatePrisonerInternal": "DRAFTS",
  "lib/actions/prisoners/delete-prisoner.ts#deletePrisoner": "EDITORS",
  "lib/actions/import/import-prisoners.ts#importPrisonersAction": "EDITORS",

  // Any editorial content: the workflow and the history.
  "lib/actions/content/transition-content.ts#transitionContentAction": "DRAFTS",
  // Publishing or returning many items of the review queue at once.
  "lib/actions/content/bulk-review.ts#bulkReview": "EDITORS",
  "lib/actions/content/restore-revision.ts#restoreRevisionAction": "DRAFTS",

  // Reference data, sources and publications.
  "lib/actions/reference-items/reference-actions.ts#createTag": "STAFF",
  "lib/actions/reference-items/reference-actions.ts#updateTag": "DRAFTS",
  "lib/actions/reference-items/reference-actions.ts#deleteTag": "EDITORS",
  "lib/actions/reference-items/reference-actions.ts#createCountry": "STAFF",
  "lib/actions/reference-items/reference-actions.ts#updateCountry": "DRAFTS",
  "lib/actions/reference-items/reference-actions.ts#deleteCountry": "EDITORS",
  "lib/actions/reference-items/reference-actions.ts#createAffiliation": "STAFF",
  "lib/actions/reference-items/reference-actions.ts#updateAffiliation": "DRAFTS",
  "lib/actions/reference-items/reference-actions.ts#deleteAffiliation": "EDITORS",
  "lib/actions/reference-items/reference-actions.ts#createOrganisation": "STAFF",
  "lib/actions/reference-items/reference-actions.ts#updateOrganisation": "DRAFTS",
  "lib/actions/reference-items/reference-actions.ts#deleteOrganisation": "EDITORS",
  "lib/actions/reference-items/reference-actions.ts#createFacility": "STAFF",
  "lib/actions/reference-items/reference-actions.ts#updateFacility": "DRAFTS",
  "lib/actions/reference-items/reference-actions.ts#deleteFacility": "EDITORS",
  "lib/actions/reference-items/reference-actions.ts#createCriminalCodeArticle": "STAFF",
  "lib/actions/reference-items/reference-actions.ts#updateCriminalCodeArticle": "DRAFTS",
  "lib/actions/reference-items/reference-actions.ts#deleteCriminalCodeArticle": "EDITORS",
  "lib/actions/sources/create-source.ts#createSource": "STAFF",
  "lib/actions/sources/update-source.ts#updateSource": "DRAFTS",
  "lib/actions/sources/delete-source.ts#deleteSource": "EDITORS",
  "lib/actions/publications/create-publication.ts#createPublication": "STAFF",
  "lib/actions/publications/update-publication.ts#updatePublication": "DRAFTS",
  "lib/actions/publications/delete-publication.ts#deletePublication": "EDITORS",

  // Letters, their notable signatories and signatures.
  "lib/actions/letters/create-letter.ts#createLetter": "STAFF",
  "lib/actions/letters/update-letter.ts#updateLetter": "DRAFTS",
  "lib/actions/letters/delete-letter.ts#deleteLetter": "EDITORS",
  "lib/actions/letters/record-delivery.ts#recordDelivery": "EDITORS",
  // An answer is part of the letter: drafts of a draft letter are anyone's, publishing is editors'.
  "lib/actions/letters/save-letter-answer.ts#saveLetterAnswerAction": "DRAFTS",
  "lib/actions/letters/set-letter-answer-state.ts#setLetterAnswerStateAction": "EDITORS",
  "lib/actions/letters/invalidate-flagged.ts#invalidateFlaggedSignatures": "EDITORS",
  "lib/actions/letters/bulk-invalidate-signatures.ts#bulkInvalidateSignatures": "EDITORS",
  // Contributors propose a signatory; only an editor's verification makes it public.
  "lib/actions/signatories/create-signatory.ts#createSignatory": "STAFF",
  "lib/actions/signatories/update-signatory.ts#updateSignatory": "DRAFTS",
  "lib/actions/signatories/verify-signatory.ts#verifySignatory": "EDITORS",
  // A prisoner's sponsors (lib/sponsors): a name on the public profile, editors only.
  "lib/actions/sponsors/add-prisoner-sponsor.ts#addPrisonerSponsor": "EDITORS",
  "lib/actions/sponsors/set-prisoner-sponsor-published.ts#setPrisonerSponsorPublished": "EDITORS",
  "lib/actions/sponsors/remove-prisoner-sponsor.ts#removePrisonerSponsor": "EDITORS",
  "lib/actions/signatories/delete-signatory.ts#deleteSignatory": "EDITORS",

  // The inbox of inaccuracy reports.
  "lib/actions/reports/assign-report.ts#assignReport": "EDITORS",
  "lib/actions/reports/resolve-report.ts#resolveReport": "EDITORS",
  "lib/actions/reports/reopen-report.ts#reopenReport": "EDITORS",
  "lib/actions/reports/bulk-reports.ts#bulkReports": "EDITORS",

  // The media library.
  "lib/actions/media/update-media-details.ts#updateMediaDetailsAction": "STAFF",
  "lib/actions/media/delete-media.ts#deleteMediaAction": "EDITORS",
};

/**
 * Route handlers, one row per request the matrix makes. A route with a path parameter that picks
 * what is read (the export's list) has a row per value, discovered from the code too.
 */
export const ROUTE_HANDLERS: Record<string, Access> = {
  "GET /api/dashboard/audit": "EDITORS",
  "GET /api/dashboard/export/prisoners": "STAFF",
  "GET /api/dashboard/export/publications": "STAFF",
  "GET /api/dashboard/export/letters": "STAFF",
  "GET /api/dashboard/export/facilities": "STAFF",
  "GET /api/dashboard/export/articles": "STAFF",
  "GET /api/dashboard/export/tags": "STAFF",
  "GET /api/dashboard/export/countries": "STAFF",
  "GET /api/dashboard/export/sources": "STAFF",
  "GET /api/dashboard/export/inaccuracy-reports": "STAFF",
  "GET /api/dashboard/letters/[id]/delivery/pdf": "EDITORS",
  "GET /api/dashboard/letters/[id]/delivery/csv": "EDITORS",
  "GET /api/dashboard/letters/[id]/delivery/manifest": "EDITORS",
  "GET /api/dashboard/media/[id]": "STAFF",
  "POST /api/dashboard/media": "STAFF",
  "GET /[locale]/dashboard/prisoners/import/template.csv": "EDITORS",
};
