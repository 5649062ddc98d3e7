import pg from "pg";

/**
 * What the checks read straight from the database, each with a connection of its own (a client
 * kept across a database restart would be broken).
 */
async function query<Row extends pg.QueryResultRow>(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The demo petition every scenario signs. */
export const SURGE_PETITION_SLUG = "demo-petition-free-kazakhstans-political-prisoners";

export async function findPetition(
  databaseUrl: string,
  slug = SURGE_PETITION_SLUG,
): Promise<{ id: string; slug: string; versionId: string }> {
  const [row] = await query<{ id: string; currentVersionId: string | null }>(
    databaseUrl,
    `SELECT id, "currentVersionId" FROM "Letter" WHERE slug = $1 AND state = 'OPEN'`,
    [slug],
  );
  if (!row?.currentVersionId) throw new Error(`No open petition ${slug} with a text to sign.`);
  return { id: row.id, slug, versionId: row.currentVersionId };
}

/** How many times each address carrying `marker` is stored as a signature. */
export async function storedSignatureCopies(
  databaseUrl: string,
  marker: string,
): Promise<Map<string, number>> {
  const rows = await query<{ email: string; copies: string }>(
    databaseUrl,
    `SELECT lower(email::text) AS email, count(*) AS copies FROM "Signature"
     WHERE email::text LIKE $1 GROUP BY lower(email::text)`,
    [`${marker}-%`],
  );
  return new Map(rows.map((row) => [row.email, Number(row.copies)]));
}

export async function countPublishedPrisoners(databaseUrl: string): Promise<number> {
  const [row] = await query<{ count: string }>(
    databaseUrl,
    `SELECT count(*) AS count FROM "Prisoner" WHERE state = 'PUBLISHED'`,
  );
  return Number(row?.count ?? 0);
}

/** The slug of one published prisoner, whose profile has the "Report an inaccuracy" form. */
export async function findPublishedPrisonerSlug(databaseUrl: string): Promise<string> {
  const [row] = await query<{ slug: string }>(
    databaseUrl,
    `SELECT slug FROM "Prisoner" WHERE state = 'PUBLISHED' ORDER BY slug LIMIT 1`,
  );
  if (!row) throw new Error("No published prisoner to report an inaccuracy on.");
  return row.slug;
}
