import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { connectToE2eDatabase } from "./database";
import { storageStatePath } from "./staff-paths";

/**
 * Issue 18, item 1: the result of every save, refusal and workflow move is shown and announced
 * next to the button that caused it, and a conflict moves focus to a panel comparing both
 * versions, with "keep mine", "take theirs" and a field-by-field merge. The controls under test
 * are used with the keyboard only (Tab, Enter, Space, and the arrow keys inside a radio group);
 * the other editor's save and the profile's creation are set-up.
 */

// Two browsers on a two-core machine: give each journey more than the default minute.
test.setTimeout(180_000);

/** Presses Tab until `target` has focus, as a keyboard user would walk the page. */
async function tabTo(page: Page, target: Locator, limit = 400): Promise<void> {
  for (let step = 0; step < limit; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Replaces a field's text by typing, starting from the field itself. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  if (text) await page.keyboard.type(text);
}

function saveButton(page: Page): Locator {
  return page.getByRole("button", { name: "Save", exact: true });
}

/** The live regions beside the Save button, in the sticky save bar. */
function saveBar(page: Page): Locator {
  return saveButton(page).locator("xpath=..");
}

/** Creates a draft profile (set-up, not under test) and returns its editor's address and slug. */
async function createProfile(page: Page, label: string): Promise<{ url: string; slug: string }> {
  const run = randomUUID().slice(0, 8);
  const slug = `feedback-${label}-${run}`;
  await page.goto("/en/dashboard/prisoners/new");
  await page.locator('[name="name.en"]').fill(`Feedback ${label} ${run}`);
  await page.locator('[name="sortName"]').fill(`${label} Feedback ${run}`);
  await page.locator('[name="slug"]').fill(slug);
  await page.locator('[name="countryCode"]').selectOption("KZ");
  await page.locator('[name="status"]').selectOption("IMPRISONED");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard\/prisoners\/(?!new$)[a-z0-9]+$/);
  return { url: page.url(), slug };
}

async function storedProfile(slug: string) {
  const database = connectToE2eDatabase();
  try {
    return await database.prisoner.findUniqueOrThrow({
      where: { slug },
      select: { summary: true, occupation: true, version: true, state: true },
    });
  } finally {
    await database.$disconnect();
  }
}

/**
 * Opens the profile in a second browser (same role, own session), lets the first browser save
 * `theirs`, then types `mine` in the second one and saves it with the keyboard: a conflict.
 */
async function conflictOn(
  first: Page,
  browser: Browser,
  url: string,
  theirs: Record<string, string>,
  mine: Record<string, string>,
): Promise<{ second: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ storageState: storageStatePath("EDITOR") });
  const second = await context.newPage();
  await second.goto(url);
  await expect(saveButton(second)).toBeVisible();

  for (const [name, text] of Object.entries(theirs)) {
    await first.locator(`[name="${name}"]`).fill(text);
  }
  await saveButton(first).click();
  await expect(saveBar(first).getByRole("status")).toHaveText("Saved: version 2.");

  for (const [name, text] of Object.entries(mine)) {
    await typeInto(second, second.locator(`[name="${name}"]`), text);
  }
  await tabTo(second, saveButton(second));
  await second.keyboard.press("Enter");
  // Focus moves to the panel's heading, which says who saved; the bar beside Save says why.
  const heading = second.getByRole("heading", { name: /saved this item while you were editing/ });
  await expect(heading).toBeFocused();
  await expect(saveBar(second).getByRole("alert")).toContainText("Not saved: someone else saved");
  return { second, close: () => context.close() };
}

/** The conflict panel's row for a field: label, their value, my value (and the choice). */
function panelRow(page: Page, label: string): Locator {
  return page
    .getByRole("region", { name: /saved this item while you were editing/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });
}

