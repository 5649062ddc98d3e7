"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";

const BreadcrumbTitleContext = createContext<{
  title: string | null;
  setTitle: (title: string | null) => void;
}>({ title: null, setTitle: () => {} });

/** Holds the name of the item the page shows, for its crumb (the shell renders the crumbs). */
export function BreadcrumbTitleProvider({ children }: { children: ReactNode }) {
  const [title, setTitle] = useState<string | null>(null);
  return (
    <BreadcrumbTitleContext.Provider value={{ title, setTitle }}>
      {children}
    </BreadcrumbTitleContext.Provider>
  );
}

/** The name to show on an item's crumb (a path has at most one), if the page gave one. */
export function useBreadcrumbTitle(itemId: string | undefined): string | undefined {
  const { title } = useContext(BreadcrumbTitleContext);
  return itemId !== undefined && title ? title : undefined;
}

/**
 * Rendered by an item's page (or its editor frame): names the item in the breadcrumbs
 * ("Prisoners › Aigerim Tleuzhan › Cases"). The crumbs are rendered above the page, before it, so
 * the name reaches them once the browser runs the page; without JavaScript the crumb keeps its
 * generic word and the page's own heading names the item.
 */
export function BreadcrumbTitle({ title }: { title: string }) {
  const { setTitle } = useContext(BreadcrumbTitleContext);
  useEffect(() => {
    setTitle(title);
    return () => setTitle(null);
  }, [title, setTitle]);
  return null;
}
