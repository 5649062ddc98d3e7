import * as referenceActions from "@/lib/actions/reference-items/reference-actions";
import { REFERENCE_TYPES, type ReferenceTypeName } from "@/lib/reference-types";

type Actions = {
  create: typeof referenceActions.createTag;
  update: typeof referenceActions.updateTag;
  delete: typeof referenceActions.deleteTag;
};

/** A type's three actions, exported as `create<Type>` … (a type without them does not compile). */
function actionsOf(name: ReferenceTypeName): Actions {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}` as Capitalize<ReferenceTypeName>;
  return {
    create: referenceActions[`create${type}`],
    update: referenceActions[`update${type}`],
    delete: referenceActions[`delete${type}`],
  };
}

/**
 * Each reference type's actions, for the generic pages that hand them to the forms (a
 * "use server" module exports only the actions themselves, by name).
 */
export const REFERENCE_ACTIONS = Object.fromEntries(
  (Object.keys(REFERENCE_TYPES) as ReferenceTypeName[]).map((name) => [name, actionsOf(name)]),
) as Record<ReferenceTypeName, Actions>;
