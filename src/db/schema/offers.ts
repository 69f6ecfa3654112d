import { sql } from 'drizzle-orm';
import {
	check,
	date,
	doublePrecision,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	unique,
	uuid,
	boolean
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations } from './organisations';

/**
 * A service a peer supporter (providerId) or an organisation (organisationId) offers: listening, coaching,
 * facilitation… Prices are recorded only: Entrepairs processes no payment.
 */
export const peerServices = pgTable(
	'peer_services',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'cascade' }),
		providerId: uuid().references(() => accounts.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		title: text().notNull(),
		description: text().notNull().default(''),
		formats: text().array().notNull(),
		/** The base place (a commune) the service is given from, copied from the places file. */
		communeCode: text(),
		communeName: text(),
		departement: text(),
		latitude: doublePrecision(),
		longitude: doublePrecision(),
		/** Départements served beyond the base commune. */
		areaDepartements: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		languages: text()
			.array()
			.notNull()
			.default(sql`'{fr}'::text[]`),
		accessibility: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		themes: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		priceKind: text().notNull(),
		/** For 'paid', what the person pays; for 'funded', what the funder pays per session. */
		priceCents: integer(),
		/** Shown in lists, the directory and open data: neither withdrawn nor hidden (kept in step by both). */
		published: boolean().notNull().default(true),
		/** Withdrawn by its provider (or the organisation's coordinators); not undone. */
		withdrawnAt: timestamp({ withTimezone: true }),
		/** Hidden by a moderation decision; shown again if the decision is reversed on appeal. */
		hiddenAt: timestamp({ withTimezone: true }),
		updatedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		check('peer_services_one_provider', sql`(organisation_id is null) <> (provider_id is null)`),
		index('peer_services_departement_index')
			.on(table.departement)
			.where(sql`published`),
		index('peer_services_position_index')
			.on(table.latitude, table.longitude)
			.where(sql`published`),
		index('peer_services_themes_index').using('gin', table.themes),
		index('peer_services_area_index').using('gin', table.areaDepartements),
		index().on(table.organisationId),
		index().on(table.providerId)
	]
);

/**
 * A request to the service's provider for a session at a proposed time, with a voucher when it is funded.
 * (Not a matching contact request: those open an accompaniment and a conversation, a booking does not.)
 */
export const serviceBookings = pgTable(
	'service_bookings',
	{
		id: uuid().primaryKey().defaultRandom(),
		serviceId: uuid()
			.notNull()
			.references(() => peerServices.id, { onDelete: 'cascade' }),
		requesterId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		proposedAt: timestamp({ withTimezone: true }).notNull(),
		message: text().notNull().default(''),
		status: text().notNull().default('requested'),
		/** The organisation paying (through a voucher): all the provider learns about the person's means. */
		fundedBy: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.serviceId, table.createdAt), index().on(table.requesterId)]
);

/** One funded session an organisation gives a person for a service; used once, by one booking. */
export const serviceVouchers = pgTable(
	'service_vouchers',
	{
		id: uuid().primaryKey().defaultRandom(),
		serviceId: uuid()
			.notNull()
			.references(() => peerServices.id, { onDelete: 'cascade' }),
		funderId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		holderId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		grantedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		usedAt: timestamp({ withTimezone: true }),
		bookingId: uuid().references(() => serviceBookings.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index('service_vouchers_unused_index')
			.on(table.holderId, table.serviceId)
			.where(sql`used_at is null`),
		index().on(table.funderId)
	]
);

/**
 * What a funder will pay: one row per funded booking the provider accepted. A record for invoicing
 * outside Entrepairs, not a payment.
 */
export const fundedSessionCharges = pgTable('funded_session_charges', {
	bookingId: uuid()
		.primaryKey()
		.references(() => serviceBookings.id, { onDelete: 'cascade' }),
	funderId: uuid()
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	serviceId: uuid()
		.notNull()
		.references(() => peerServices.id, { onDelete: 'cascade' }),
	amountCents: integer(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** A mission or job offer a structure publishes for peer workers. */
export const jobOffers = pgTable(
	'job_offers',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		title: text().notNull(),
		description: text().notNull(),
		contract: text().notNull(),
		hours: text().notNull().default(''),
		place: text().notNull().default(''),
		departement: text(),
		startsOn: date(),
		closesOn: date(),
		payMin: integer(),
		payMax: integer(),
		payPeriod: text(),
		/** 'published' or 'withdrawn' (by the organisation's coordinators, not undone). */
		status: text().notNull().default('published'),
		/** Hidden by a moderation decision; shown again if the decision is reversed on appeal. */
		hiddenAt: timestamp({ withTimezone: true }),
		updatedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index().on(table.organisationId),
		index('job_offers_open_index')
			.on(table.createdAt)
			.where(sql`status = 'published'`)
	]
);

/**
 * A peer's answer to an offer: a message and the profile experiences they chose to show. (The credentials
 * they choose will join as a list of ids once the credentials wallet exists.)
 */
export const jobAnswers = pgTable(
	'job_answers',
	{
		id: uuid().primaryKey().defaultRandom(),
		offerId: uuid()
			.notNull()
			.references(() => jobOffers.id, { onDelete: 'cascade' }),
		applicantId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		message: text().notNull(),
		experiences: text()
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Credentials of the applicant's wallet they choose to show with this answer (recognition module). */
		credentials: uuid()
			.array()
			.notNull()
			.default(sql`'{}'::uuid[]`),
		status: text().notNull().default('received'),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [unique().on(table.offerId, table.applicantId), index().on(table.applicantId)]
);
