import type { MessageKey } from './fr';

/**
 * Easy-read French added by the easy-read pass (issue 14): the printed plan and card, the server's rarer
 * errors, and pages people in difficulty reach. Spread into fr-falc.ts.
 */
export const frFalcEasyread: Partial<Record<MessageKey, string>> = {
	// The printed plan and the wallet card (/mon-plan/plan.pdf, /mon-plan/carte.pdf).
	'plan.pdf.title': 'Mon plan pour les moments difficiles',
	'plan.pdf.cardTitle': 'Si je vais très mal',
	'plan.pdf.subtitle': 'Version {version} du {date}',
	'plan.pdf.footer': 'Entrepairs n’est pas un service d’urgence.',
	'plan.crisisLine.3114': 'Si vous pensez à mourir. Jour et nuit.',
	'plan.crisisLine.15': 'Pour un problème de santé grave.',
	'plan.crisisLine.112': 'Pour une urgence. Depuis tous les téléphones.',
	'plan.crisisLine.114': 'Pour une urgence, par SMS. Pour les personnes sourdes ou qui entendent mal.'
};
