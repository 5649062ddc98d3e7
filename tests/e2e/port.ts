/**
 * Port of the end-to-end server: 3100, or VIGIL_E2E_PORT so that two runs can go side by side
 * (each with its own build folder through VIGIL_DIST_DIR and its own throw-away database).
 */
export const e2ePort = Number.parseInt(process.env.VIGIL_E2E_PORT ?? "3100", 10);
