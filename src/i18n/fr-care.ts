/** French catalogue part: care. Spread into fr.ts; en-care.ts must have the same keys. */
export const frCare = {} as const;
