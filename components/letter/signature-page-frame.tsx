import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Container } from "@/components/layout/container";
import { PageHeader } from "@/components/layout/page-header";
import { Link } from "@/lib/i18n/navigation";
import type { ResolvedText } from "@/lib/i18n/resolved-text";
import { publicRoutes } from "@/lib/routes";

/** The frame of the signing pages (sign, check your e-mail, confirm, withdraw, new link). */
export async function SignaturePageFrame({
  title,
  letter,
  children,
}: {
  title: string;
  letter: { slug: string; title: ResolvedText };
  children: ReactNode;
}) {
  const t = await getTranslations("SignaturePages");
  return (
    <Container width="prose">
      <p className="mb-6">
        <Link
          href={publicRoutes.letter(letter.slug)}
          className="inline-flex min-h-11 items-center gap-1 rounded-sm font-medium text-accent-700 underline-offset-4 hover:underline dark:text-accent-200"
        >
          <span aria-hidden="true">←</span>
          {t("backToLetter")}
        </Link>
      </p>
      <PageHeader title={title}>
        <p className="text-lg text-slate-800 dark:text-slate-200" lang={letter.title.lang}>
          {letter.title.text}
        </p>
      </PageHeader>
      <div className="flex flex-col gap-6">{children}</div>
    </Container>
  );
}
