import { describe, expect, it } from "vitest";
import { DEFAULT_DIRECTORY_VIEW, directoryViewOf } from "@/lib/search/directory-view";
import { publicPathOf } from "@/lib/search/directory-view-path";

describe("the address of a cached directory page", () => {
  it.each(["country=kz&status=imprisoned", "q=%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2&page=3"])(
    "is the directory with the query its view stands for (%s)",
    (query) => {
      const search = new URLSearchParams(query);
      const view = directoryViewOf(search);
      expect(view).not.toBeNull();
      const address = publicPathOf(`/directory-view/${view}`);
      const [path, back = ""] = address.split("?");
      expect(path).toBe("/prisoners");
      expect(directoryViewOf(new URLSearchParams(back))).toBe(view);
      expect(Object.fromEntries(new URLSearchParams(back))).toEqual(Object.fromEntries(search));
    },
  );

  it("is the plain listing for the default view, or a view that does not decode", () => {
    expect(publicPathOf(`/directory-view/${DEFAULT_DIRECTORY_VIEW}`)).toBe("/prisoners");
    expect(publicPathOf("/directory-view/%%%")).toBe("/prisoners");
  });

  it("leaves every other path as it is", () => {
    for (const path of ["/prisoners", "/prisoners/directory-view", "/", "/about"]) {
      expect(publicPathOf(path)).toBe(path);
    }
  });
});
