/** French catalogue part: off-platform. Spread into fr.ts; en-off-platform.ts must have the same keys. */
export const frOffPlatform = {} as const;
