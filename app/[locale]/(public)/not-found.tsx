"use client";

// The localised 404 inside this group's frame (header and footer), not in the bare locale layout.
export { default } from "../not-found";
