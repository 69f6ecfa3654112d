import { z } from 'zod';
import { markdownNesting, MAX_MARKDOWN_NESTING } from './markdown';
import {
	BYLINES,
	CONTENT_WARNINGS,
	CONTRIBUTION_LANGUAGES,
	CONTRIBUTION_STATUSES,
	KNOWLEDGE_AUDIENCES,
	KNOWLEDGE_FORMS,
	LIMITS,
	RESEARCH_LICENCES
} from './vocabulary';

export const contributionIdField = z.uuid('validation.invalid');

const optionalText = (max: number) =>
	z.string('validation.invalid').trim().max(max, 'validation.contribution.tooLong');

/** The Markdown text: its length first (cheap), then its nesting, both with a clear field error. */
export const bodyField = z
	.string('validation.required')
	.trim()
	.min(1, 'validation.required')
	.max(LIMITS.body, 'validation.contribution.tooLong')
	.refine((text) => markdownNesting(text) <= MAX_MARKDOWN_NESTING, 'validation.contribution.nesting');

/** A list from a form (one value or several) or from JSON (an array), each value once. */
const listOf = <T extends z.ZodType<string>>(item: T, max: number) =>
	z
		.union([z.array(item, 'validation.invalid'), item])
		.transform((value) => [...new Set(Array.isArray(value) ? value : [value])] as z.infer<T>[])
		.refine((values) => values.length <= max, 'validation.contribution.tooMany');

/** Checkbox: "on" from an HTML form, a boolean from JSON; absent stays absent (a partial change). */
const checkbox = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')], 'validation.invalid')
	.transform((value) => value === true || value === 'on' || value === 'true');

/** An empty form field (or null from JSON) means "none". */
const emptyAsNull = <T extends z.ZodType>(schema: T) =>
	z
		.union([schema, z.literal(''), z.null()])
		.transform((value) => (value === '' || value === null ? null : (value as z.infer<T>)));

/** Every field an author sets; the create schema gives defaults, the update schema makes them optional. */
export const contributionFields = {
	title: z
		.string('validation.required')
		.trim()
		.min(3, 'validation.contribution.title')
		.max(LIMITS.title, 'validation.contribution.title'),
	body: bodyField,
	form: z.enum(KNOWLEDGE_FORMS, 'validation.contribution.form'),
	experienceIds: listOf(z.string('validation.invalid').max(200, 'validation.invalid'), LIMITS.experiences),
	helpedWith: optionalText(LIMITS.helpedWith),
	contentWarnings: listOf(z.enum(CONTENT_WARNINGS, 'validation.invalid'), CONTENT_WARNINGS.length),
	easyReadSummary: optionalText(LIMITS.easyReadSummary),
	byline: z.enum(BYLINES, 'validation.invalid'),
	audience: z.enum(KNOWLEDGE_AUDIENCES, 'validation.invalid'),
	organisationId: emptyAsNull(z.uuid('validation.invalid')),
	language: z.enum(CONTRIBUTION_LANGUAGES, 'validation.invalid'),
	researchConsent: checkbox,
	licence: emptyAsNull(z.enum(RESEARCH_LICENCES, 'validation.invalid')),
	keepOnErasure: checkbox,
	status: z.enum(CONTRIBUTION_STATUSES, 'validation.invalid')
};
