/** French catalogue part: moderation. Spread into fr.ts; en-moderation.ts must have the same keys. */
export const frModeration = {} as const;
