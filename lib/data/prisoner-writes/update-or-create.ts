import "server-only";

/**
 * Saves one row that a prisoner-editor tab keeps, and gives its id: the row is updated in place
 * while its id still names a row of this prisoner, and created otherwise (a new row, or one that
 * someone deleted meanwhile). `update` must be scoped to the prisoner (an updateMany with
 * `prisonerId`), so that a forged id reaches no other prisoner's row: it then counts 0.
 */
export async function updateOrCreate(
  id: string | null | undefined,
  update: (id: string) => Promise<{ count: number }>,
  create: () => Promise<{ id: string }>,
): Promise<string> {
  if (id && (await update(id)).count > 0) return id;
  return (await create()).id;
}
