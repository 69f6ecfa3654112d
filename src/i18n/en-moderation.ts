import type { frModeration } from './fr-moderation';

export const enModeration: Record<keyof typeof frModeration, string> = {};