test("a save, a refused save and a workflow move are announced next to their buttons", async ({
  page,
}) => {
  const { slug } = await createProfile(page, "save");

  // A save: "Saved: version 2" in the live region beside the button, focus back on Save.
  await typeInto(page, page.locator('[name="summary.en"]'), "Held in a pre-trial prison.");
  await tabTo(page, saveButton(page));
  await page.keyboard.press("Enter");
  await expect(saveBar(page).getByRole("status")).toHaveText("Saved: version 2.");
  await expect(saveButton(page)).toBeFocused();
  expect((await storedProfile(slug)).summary).toMatchObject({ en: "Held in a pre-trial prison." });

  // A refused save: the count beside the button (assertive), the summary takes focus and its
  // link leads to the field.
  await typeInto(page, page.locator('[name="name.en"]'), "");
  await tabTo(page, saveButton(page));
  await page.keyboard.press("Enter");
  await expect(saveBar(page).getByRole("alert")).toHaveText(
    "Not saved: 1 problem. The list at the top of the form links to it.",
  );
  const summary = page.locator(":focus");
  await expect(summary).toContainText("The form could not be saved: 1 problem.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator('[name="name.en"]')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.type("Feedback save restored");
  await tabTo(page, saveButton(page));
  await page.keyboard.press("Enter");
  await expect(saveBar(page).getByRole("status")).toHaveText("Saved: version 3.");

  // A workflow move: its result beside the move buttons, with focus on it.
  const workflow = page.getByRole("region", { name: "Workflow", exact: true });
  await workflow.getByRole("textbox").focus();
  await tabTo(page, workflow.getByRole("button", { name: "Submit for review" }));
  await page.keyboard.press("Enter");
  const moved = workflow.getByRole("status").filter({ hasText: "Done" });
  await expect(moved).toHaveText("Done: the item is now “In review”.");
  await expect(page.locator(":focus")).toContainText("Done: the item is now");
  expect((await storedProfile(slug)).state).toBe("IN_REVIEW");
  await expectNoAxeViolations(page);
});

test("keep mine: the panel shows both versions and my values are saved over theirs", async ({
  page,
  browser,
}) => {
  const { url, slug } = await createProfile(page, "mine");
  const { second, close } = await conflictOn(
    page,
    browser,
    url,
    { "summary.en": "Their summary: moved to a penal colony." },
    { "summary.en": "My summary: transferred, says his lawyer." },
  );
  const row = panelRow(second, "Summary (English)");
  await expect(row).toContainText("Their summary: moved to a penal colony.");
  await expect(row).toContainText("My summary: transferred, says his lawyer.");
  await expectNoAxeViolations(second);

  await tabTo(second, second.getByRole("button", { name: /^Keep mine/ }));
  await second.keyboard.press("Enter");
  await expect(saveBar(second).getByRole("status")).toHaveText("Saved: version 3.");
  const stored = await storedProfile(slug);
  expect(stored.version).toBe(3);
  expect(stored.summary).toMatchObject({ en: "My summary: transferred, says his lawyer." });
  await close();
});

test("take theirs: the form shows their version and my text stays readable", async ({
  page,
  browser,
}) => {
  const { url, slug } = await createProfile(page, "theirs");
  const { second, close } = await conflictOn(
    page,
    browser,
    url,
    { "summary.en": "Their summary, kept." },
    { "summary.en": "My summary, discarded on purpose." },
  );
  await tabTo(second, second.getByRole("button", { name: /^Take theirs/ }));
  await second.keyboard.press("Space");
  await expect(second.locator(":focus")).toContainText("The form now shows their version");
  await expect(second.locator('[name="summary.en"]')).toHaveValue("Their summary, kept.");
  // Nothing typed is lost silently: my text is still on the page, in the panel.
  await expect(panelRow(second, "Summary (English)")).toContainText(
    "My summary, discarded on purpose.",
  );
  const stored = await storedProfile(slug);
  expect(stored.version).toBe(2);
  expect(stored.summary).toMatchObject({ en: "Their summary, kept." });
  await close();
});

test("a field-by-field merge saves mine where chosen and theirs elsewhere", async ({
  page,
  browser,
}) => {
  const { url, slug } = await createProfile(page, "merge");
  const { second, close } = await conflictOn(
    page,
    browser,
    url,
    { "summary.en": "Their summary.", "occupation.en": "Their occupation: journalist" },
    { "summary.en": "My summary.", "occupation.en": "My occupation: blogger" },
  );
  const occupation = panelRow(second, "Occupation (English)");
  await expect(occupation).toContainText("Their occupation: journalist");
  await expect(occupation).toContainText("My occupation: blogger");
  await expect(panelRow(second, "Summary (English)")).toContainText("Their summary.");

  // Occupation: theirs (the arrow key moves the choice inside the radio group); summary: mine.
  await tabTo(second, occupation.getByRole("radio", { name: "Mine" }));
  await second.keyboard.press("ArrowRight");
  await expect(occupation.getByRole("radio", { name: "Theirs" })).toBeChecked();
  await tabTo(second, second.getByRole("button", { name: "Save the values chosen per field" }));
  await second.keyboard.press("Enter");
  await expect(saveBar(second).getByRole("status")).toHaveText("Saved: version 3.");
  const stored = await storedProfile(slug);
  expect(stored.summary).toMatchObject({ en: "My summary." });
  expect(stored.occupation).toMatchObject({ en: "Their occupation: journalist" });
  await close();
});
