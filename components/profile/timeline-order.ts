/**
 * Class of the profile's wrapper. The timeline used to be rendered twice and switched with CSS
 * (`group-has-[...]`); it is now rendered once and reordered in the browser
 * (timeline-order-switch.tsx), so nothing hangs on this group any more. Kept because the
 * dashboard's profile preview still puts it on its wrapper.
 */
export const PROFILE_GROUP = "group/profile";
