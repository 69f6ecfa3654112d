import type { MessageKey } from '$i18n';
import type { PlanTextSection } from '$core/plans/plan-content';

/** The plan's sections in order, with their title and hint keys (a literal map: see "Messages"). */
export const PLAN_SECTIONS: ReadonlyArray<{ name: PlanTextSection; title: MessageKey; hint: MessageKey }> = [
	{ name: 'warningSigns', title: 'plan.section.warningSigns', hint: 'plan.hint.warningSigns' },
	{ name: 'whatHelps', title: 'plan.section.whatHelps', hint: 'plan.hint.whatHelps' },
	{ name: 'whatDoesNotHelp', title: 'plan.section.whatDoesNotHelp', hint: 'plan.hint.whatDoesNotHelp' },
	{ name: 'carePreferences', title: 'plan.section.carePreferences', hint: 'plan.hint.carePreferences' },
	{ name: 'treatments', title: 'plan.section.treatments', hint: 'plan.hint.treatments' },
	{ name: 'children', title: 'plan.section.children', hint: 'plan.hint.children' },
	{ name: 'pets', title: 'plan.section.pets', hint: 'plan.hint.pets' },
	{ name: 'home', title: 'plan.section.home', hint: 'plan.hint.home' },
	{ name: 'money', title: 'plan.section.money', hint: 'plan.hint.money' },
	{ name: 'advanceWishes', title: 'plan.section.advanceWishes', hint: 'plan.hint.advanceWishes' }
];

/** What a page shows of a plan (the content as the use cases return it). */
export interface ShownPlan {
	warningSigns: string;
	whatHelps: string;
	whatDoesNotHelp: string;
	carePreferences: string;
	treatments: string;
	children: string;
	pets: string;
	home: string;
	money: string;
	advanceWishes: string;
	contacts: Array<{ name: string; phone: string }>;
}
