import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

/**
 * The detention history on the public profile, from the demo content (prisma/demo/detentions.ts):
 * Oleg Sentsov's two places, the current first, and the transfer on the timeline.
 */
test("the profile lists every place of detention, most recent first, and the transfer on the timeline", async ({
  page,
}) => {
  await page.goto("/en/prisoners/oleg-sentsov");

  const history = page.getByRole("region", { name: "Places of detention" });
  const places = history.getByRole("listitem");
  await expect(places).toHaveCount(2);
  await expect(places.nth(0)).toContainText("Pre-trial detention in Russia (illustrative)");
  await expect(places.nth(0)).toContainText("Held here now");
  await expect(places.nth(0)).toContainText("2014 – now");
  await expect(places.nth(1)).toContainText("Place of detention in Crimea (illustrative)");
  await expect(places.nth(1)).not.toContainText("Held here now");

  const timeline = page.getByRole("region", { name: "Timeline" });
  await expect(
    timeline.getByRole("heading", {
      name: "Transferred to Pre-trial detention in Russia (illustrative)",
    }),
  ).toBeVisible();
  await expect(timeline).toContainText(
    "From Place of detention in Crimea (illustrative) to Pre-trial detention in Russia (illustrative).",
  );
  await expectNoAxeViolations(page);
});

test("the detention history reads in Russian, with an ended detention's dates", async ({
  page,
}) => {
  await page.goto("/ru/prisoners/mukhtar-dzhakishev");

  const history = page.getByRole("region", { name: "Места содержания" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText("Место заключения в районе Семея (для примера)");
  await expect(history).toContainText("начало неизвестно — 19 марта 2020");
  await expect(history).not.toContainText("Содержится здесь сейчас");
  await expectNoAxeViolations(page);
});
