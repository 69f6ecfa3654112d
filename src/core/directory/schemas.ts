import { z } from 'zod';
import { ORGANISATION_KINDS } from '../organisations/vocabulary';
import { departementCode, experienceId, listOf } from '../offers/schemas';
import { ACCESSIBILITY_FEATURES, SERVICE_FORMATS, SERVICE_KINDS } from '../offers/vocabulary';

const emptyAsUndefined = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
const text = (max: number) => z.string('validation.invalid').trim().max(max, 'validation.tooLong');
const checkbox = z
	.union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false')], 'validation.invalid')
	.transform((value) => value === true || value === 'on' || value === 'true');

export const RADII_KM = [5, 10, 20, 50, 100] as const;

/** What the directory's GET form (and the API's query) sends. */
export const SearchDirectorySchema = z.object({
	theme: emptyAsUndefined(experienceId),
	/** A postcode, a département code or a commune's name. */
	place: emptyAsUndefined(text(80)),
	radius: emptyAsUndefined(
		z.coerce
			.number('validation.invalid')
			.refine((value) => (RADII_KM as readonly number[]).includes(value), 'validation.invalid')
	),
	serviceKind: emptyAsUndefined(z.enum(SERVICE_KINDS, 'validation.invalid')),
	organisationKind: emptyAsUndefined(z.enum(ORGANISATION_KINDS, 'validation.invalid')),
	format: emptyAsUndefined(z.enum(SERVICE_FORMATS, 'validation.invalid')),
	accessibility: listOf(z.enum(ACCESSIBILITY_FEATURES, 'validation.invalid'), 4).default([]),
	page: emptyAsUndefined(z.coerce.number('validation.invalid').int('validation.invalid').min(1).max(500))
});
export type SearchDirectoryInput = z.input<typeof SearchDirectorySchema>;

const optionalText = (max: number) => emptyAsUndefined(text(max));

export const SaveDirectoryListingSchema = z.object({
	organisation: z.string('validation.invalid').min(1, 'validation.invalid').max(100, 'validation.invalid'),
	published: checkbox.default(false),
	address: text(200).default(''),
	postcode: emptyAsUndefined(
		z
			.string('validation.invalid')
			.trim()
			.regex(/^\d{5}$/, 'validation.offers.postcode')
	),
	communeName: optionalText(100),
	openingHours: text(500).default(''),
	phone: emptyAsUndefined(
		z
			.string('validation.invalid')
			.trim()
			.regex(/^[+\d][\d .-]{5,24}$/, 'validation.offers.phone')
	),
	email: emptyAsUndefined(z.email('validation.offers.email').max(200, 'validation.tooLong')),
	website: emptyAsUndefined(
		z.url({ protocol: /^https?$/, error: 'validation.offers.website' }).max(300, 'validation.tooLong')
	),
	inPerson: checkbox.default(false),
	online: checkbox.default(false),
	accessibility: listOf(z.enum(ACCESSIBILITY_FEATURES, 'validation.invalid'), 4).default([]),
	themes: listOf(experienceId, 20).default([])
});
export type SaveDirectoryListingInput = z.input<typeof SaveDirectoryListingSchema>;
export { departementCode };
