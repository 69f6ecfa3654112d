/** French catalogue part: appeals against moderation decisions. Spread into fr.ts; en-appeals.ts must have the same keys. */
export const frAppeals = {} as const;
