import type { BilingualText } from "./types";

/**
 * Letter rules per country for the "Write a letter" pages (issue 19). The reference teasers say
 * nothing about writing to prisoners: these are general guidance of the kind human-rights groups
 * publish (letters pass a censor; the language it reads; what gets a letter withheld), written
 * for the demo and marked as such. Editors replace them with their own.
 */

export const letterRulesRussia: BilingualText = {
  en: `Demo guidance. Write in Russian: the censor of a Russian facility may withhold letters in other languages, or hold them for weeks for translation.
Do not write about the case, the war, politics or the authorities, and do not quote the news: the censor removes such letters and the prisoner may be punished for them.
Write the address exactly as shown, postcode last; put your own full return address on the envelope, or an organisation's. Online services of the prison system (FSIN-pismo, Zonatelecom) also carry letters, for a fee.`,
  ru: `Пример для демонстрации. Пишите по-русски: цензор российского учреждения может не передать письмо на другом языке или задержать его на недели для перевода.
Не пишите о деле, о войне, о политике и о властях, не пересказывайте новости: такие письма цензор не пропускает, а заключённого за них могут наказать.
Пишите адрес точно так, как он показан, индекс в конце; укажите на конверте свой полный обратный адрес или адрес организации. Письма можно отправить и через платные сервисы ФСИН («ФСИН-письмо», «Зонателеком»).`,
};

export const letterRulesBelarus: BilingualText = {
  en: `Demo guidance. Write in Russian or Belarusian. Letters from abroad to political prisoners are often withheld; short, personal postcards get through most often.
Do not mention the case, politics, protests or symbols: the letter is withheld and the prisoner can be punished. Do not sign with the name of an organisation.`,
  ru: `Пример для демонстрации. Пишите по-русски или по-белорусски. Письма из-за границы политзаключённым часто не передают; чаще всего доходят короткие личные открытки.
Не упоминайте дело, политику, протесты и символику: письмо не передадут, а заключённого могут наказать. Не подписывайтесь названием организации.`,
};

export const letterRulesKazakhstan: BilingualText = {
  en: `Demo guidance. Write in Russian or Kazakh; both are read by the censor. Write the address in Cyrillic as shown, with the postcode last.
Keep to personal news and support; avoid details of the case and criticism of officials, which can get the letter withheld.`,
  ru: `Пример для демонстрации. Пишите по-русски или по-казахски: цензор читает оба языка. Адрес пишите кириллицей, как показано, индекс в конце.
Пишите о личном и о поддержке; избегайте подробностей дела и критики чиновников: из-за них письмо могут не передать.`,
};

/**
 * Occupied Crimea: the facilities are run by the occupying authorities and the post by a
 * Russian-controlled operator; Ukraine's post does not deliver there.
 */
export const letterRulesCrimea: BilingualText = {
  en: `Demo guidance for occupied Crimea. Facilities in Crimea are run by the occupying authorities, and Ukraine's post does not deliver there: letters go through the Russian postal system. Write the address in Russian, in the order Russian Post reads it (recipient, street, town, region, postcode), and follow the rules for Russia.
Never write anything that could be read as support for Ukraine or criticism of the occupation: the prisoner bears the consequences.`,
  ru: `Пример для демонстрации: оккупированный Крым. Учреждениями в Крыму управляют оккупационные власти, а «Укрпочта» туда не доставляет: письма идут через российскую почтовую систему. Пишите адрес по-русски в том порядке, в котором его читает «Почта России» (получатель, улица, населённый пункт, регион, индекс), и соблюдайте правила для России.
Никогда не пишите того, что можно прочесть как поддержку Украины или критику оккупации: последствия несёт заключённый.`,
};
