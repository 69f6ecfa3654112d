import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

/**
 * The shared vocabulary of lived experiences: a two-level tree, shipped with the code and extended on
 * each instance. Coordinators propose entries; instance admins approve, reject, rename and merge them.
 */
export const experiences = pgTable(
	'experiences',
	{
		id: text().primaryKey(),
		parentId: text(),
		labelFr: text().notNull(),
		labelEn: text().notNull(),
		/** Other words people use (French and English), searched with accents folded. */
		synonyms: text().array().notNull().default([]),
		/** 'approved' (usable), 'proposed' (awaiting an admin), 'rejected', or 'merged' into `mergedInto`. */
		status: text().notNull().default('approved'),
		/** 'shipped' (from the code's vocabulary) or 'local' (added on this instance). */
		origin: text().notNull().default('shipped'),
		/** Set when an admin renames an entry: start-up no longer overwrites its labels and synonyms. */
		locallyEdited: boolean().notNull().default(false),
		mergedInto: text(),
		proposedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** Why the proposer thinks it is needed; shown to admins only. */
		proposalNote: text().notNull().default(''),
		decidedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.parentId), index().on(table.status)]
);

/** One lived experience on a person's profile, with the audience they chose for it. */
export const profileExperiences = pgTable(
	'profile_experiences',
	{
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		experienceId: text()
			.notNull()
			.references(() => experiences.id),
		/** Free text in the person's words; shown with the same visibility as the experience. */
		detail: text().notNull().default(''),
		/** 'current' or 'past'. */
		period: text().notNull().default('current'),
		visibility: text().notNull().default('only_me'),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.accountId, table.experienceId] }), index().on(table.experienceId)]
);

/**
 * How many distinct people list each experience on their profile or offer, for matching's rarity weights.
 * The key is an experience id (for a branch: people listing it or any of its leaves), or '*' for everybody
 * listing anything. Kept exact by triggers on both listing tables (migration 0005), so a help request reads
 * a few rows here instead of counting every profile of the instance.
 */
export const experienceFrequencies = pgTable('experience_frequencies', {
	key: text().primaryKey(),
	people: integer().notNull().default(0)
});

/** What a peer supporter offers: formats, languages, area, weekly availability, capacity, pause. */
export const supporterOffers = pgTable('supporter_offers', {
	accountId: uuid()
		.primaryKey()
		.references(() => accounts.id, { onDelete: 'cascade' }),
	formats: text().array().notNull().default([]),
	languages: text().array().notNull().default(['fr']),
	/** Département number or city, free text; optional. */
	area: text(),
	/** Self-described, optional, only used when a requester states a preference. */
	gender: text(),
	/** Weekly slots such as "mon-18:00-20:00". */
	availability: text().array().notNull().default([]),
	/** A short introduction the supporter wrote, shown to requesters before they ask for contact. */
	introduction: text().notNull().default(''),
	capacity: integer().notNull().default(3),
	paused: boolean().notNull().default(false),
	/** A cool-down after a hard session: no new contact requests until then. */
	pausedUntil: timestamp({ withTimezone: true }),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** The experiences a supporter accompanies (usually their own, sometimes related ones). */
export const offerExperiences = pgTable(
	'offer_experiences',
	{
		accountId: uuid()
			.notNull()
			.references(() => supporterOffers.accountId, { onDelete: 'cascade' }),
		experienceId: text()
			.notNull()
			.references(() => experiences.id)
	},
	(table) => [primaryKey({ columns: [table.accountId, table.experienceId] }), index().on(table.experienceId)]
);

/** A person's request for help: what they live, what they hope for, how they want to talk. */
export const helpRequests = pgTable(
	'help_requests',
	{
		id: uuid().primaryKey().defaultRandom(),
		requesterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		experienceIds: text().array().notNull(),
		hopes: text().notNull().default(''),
		formats: text().array().notNull(),
		language: text().notNull().default('fr'),
		area: text(),
		preferredGender: text(),
		status: text().notNull().default('open'),
		/** An open request closes by itself then (retention: the requester chooses how long it stays open). */
		closesAt: timestamp({ withTimezone: true }),
		/** When the requester can usually talk, as weekly slots ("mon-18:00-20:00"); empty = any time. */
		availability: text().array().notNull().default([]),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		index().on(table.requesterId),
		// The retention job closes open requests whose time has come.
		index('help_requests_closes_at_index').on(table.closesAt).where(sql`status = 'open'`)
	]
);

/** A requester asks one supporter; contact opens only when the supporter accepts too. */
export const contactRequests = pgTable(
	'contact_requests',
	{
		id: uuid().primaryKey().defaultRandom(),
		helpRequestId: uuid().references(() => helpRequests.id, { onDelete: 'set null' }),
		requesterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		supporterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		status: text().notNull().default('pending'),
		/** Catalogue key of the kind message a supporter chose when declining, if any. */
		declineMessage: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.supporterId, table.status), index().on(table.requesterId, table.status)]
);

/** An open accompaniment between a person and a supporter who both accepted. */
export const accompaniments = pgTable(
	'accompaniments',
	{
		id: uuid().primaryKey().defaultRandom(),
		requesterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		supporterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		contactRequestId: uuid().references(() => contactRequests.id, { onDelete: 'set null' }),
		status: text().notNull().default('open'),
		openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		endedAt: timestamp({ withTimezone: true }),
		endedBy: uuid()
	},
	(table) => [index().on(table.supporterId, table.status), index().on(table.requesterId, table.status)]
);

/** Silent blocks: a blocked pair never matches nor contacts each other again. */
export const blocks = pgTable(
	'blocks',
	{
		blockerId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		blockedId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.blockerId, table.blockedId] }), index().on(table.blockedId)]
);
