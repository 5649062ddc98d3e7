/**
 * The timeline is rendered twice, newest first and oldest first, and two radio buttons choose
 * which one is displayed, with CSS only (`:has(:checked)` on the profile's wrapper). So the
 * switch works without JavaScript and the page stays one static, cacheable document: a query
 * parameter (`?order=oldest`) would make every profile render per request.
 *
 * The hidden copy is `display: none`, so assistive technologies meet the events once.
 * Elements that belong to one order carry these classes; the wrapper carries PROFILE_GROUP.
 */
export const PROFILE_GROUP = "group/profile";
export const OLDEST_RADIO_ID = "timeline-order-oldest";
export const NEWEST_RADIO_ID = "timeline-order-newest";

/** Shown while "newest first" is selected (the default). */
export const newestOnlyClass = "group-has-[#timeline-order-oldest:checked]/profile:hidden";
/** Shown while "oldest first" is selected. */
export const oldestOnlyClass = "hidden group-has-[#timeline-order-oldest:checked]/profile:block";
/** Like oldestOnlyClass, for inline elements. */
export const oldestOnlyInlineClass =
  "hidden group-has-[#timeline-order-oldest:checked]/profile:inline";

/** Id suffix of the oldest-first copy (the newest-first copy keeps the plain ids). */
export const OLDEST_ID_SUFFIX = "-oldest";
