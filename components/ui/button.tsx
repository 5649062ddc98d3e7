import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export type ButtonVariant = "primary" | "secondary" | "ghost";

// The classes live in app/globals.css (.btn and .btn-<variant>): short names keep pages small.

export function buttonClass(variant: ButtonVariant = "primary", className?: string): string {
  return clsx("btn", `btn-${variant}`, className);
}

type ButtonAsButton = ComponentProps<"button"> & { variant?: ButtonVariant; href?: undefined };
type ButtonAsLink = Omit<ComponentProps<"a">, "href"> & {
  variant?: ButtonVariant;
  /** Renders a link that looks like a button: use it for navigation, a <button> for actions. */
  href: string;
  children: ReactNode;
};

export function Button(props: ButtonAsButton | ButtonAsLink) {
  if (props.href !== undefined) {
    const { variant, className, href, ...rest } = props;
    return <Link href={href} className={buttonClass(variant, className)} {...rest} />;
  }
  const { variant, className, type = "button", ...rest } = props;
  return <button type={type} className={buttonClass(variant, className)} {...rest} />;
}
