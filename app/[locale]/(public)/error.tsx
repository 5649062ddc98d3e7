"use client";

// Errors in this group's pages render inside its frame, so the header and footer keep working.
export { default } from "../error";
