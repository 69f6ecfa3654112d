import { z } from 'zod';
import { DEFAULT_TIME_ZONE, wallFromForm, wallToUtc } from '../gatherings/recurrence';
import {
	ACCESSIBILITY_FEATURES,
	ANSWER_STATUSES,
	CONTRACTS,
	PAY_PERIODS,
	PRICE_KINDS,
	SERVICE_FORMATS,
	SERVICE_KINDS,
	SERVICE_LANGUAGES
} from './vocabulary';

const text = (max: number, min = 0) =>
	z.string('validation.invalid').trim().min(min, 'validation.required').max(max, 'validation.tooLong');

/** A list from a form (one value or several) or from JSON (an array), each value once. */
export const listOf = <T extends z.ZodType<string>>(item: T, max: number) =>
	z
		.union([z.array(item, 'validation.invalid'), item])
		.transform((value) => [...new Set(Array.isArray(value) ? value : [value])] as z.infer<T>[])
		.refine((values) => values.length <= max, 'validation.invalid');

/** An empty form field (or null from JSON) means "none". */
const emptyAsNull = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());

/** A whole number from a form (text) or JSON (a number). */
const amount = (max: number) =>
	z.coerce
		.number('validation.invalid')
		.int('validation.invalid')
		.min(0, 'validation.invalid')
		.max(max, 'validation.invalid');

export const experienceId = z
	.string('validation.invalid')
	.regex(/^[a-z0-9-]{1,60}(\/[a-z0-9-]{1,60})?$/, 'validation.invalid');
export const departementCode = z
	.string('validation.invalid')
	.trim()
	.toUpperCase()
	.regex(/^(\d{2}|2A|2B|97\d|98\d)$/, 'validation.offers.departement');
const postcode = z
	.string('validation.invalid')
	.trim()
	.regex(/^\d{5}$/, 'validation.offers.postcode');
const slug = z.string('validation.invalid').min(1, 'validation.invalid').max(100, 'validation.invalid');
const day = z.iso.date('validation.invalid');

/** What a service says of itself: the same fields when it is published and when it is edited. */
const serviceFields = {
	kind: z.enum(SERVICE_KINDS, 'validation.invalid'),
	title: text(120, 3),
	description: text(4000).default(''),
	formats: listOf(z.enum(SERVICE_FORMATS, 'validation.invalid'), SERVICE_FORMATS.length).refine(
		(values) => values.length > 0,
		'validation.offers.format'
	),
	postcode: emptyAsNull(postcode),
	communeName: emptyAsNull(text(100)),
	/** A list, or one text with the codes separated by spaces or commas ("35 56 22"). */
	areaDepartements: z
		.preprocess(
			(value) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value),
			listOf(departementCode, 20)
		)
		.default([]),
	languages: listOf(z.enum(SERVICE_LANGUAGES, 'validation.invalid'), SERVICE_LANGUAGES.length).default([
		'fr'
	]),
	accessibility: listOf(z.enum(ACCESSIBILITY_FEATURES, 'validation.invalid'), 4).default([]),
	themes: listOf(experienceId, 12).default([]),
	priceKind: z.enum(PRICE_KINDS, 'validation.invalid'),
	/** In euros; recorded for 'paid' (the person pays) and 'funded' (the funder pays per session). */
	price: emptyAsNull(amount(100_000))
};
const priced = { path: ['price'], message: 'validation.offers.price' };

export const PublishServiceSchema = z
	.object({
		/** The organisation offering it (its coordinators publish); absent: the actor offers it as a peer. */
		organisation: emptyAsNull(slug),
		...serviceFields
	})
	.refine((input) => input.priceKind === 'free' || input.price !== undefined, priced);
export type PublishServiceInput = z.input<typeof PublishServiceSchema>;

/** Every field again (a form sends them all): who offers it does not change. */
export const EditServiceSchema = z
	.object({ serviceId: z.uuid('validation.invalid'), ...serviceFields })
	.refine((input) => input.priceKind === 'free' || input.price !== undefined, priced);
