import type { MetadataRoute } from "next";
import { siteOriginOfRequest } from "@/lib/data/feeds";

/** Everything public may be crawled; route handlers and the staff dashboard may not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/dashboard"] },
    sitemap: `${await siteOriginOfRequest()}/sitemap.xml`,
  };
}
