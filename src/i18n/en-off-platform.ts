import type { frOffPlatform } from './fr-off-platform';

export const enOffPlatform: Record<keyof typeof frOffPlatform, string> = {};
