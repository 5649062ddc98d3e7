import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { connectToE2eDatabase } from "./database";

/**
 * A dashboard form is usable before its JavaScript has loaded (the server renders a plain form
 * that posts without it). Whatever an editor types in that moment must survive React's
 * hydration exactly, in inputs, textareas and the rich-text field's plain textarea that the
 * editor replaces, and be what is saved.
 */

const run = randomUUID().slice(0, 8);
const stored = {
  title: `Stored title ${run}`,
  summary: `Stored summary ${run}.`,
  body: `Stored body ${run}.`,
};
const typed = {
  title: `Typed title ${run}`,
  summary: `Typed summary ${run}.`,
  body: `Typed body ${run}.`,
};

let publicationId = "";

test.beforeAll(async () => {
  // With fullyParallel, this hook can run again in the same worker: create the fixture once.
  if (publicationId) return;
  const database = connectToE2eDatabase();
  try {
    const publication = await database.publication.create({
      data: {
        slug: `e2e-hydration-${run}`,
        type: "NEWS",
        title: { en: stored.title },
        summary: { en: stored.summary },
        body: {
          en: {
            type: "doc",
            content: [{ type: "paragraph", content: [{ type: "text", text: stored.body }] }],
          },
        },
      },
      select: { id: true },
    });
    publicationId = publication.id;
  } finally {
    await database.$disconnect();
  }
});

/** Holds back the page's JavaScript until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("text typed before the form hydrated is kept exactly and saved", async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto(`/en/dashboard/publications/${publicationId}`, { waitUntil: "commit" });

  const title = page.locator('input[name="title.en"]');
  const summary = page.locator('textarea[name="summary.en"]');
  const plainBody = page.locator('textarea[name="body.en"]');
  await expect(summary).toHaveValue(stored.summary);
  await expect(plainBody).toHaveValue(stored.body);
  // Not hydrated yet: the rich-text editor has not replaced its textarea.
  await expect(page.locator('[data-rich-text-editor="body.en"]')).toHaveCount(0);

  await title.fill(typed.title);
  await summary.fill(typed.summary);
  await plainBody.fill(typed.body);

  release();
  const editor = page.locator('[data-rich-text-editor="body.en"] [contenteditable="true"]');
  await expect(editor).toBeVisible();
  await expect(title).toHaveValue(typed.title);
  await expect(summary).toHaveValue(typed.summary);
  await expect(editor).toHaveText(typed.body);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved: version \d+\./)).toBeVisible();

  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.reload();
  await expect(
    page.locator('[data-rich-text-editor="body.en"] [contenteditable="true"]'),
  ).toHaveText(typed.body);
  await expect(page.locator('input[name="title.en"]')).toHaveValue(typed.title);
  await expect(page.locator('textarea[name="summary.en"]')).toHaveValue(typed.summary);
});
