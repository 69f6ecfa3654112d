import { z } from 'zod';

/**
 * The guided sections of a plan, in the order the form and the printed page show them. Each is free text
 * in the person's own words; `contacts` are the people to call with their numbers.
 */
export const PLAN_TEXT_SECTIONS = [
	'warningSigns',
	'whatHelps',
	'whatDoesNotHelp',
	'carePreferences',
	'treatments',
	'children',
	'pets',
	'home',
	'money',
	'advanceWishes'
] as const;
export type PlanTextSection = (typeof PLAN_TEXT_SECTIONS)[number];

export const MAX_SECTION_LENGTH = 2000;
export const MAX_CONTACTS = 6;
/** How many contact rows the form offers (without JavaScript, rows cannot be added). */
export const CONTACT_ROWS = MAX_CONTACTS;

const sectionText = z.string().trim().max(MAX_SECTION_LENGTH, 'validation.plan.tooLong').default('');

export const PlanContactSchema = z.object({
	name: z.string().trim().min(1, 'validation.plan.contactName').max(80, 'validation.plan.contactName'),
	// A number as people write it: digits, spaces, +, dots, dashes, brackets.
	phone: z
		.string()
		.trim()
		.regex(/^\+?[0-9][0-9 .()-]{1,24}$/, 'validation.plan.phone')
});

export const PlanContentSchema = z.object({
	warningSigns: sectionText,
	whatHelps: sectionText,
	whatDoesNotHelp: sectionText,
	carePreferences: sectionText,
	treatments: sectionText,
	children: sectionText,
	pets: sectionText,
	home: sectionText,
	money: sectionText,
	advanceWishes: sectionText,
	contacts: z.array(PlanContactSchema).max(MAX_CONTACTS, 'validation.plan.tooManyContacts').default([])
});

export type PlanContent = z.output<typeof PlanContentSchema>;
export type PlanContentInput = z.input<typeof PlanContentSchema>;

export const EMPTY_PLAN: PlanContent = PlanContentSchema.parse({});

/** A stored version's content read back (older or damaged rows become empty sections, never a crash). */
export function readContent(stored: unknown): PlanContent {
	const parsed = PlanContentSchema.safeParse(stored);
	return parsed.success ? parsed.data : EMPTY_PLAN;
}

/** True when nothing is written in any section. */
export function isEmptyPlan(content: PlanContent): boolean {
	return PLAN_TEXT_SECTIONS.every((section) => !content[section]) && content.contacts.length === 0;
}

/** The lines people call in a crisis, printed on every plan whatever it says. */
export const CRISIS_LINES = ['3114', '15', '112', '114'] as const;
