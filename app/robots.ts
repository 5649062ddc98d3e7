import type { MetadataRoute } from "next";
import { crawlerRoutes } from "@/lib/routes";
import { publicUrl } from "@/lib/security/public-origin";

/**
 * Everything public may be crawled; route handlers and the staff dashboard may not. The sitemap's
 * address is on the configured origin, never the request's Host (this answer is cached).
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: crawlerRoutes.disallowed() },
    sitemap: publicUrl(crawlerRoutes.sitemap()),
  };
}
