import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

type TextLinkProps = Omit<ComponentProps<"a">, "href"> & {
  /** A path inside the app ("/prisoners") is localised; anything else is an external link. */
  href: string;
  children: ReactNode;
};

/** The inline link's look (the class is in app/globals.css). */
export const textLinkClass = "text-link";

/** An inline link, underlined so it is recognisable without relying on colour (WCAG 1.4.1). */
export function TextLink({ href, className, children, ...rest }: TextLinkProps) {
  const classes = clsx(textLinkClass, className);
  if (href.startsWith("/")) {
    return (
      <Link href={href} className={classes} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} className={classes} rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}
