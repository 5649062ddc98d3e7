import { SourceConfidence } from "@/lib/generated/prisma/enums";
import type { DemoSource } from "./types";

/**
 * The foundation's own articles that the demo facts come from. Their titles are paraphrased (the
 * reference holds only teasers) and they have no URL or date because the reference gives none.
 */
function odfArticle(id: string, title: string): DemoSource {
  return {
    id: `seed-source-${id}`,
    title,
    publisher: "Open Dialogue Foundation",
    confidence: SourceConfidence.REPORTED,
    language: "en",
  };
}

export const sources = {
  dzhakishevRelease: odfArticle(
    "dzhakishev-release",
    "Kazakhstani political prisoner Mukhtar Dzhakishev released on parole",
  ),
  yerimbetovAblyazovCase: odfArticle(
    "yerimbetov-ablyazov-case",
    "Businessman Iskander Yerimbetov, another victim of the case against Mukhtar Ablyazov",
  ),
  senatorsLetterYerimbetov: odfArticle(
    "senators-letter-yerimbetov",
    "Seventeen US senators call on President Tokayev to release Iskander Yerimbetov",
  ),
  elZhedExtradition: odfArticle(
    "el-zhed-extradition",
    "Open Russia activist Daria El Zhed at risk of extradition from Austria to Russia",
  ),
  semenovaCriminalCase: odfArticle(
    "semenova-criminal-case",
    "Criminal case against Elena Semenova after her testimony on torture to MEPs",
  ),
  sentsovKolchenkoTrial: odfArticle(
    "sentsov-kolchenko-trial",
    "Show trial of opponents of the annexation of Crimea: Oleg Sentsov and Aleksander Kolchenko sentenced",
  ),
  sentsovTortureInquiryRefused: odfArticle(
    "sentsov-torture-inquiry-refused",
    "Investigators refuse to open a criminal case over the torture of the Ukrainian film-maker",
  ),
  writtenQuestionCrimea: odfArticle(
    "written-question-crimea",
    "MEP Agnieszka Kozłowska-Rajewicz's written question on Ukrainian activists abducted from Crimea",
  ),
  buntovTorture: odfArticle(
    "buntov-torture",
    "V. Buntov tortured for refusing to withdraw his application to the ECHR",
  ),
  mepsLetterTokayev2020: odfArticle(
    "meps-letter-tokayev-2020",
    "Twenty-four MEPs write to President Tokayev about the human-rights trend in Kazakhstan",
  ),
  mepsLetterNazarbayev2018: odfArticle(
    "meps-letter-nazarbayev-2018",
    "Eight MEPs' open letter to President Nazarbayev on the human-rights situation in Kazakhstan",
  ),
  mepsLetterKazakhstan2017: odfArticle(
    "meps-letter-kazakhstan-2017",
    "MEPs' letter to the highest authorities of Kazakhstan on politically motivated prosecutions",
  ),
  protestDispersal2018: odfArticle(
    "protest-dispersal-2018",
    "Police in Kazakhstan disperse peaceful protesters by force on 10 May 2018",
  ),
  epResolutionReview: odfArticle(
    "ep-resolution-review",
    "Kazakhstan's implementation of the European Parliament resolution of 14 March 2019",
  ),
  epDebateUkrainianPrisoners: odfArticle(
    "ep-debate-ukrainian-prisoners",
    "European Parliament debate on Ukrainian political prisoners in Russia and occupied Crimea",
  ),
  paceEvent2016: odfArticle(
    "pace-event-2016",
    "Ukrainian and Russian civil society meet at the PACE session in Strasbourg, January 2016",
  ),
} satisfies Record<string, DemoSource>;

export const allSources: DemoSource[] = Object.values(sources);
