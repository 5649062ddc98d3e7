"use server";

import {
  createReferenceAction,
  deleteReferenceAction,
  updateReferenceAction,
} from "@/lib/actions/reference-items/reference-action";

// The server actions of the reference types' editors, made from their descriptors
// (lib/reference-types). A "use server" module exports only async functions, each by a name of
// its own (Next.js gives every export its action id): each of these is one (staffAction's
// result), created once when the module loads. The names are `<create|update|delete><Type>`, by
// the type's name in REFERENCE_TYPES: reference-action-map.ts finds them so, and does not compile
// while a type's three are missing.

export const createTag = createReferenceAction("tag");
export const updateTag = updateReferenceAction("tag");
export const deleteTag = deleteReferenceAction("tag");

export const createCountry = createReferenceAction("country");
export const updateCountry = updateReferenceAction("country");
export const deleteCountry = deleteReferenceAction("country");

export const createAffiliation = createReferenceAction("affiliation");
export const updateAffiliation = updateReferenceAction("affiliation");
export const deleteAffiliation = deleteReferenceAction("affiliation");

export const createOrganisation = createReferenceAction("organisation");
export const updateOrganisation = updateReferenceAction("organisation");
export const deleteOrganisation = deleteReferenceAction("organisation");

export const createFacility = createReferenceAction("facility");
export const updateFacility = updateReferenceAction("facility");
export const deleteFacility = deleteReferenceAction("facility");

export const createCriminalCodeArticle = createReferenceAction("criminalCodeArticle");
export const updateCriminalCodeArticle = updateReferenceAction("criminalCodeArticle");
export const deleteCriminalCodeArticle = deleteReferenceAction("criminalCodeArticle");
