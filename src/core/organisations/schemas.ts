import { z } from 'zod';
import { JOIN_POLICIES, ORGANISATION_KINDS, ROLES } from './vocabulary';

export const slugField = z.string().trim().min(1).max(80);
export const uuidField = z.uuid('validation.invalid');
export const roleField = z.enum(ROLES, 'validation.invalid');
/** Checkbox: "on" from an HTML form, true from JSON. */
export const acceptedField = z
	.union([z.literal(true), z.literal('on'), z.literal('true')], 'validation.charter')
	.transform(() => true as const);

export const OrganisationFieldsSchema = z.object({
	name: z
		.string('validation.required')
		.trim()
		.min(2, 'validation.organisation.name')
		.max(120, 'validation.organisation.name'),
	kind: z.enum(ORGANISATION_KINDS, 'validation.invalid'),
	description: z.string().trim().max(2000, 'validation.tooLong').optional().default(''),
	city: z
		.string()
		.trim()
		.max(120, 'validation.tooLong')
		.optional()
		.transform((value) => value || null),
	joinPolicy: z.enum(JOIN_POLICIES, 'validation.invalid'),
	charter: z
		.string('validation.required')
		.trim()
		.min(20, 'validation.organisation.charter')
		.max(20_000, 'validation.tooLong')
});

/** The longest message a join request may carry. */
export const JOIN_MESSAGE_MAX = 500;
/** A join request's optional short message to the coordinators (plain text, no NUL); empty means none. */
export const joinMessageField = z
	.string('validation.invalid')
	.trim()
	.max(JOIN_MESSAGE_MAX, 'validation.tooLong')
	.refine((value) => !value.includes('\u0000'), 'validation.invalid')
	.optional()
	.transform((value) => value || null);