export type EditServiceInput = z.input<typeof EditServiceSchema>;

export const GrantVouchersSchema = z.object({
	serviceId: z.uuid('validation.invalid'),
	/** The funding organisation; its coordinators grant, to its active members. */
	funder: slug,
	holderPseudonym: text(60, 1),
	count: amount(50).refine((value) => value >= 1, 'validation.invalid')
});

export const BookServiceSchema = z.object({
	serviceId: z.uuid('validation.invalid'),
	/** An instant (ISO 8601 with its offset), or a form's "2026-12-08T18:00" read as Paris time. */
	proposedAt: z.preprocess(
		(value) => {
			if (typeof value !== 'string') return value;
			const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value);
			if (!local) return value;
			const wall = wallFromForm(local[1]!, local[2]!);
			return wall ? wallToUtc(wall, DEFAULT_TIME_ZONE) : 'invalid';
		},
		z.coerce
			.date('validation.offers.when')
			.refine((date) => !Number.isNaN(date.getTime()), 'validation.offers.when')
	),
	message: text(1000).default(''),
	/** A voucher of the actor's for this service: the booking is then funded. */
	voucherId: emptyAsNull(z.uuid('validation.invalid'))
});

export const DecideBookingSchema = z.object({
	bookingId: z.uuid('validation.invalid'),
	decision: z.enum(['accepted', 'declined'], 'validation.invalid')
});

const jobOfferFields = {
	title: text(120, 3),
	description: text(6000, 10),
	contract: z.enum(CONTRACTS, 'validation.invalid'),
	hours: text(200).default(''),
	place: text(200).default(''),
	departement: emptyAsNull(departementCode),
	startsOn: emptyAsNull(day),
	closesOn: emptyAsNull(day),
	payMin: emptyAsNull(amount(1_000_000)),
	payMax: emptyAsNull(amount(1_000_000)),
	payPeriod: emptyAsNull(z.enum(PAY_PERIODS, 'validation.invalid'))
};
type JobOfferFields = { payMin?: number; payMax?: number; payPeriod?: string };
/** The pay range reads low to high, and has a period once it has an amount. */
const withPayRules = <T extends z.ZodType<JobOfferFields>>(schema: T) =>
	schema
		.refine(
			(input) => input.payMin === undefined || input.payMax === undefined || input.payMin <= input.payMax,
			{
				path: ['payMax'],
				message: 'validation.offers.payRange'
			}
		)
		.refine(
			(input) => (input.payMin === undefined && input.payMax === undefined) || input.payPeriod !== undefined,
			{
				path: ['payPeriod'],
				message: 'validation.offers.payPeriod'
			}
		);

export const PublishJobOfferSchema = withPayRules(z.object({ organisation: slug, ...jobOfferFields }));
export type PublishJobOfferInput = z.input<typeof PublishJobOfferSchema>;

/** Every field again; the organisation does not change. */
export const EditJobOfferSchema = withPayRules(
	z.object({ offerId: z.uuid('validation.invalid'), ...jobOfferFields })
);
export type EditJobOfferInput = z.input<typeof EditJobOfferSchema>;

export const WithdrawServiceSchema = z.object({ serviceId: z.uuid('validation.invalid') });
export const WithdrawJobOfferSchema = z.object({ offerId: z.uuid('validation.invalid') });

export const AnswerJobOfferSchema = z.object({
	offerId: z.uuid('validation.invalid'),
	message: text(3000, 10),
	/** Experiences of the applicant's profile they choose to show (others are refused). */
	experiences: listOf(experienceId, 20).default([]),
	/** Credentials of the applicant's wallet they choose to show (others' are refused). */
	credentials: listOf(z.uuid('validation.invalid'), 20).default([])
});

export const SetAnswerStatusSchema = z.object({
	answerId: z.uuid('validation.invalid'),
	status: z.enum(ANSWER_STATUSES, 'validation.invalid')
});

export const idSchema = z.object({ id: z.uuid('validation.invalid') });
