import type { MessageKey } from './fr';

/** Easy-read French for the link to the groups' activity report (core-journey pages show it), spread into fr-falc.ts. */
export const frFalcGroups2: Partial<Record<MessageKey, string>> = {
	'activityReport.link': 'Ce que les groupes ont fait. Avec des nombres, sans les noms.'
};
