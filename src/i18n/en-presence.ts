import type { frPresence } from './fr-presence';

/** English catalogue part: presence and typing in conversations. Same keys as fr-presence.ts. */
export const enPresence: Record<keyof typeof frPresence, string> = {};
