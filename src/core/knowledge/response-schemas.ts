import { z } from 'zod';
import { CONFIRMATION_KINDS, LIMITS } from './vocabulary';
import { MAX_MARKDOWN_NESTING, markdownNesting } from './markdown';

/** Fields shared by the confirmation and revision use cases. */
export const contributionIdField = z.uuid('validation.invalid');
export const revisionIdField = z.uuid('validation.invalid');

/** Checkbox: "on" from an HTML form, true or false from JSON; absent means false. */
export const checkboxField = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')], 'validation.invalid')
	.optional()
	.transform((value) => value === true || value === 'on' || value === 'true');

const text = (max: number, key: string) =>
	z.string('validation.invalid').trim().max(max, key).optional().default('');

/** What a reader answers (the contribution comes from the address). */
export const ConfirmationFieldsSchema = z.object({
	kind: z.enum(CONFIRMATION_KINDS, 'validation.responses.confirmationKind'),
	nuance: text(LIMITS.nuance, 'validation.responses.nuanceTooLong'),
	/** The reader's own experiences it is tied to (a checkbox list, or one value, or none). */
	experienceIds: z
		.union([z.string('validation.invalid'), z.array(z.string('validation.invalid'))], 'validation.invalid')
		.optional()
		.transform((value) => [...new Set(value === undefined ? [] : Array.isArray(value) ? value : [value])])
		.pipe(
			z
				.array(z.string().max(200, 'validation.invalid'))
				.max(LIMITS.experiences, 'validation.responses.tooManyExperiences')
		),
	showName: checkboxField
});

export const ConfirmContributionSchema = ConfirmationFieldsSchema.extend({
	contributionId: contributionIdField
}).refine((command) => command.kind !== 'different' || command.nuance.length > 0, {
	path: ['nuance'],
	message: 'validation.responses.nuanceRequired'
});
export type ConfirmContributionInput = z.input<typeof ConfirmContributionSchema>;

const markdown = (max: number, tooLong: string) =>
	z
		.string('validation.invalid')
		.trim()
		.max(max, tooLong)
		.refine((value) => markdownNesting(value) <= MAX_MARKDOWN_NESTING, 'validation.responses.nestingTooDeep');

/** A revision is the whole new text of the contribution, with why the proposer suggests it. */
export const RevisionTextSchema = z.object({
	title: z
		.string('validation.required')
		.trim()
		.min(3, 'validation.responses.title')
		.max(LIMITS.title, 'validation.responses.title'),
	body: markdown(LIMITS.body, 'validation.responses.bodyTooLong').refine(
		(value) => value.length > 0,
		'validation.responses.bodyRequired'
	),
	helpedWith: markdown(LIMITS.helpedWith, 'validation.responses.helpedWithTooLong').optional().default(''),
	easyReadSummary: markdown(LIMITS.easyReadSummary, 'validation.responses.easyReadTooLong')
		.optional()
		.default(''),
	note: text(LIMITS.revisionNote, 'validation.responses.revisionNoteTooLong')
});
