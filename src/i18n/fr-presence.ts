/** French catalogue part: presence and typing in conversations. Spread into fr.ts; en-presence.ts must have the same keys. */
export const frPresence = {} as const;
