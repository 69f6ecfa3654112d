/** French catalogue part: groups. Spread into fr.ts; en-groups.ts must have the same keys. */
export const frGroups = {} as const;
