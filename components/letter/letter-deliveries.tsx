import { getTranslations } from "next-intl/server";
import { richDateValues } from "@/components/ui/date-text";
import { langOf } from "@/components/ui/localized";
import type { LetterDeliveryDto } from "@/lib/data/letters";

/** When, how and to whom a letter was handed over, and the answer if one came. */
export async function LetterDeliveries({ deliveries }: { deliveries: LetterDeliveryDto[] }) {
  const t = await getTranslations("LettersPage");
  return (
    <ol className="flex flex-col gap-4">
      {await Promise.all(
        deliveries.map(async (delivery, index) => (
          <li
            key={index}
            className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
          >
            <p className="font-medium text-slate-900 dark:text-slate-100">
              {t.rich("deliveredOn", {
                ...(await richDateValues(delivery.deliveredOn)),
                recipient: delivery.recipient,
              })}
            </p>
            {delivery.method ? (
              <p className="text-slate-700 dark:text-slate-300">
                {t("deliveryMethod", { method: t(`deliveryMethods.${delivery.method}`) })}
              </p>
            ) : null}
            {delivery.note ? <p lang={langOf(delivery.note)}>{delivery.note.text}</p> : null}
            <div className="flex flex-col gap-1 border-s-4 border-slate-300 ps-3 dark:border-slate-600">
              <p className="font-semibold">{t("responseHeading")}</p>
              {delivery.responseReceivedOn ? (
                <p className="text-slate-700 dark:text-slate-300">
                  {t.rich("responseReceivedOn", await richDateValues(delivery.responseReceivedOn))}
                </p>
              ) : null}
              {delivery.response ? (
                <p lang={langOf(delivery.response)}>{delivery.response.text}</p>
              ) : delivery.responseReceivedOn ? null : (
                <p className="text-slate-700 dark:text-slate-300">{t("noResponse")}</p>
              )}
            </div>
          </li>
        )),
      )}
    </ol>
  );
}
