import {
  createAffiliation,
  createArticle,
  createCountry,
  createFacility,
  createOrganisation,
  createTag,
  deleteAffiliation,
  deleteArticle,
  deleteCountry,
  deleteFacility,
  deleteOrganisation,
  deleteTag,
  updateAffiliation,
  updateArticle,
  updateCountry,
  updateFacility,
  updateOrganisation,
  updateTag,
} from "@/lib/actions/reference-items/reference-actions";
import type { ReferenceTypeName } from "@/lib/reference-types";

type Actions = {
  create: typeof createTag;
  update: typeof updateTag;
  delete: typeof deleteTag;
};

/**
 * Each reference type's actions, for the generic pages that hand them to the forms (a
 * "use server" module exports only the actions themselves, by name).
 */
export const REFERENCE_ACTIONS: Record<ReferenceTypeName, Actions> = {
  tag: { create: createTag, update: updateTag, delete: deleteTag },
  country: { create: createCountry, update: updateCountry, delete: deleteCountry },
  affiliation: { create: createAffiliation, update: updateAffiliation, delete: deleteAffiliation },
  organisation: {
    create: createOrganisation,
    update: updateOrganisation,
    delete: deleteOrganisation,
  },
  facility: { create: createFacility, update: updateFacility, delete: deleteFacility },
  criminalCodeArticle: { create: createArticle, update: updateArticle, delete: deleteArticle },
};
