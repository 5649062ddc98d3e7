import clsx from "clsx";
import type { ComponentProps, ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export type ButtonVariant = "primary" | "secondary" | "ghost";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-accent-700 text-white hover:bg-accent-800 dark:bg-accent-200 dark:text-accent-950 dark:hover:bg-accent-100",
  secondary:
    "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  ghost:
    "text-accent-700 underline-offset-4 hover:bg-accent-50 hover:underline dark:text-accent-200 dark:hover:bg-slate-800",
};

export function buttonClass(variant: ButtonVariant = "primary", className?: string): string {
  return clsx(base, variants[variant], className);
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
