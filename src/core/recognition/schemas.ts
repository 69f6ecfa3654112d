import { z } from 'zod';
import { VISIBILITIES } from '../matching/visibility';
import { slugField } from '../organisations/schemas';
import {
	ACTIVITY_KINDS,
	CREDENTIAL_KINDS,
	MAX_ACTIVITY_MINUTES,
	MAX_ACTIVITY_NOTE,
	MAX_ATTESTATION_NAME,
	MAX_CREDENTIAL_ISSUER,
	MAX_CREDENTIAL_TITLE,
	PEER_ROLES
} from './vocabulary';

/** Fields shared by the recognition use cases' schemas; messages are catalogue keys. */
export const day = z.iso.date('validation.recognition.date');
const optionalDay = z
	.union([day, z.literal('')], 'validation.recognition.date')
	.optional()
	.transform((value) => value || null);
/** A form's empty choice means none. */
export const optionalId = z
	.union([z.uuid('validation.invalid'), z.literal('')], 'validation.invalid')
	.optional()
	.transform((value) => value || null);
/** A checkbox or a JSON boolean. */
export const flag = z
	.union([z.boolean(), z.enum(['true', 'on', 'false', ''])], 'validation.invalid')
	.optional()
	.transform((value) => value === true || value === 'true' || value === 'on');

export const credentialFields = {
	kind: z.enum(CREDENTIAL_KINDS, 'validation.recognition.kind'),
	role: z
		.union([z.enum(PEER_ROLES), z.literal('')], 'validation.recognition.role')
		.optional()
		.transform((value) => value || null),
	title: z
		.string('validation.recognition.title')
		.trim()
		.min(2, 'validation.recognition.title')
		.max(MAX_CREDENTIAL_TITLE, 'validation.recognition.title'),
	issuer: z
		.string('validation.invalid')
		.trim()
		.max(MAX_CREDENTIAL_ISSUER, 'validation.recognition.issuer')
		.optional()
		.default(''),
	startedOn: day,
	endedOn: optionalDay,
	audience: z.enum(VISIBILITIES, 'validation.recognition.audience')
};

/** A role needs its name in the HAS vocabulary; the end, if any, does not come before the start. */
export const credentialRules = <
	T extends z.ZodType<{ kind: string; role: string | null; startedOn: string; endedOn: string | null }>
>(
	schema: T
) =>
	schema
		.refine((value) => value.kind !== 'role' || value.role !== null, {
			message: 'validation.recognition.role',
			path: ['role']
		})
		.refine((value) => value.endedOn === null || value.endedOn >= value.startedOn, {
			message: 'validation.recognition.endBeforeStart',
			path: ['endedOn']
		});

export const activityFields = {
	kind: z.enum(ACTIVITY_KINDS, 'validation.recognition.activityKind'),
	occurredOn: day,
	// An empty form field means "not known" (null), not zero.
	durationMinutes: z
		.preprocess(
			(value) => (value === '' || value === undefined ? null : value),
			z.coerce
				.number('validation.recognition.duration')
				.int('validation.recognition.duration')
				.min(0, 'validation.recognition.duration')
				.max(MAX_ACTIVITY_MINUTES, 'validation.recognition.duration')
				.nullable()
		)
		.optional()
		.transform((value) => value ?? null),
	organisationId: optionalId,
	note: z
		.string('validation.invalid')
		.trim()
		.max(MAX_ACTIVITY_NOTE, 'validation.recognition.note')
		.optional()
		.default('')
};

export const slug = slugField;
export const attestationName = z
	.string('validation.recognition.attestationName')
	.trim()
	.max(MAX_ATTESTATION_NAME, 'validation.recognition.attestationName');
