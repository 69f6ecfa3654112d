import type { frAppeals } from './fr-appeals';

/** English catalogue part: appeals against moderation decisions. Same keys as fr-appeals.ts. */
export const enAppeals: Record<keyof typeof frAppeals, string> = {};
