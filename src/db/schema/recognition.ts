import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { organisations } from './organisations';

/**
 * A peer supporter's credentials wallet: a training, a diploma or a role (HAS vocabulary), self-declared
 * until an organisation the person belongs to attests it. The attestation records who, when and exactly
 * what was attested (`attestedText`); editing what it says removes it. `audience` uses the experiences'
 * visibilities (src/core/matching/visibility.ts).
 */
export const credentials = pgTable(
	'credentials',
	{
		id: uuid().primaryKey().defaultRandom(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** src/core/recognition/vocabulary.ts CREDENTIAL_KINDS. */
		kind: text().notNull(),
		/** HAS role (kind 'role' only). */
		role: text(),
		title: text().notNull(),
		issuer: text().notNull().default(''),
		startedOn: date({ mode: 'string' }).notNull(),
		endedOn: date({ mode: 'string' }),
		audience: text().notNull().default('only_me'),
		/** A pending request for attestation, to one organisation. */
		requestedOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		requestedAt: timestamp({ withTimezone: true }),
		attestedOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		attestedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		attestedAt: timestamp({ withTimezone: true }),
		/** What the coordinator attested, word for word (kind, role, title, issuer, dates). */
		attestedText: jsonb(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.accountId), index().on(table.requestedOrganisationId)]
);

/**
 * One thing a supporter did: kind, day, duration, organisation; never who was supported. Entries made
 * from accompaniments and sessions carry `sourceKey`, unique per person, so importing twice (or twice at
 * once) adds nothing; a dismissed automatic entry stays as a tombstone so it does not come back.
 * `note` is private to the supporter.
 */
export const activityEntries = pgTable(
	'activity_entries',
	{
		id: uuid().primaryKey().defaultRandom(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		kind: text().notNull(),
		occurredOn: date({ mode: 'string' }).notNull(),
		/** Null: not known (an accompaniment's day), to be filled in by the supporter. */
		durationMinutes: integer(),
		note: text().notNull().default(''),
		/** 'accompaniment' or 'session' for automatic entries; null when typed in. */
		source: text(),
		sourceKey: text(),
		editedAt: timestamp({ withTimezone: true }),
		dismissedAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		unique('activity_entries_source_unique').on(table.accountId, table.sourceKey),
		index().on(table.accountId, table.occurredOn),
		index().on(table.organisationId, table.accountId, table.occurredOn)
	]
);

/**
 * An attestation of activity an organisation issued for a period: what it says is frozen at issue
 * (names, period, totals), so a later edit of the log does not change a document already handed out.
 * `code` is the verification code (100 random bits, base32), unique-indexed.
 */
export const activityAttestations = pgTable(
	'activity_attestations',
	{
		id: uuid().primaryKey().defaultRandom(),
		code: text().notNull().unique(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		supporterName: text().notNull(),
		organisationName: text().notNull(),
		periodStart: date({ mode: 'string' }).notNull(),
		periodEnd: date({ mode: 'string' }).notNull(),
		/** [{ kind, count, minutes }] in vocabulary order. */
		totals: jsonb().notNull(),
		totalMinutes: integer().notNull(),
		issuedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		issuerName: text(),
		issuedAt: timestamp({ withTimezone: true }).notNull(),
		revokedAt: timestamp({ withTimezone: true }),
		revokedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** Why it was revoked: shown to its holder and the organisation, never on the public verification page. */
		revokedReason: text()
	},
	(table) => [index().on(table.accountId), index().on(table.organisationId, table.issuedAt)]
);

/** The name a supporter chose to appear on attestations (their pseudonym when none). */
export const recognitionSettings = pgTable('recognition_settings', {
	accountId: uuid()
		.primaryKey()
		.references(() => accounts.id, { onDelete: 'cascade' }),
	attestationName: text().notNull()
});
