import type { frGroups } from './fr-groups';

export const enGroups: Record<keyof typeof frGroups, string> = {};
