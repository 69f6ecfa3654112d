import type { frCare } from './fr-care';

export const enCare: Record<keyof typeof frCare, string> = {};
