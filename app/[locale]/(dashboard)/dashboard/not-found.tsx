"use client";

// A missing item inside the dashboard keeps the dashboard's frame around the localised 404.
export { default } from "../../not-found";
