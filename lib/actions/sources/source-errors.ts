/** The namespace of the Sources editor's error codes (lib/validation/source.ts). */
export const SOURCE_ERRORS = "SourceEditor.errors";
