/** How many criminal-code articles the "by charge" figure shows (the most frequent). */
export const TOP_CHARGES = 15;
