import { z } from 'zod';
import { acceptedField, joinMessageField, slugField, uuidField } from '../organisations/schemas';
import { GROUP_AUDIENCES, GROUP_JOIN_POLICIES, GROUP_KINDS } from './vocabulary';

export { acceptedField, joinMessageField, slugField, uuidField };

export const groupIdField = uuidField;

/** Checkbox: "on" from an HTML form, true or false from JSON; absent means false. */
export const checkboxField = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')], 'validation.invalid')
	.optional()
	.transform((value) => value === true || value === 'on' || value === 'true');

/** What a coordinator sets when creating a group, and a facilitator when changing it. */
export const GroupFieldsSchema = z.object({
	kind: z.enum(GROUP_KINDS, 'validation.invalid'),
	title: z
		.string('validation.required')
		.trim()
		.min(3, 'validation.peerGroups.title')
		.max(120, 'validation.peerGroups.title'),
	purpose: z.string('validation.invalid').trim().max(2000, 'validation.tooLong').optional().default(''),
	audience: z.enum(GROUP_AUDIENCES, 'validation.invalid'),
	joinPolicy: z.enum(GROUP_JOIN_POLICIES, 'validation.invalid'),
	charter: z
		.string('validation.required')
		.trim()
		.min(20, 'validation.peerGroups.charter')
		.max(20_000, 'validation.tooLong'),
	publicProgramme: checkboxField
});

/** The charter version the person read, so a charter changed meanwhile is not accepted blindly. */
export const charterVersionField = z.coerce
	.number('validation.invalid')
	.int('validation.invalid')
	.positive('validation.invalid')
	.optional();
