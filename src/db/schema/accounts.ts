import { boolean, doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A pseudonymous person. Email is optional and never unique, so it cannot be probed for. */
export const accounts = pgTable(
	'accounts',
	{
		id: uuid().primaryKey().defaultRandom(),
		pseudonym: text().notNull(),
		// Folded form (accents, case, look-alike characters removed): two pseudonyms that read alike collide here.
		pseudonymKey: text().notNull().unique(),
		email: text(),
		passwordHash: text().notNull(),
		locale: text().notNull().default('fr'),
		textSize: text().notNull().default('normal'),
		theme: text().notNull().default('auto'),
		/** Reading settings (issue 14): easy-read French, line spacing, high contrast, easier font. */
		easyRead: boolean().notNull().default(false),
		lineSpacing: text().notNull().default('normal'),
		contrast: text().notNull().default('normal'),
		readingFont: text().notNull().default('standard'),
		/** Who may open a direct conversation with this person: 'nobody' (default) or 'my_organisations'. */
		directMessages: text().notNull().default('nobody'),
		isInstanceAdmin: boolean().notNull().default(false),
		/** Opt-in email digest of unread messages (never their content); needs an email address. */
		emailDigest: boolean().notNull().default(false),
		/** Discreet notifications: emails never name the platform nor anyone (for a shared mailbox). */
		discreetNotifications: boolean().notNull().default(false),
		/** When the last digest was sent: only messages after it count for the next one. */
		lastDigestAt: timestamp({ withTimezone: true }),
		/** Staff only: an email when reports wait in their moderation queue (off by default). */
		moderationAlerts: boolean().notNull().default(false),
		/** When the last such email went out: reports older than that were announced. */
		lastModerationAlertAt: timestamp({ withTimezone: true }),
		/** Set by a moderation decision: no sign-in, no session, no event stream until then. */
		suspendedUntil: timestamp({ withTimezone: true }),
		consentVersion: text().notNull(),
		consentedAt: timestamp({ withTimezone: true }).notNull(),
		passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.email)]
);

/** Server-side sessions; only a hash of the token is stored, so a database leak gives no usable cookie. */
export const sessions = pgTable(
	'sessions',
	{
		tokenHash: text().primaryKey(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		kind: text().notNull().default('browser'),
		label: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull()
	},
	(table) => [index().on(table.accountId)]
);

/**
 * One token bucket per limited key ("send:<account>", "sign-in:ip:<address>"…), shared by every app process.
 * A request takes a token in one atomic upsert, so concurrent requests can never exceed the limit.
 * `fullAt` is when the bucket will have refilled: a row past it says nothing and is purged.
 */
export const rateLimitBuckets = pgTable(
	'rate_limit_buckets',
	{
		key: text().primaryKey(),
		tokens: doublePrecision().notNull(),
		updatedAt: timestamp({ withTimezone: true }).notNull(),
		fullAt: timestamp({ withTimezone: true }).notNull()
	},
	(table) => [index().on(table.fullAt)]
);

/** A single-use, expiring account-recovery link sent by email; only a hash of its token is stored. */
export const recoveryTokens = pgTable(
	'recovery_tokens',
	{
		tokenHash: text().primaryKey(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		usedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.accountId), index().on(table.expiresAt)]
);

/** Recovery codes shown once (at sign-up or when renewed) to people without email; hashed, single-use. */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		id: uuid().primaryKey().defaultRandom(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		codeHash: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		usedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.accountId)]
);
