import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';

export const organisations = pgTable('organisations', {
	id: uuid().primaryKey().defaultRandom(),
	slug: text().notNull().unique(),
	name: text().notNull(),
	kind: text().notNull(),
	description: text().notNull().default(''),
	city: text(),
	joinPolicy: text().notNull().default('request'),
	charter: text().notNull(),
	charterVersion: integer().notNull().default(1),
	/** Retention given to new conversations opened in this organisation ('never', '24h', '7d', '30d'). */
	defaultRetention: text().notNull().default('never'),
	/** Whether its members may publish experiential knowledge on the public web (off by default). */
	knowledgePublic: boolean().notNull().default(false),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** One row per person and organisation: role, approval status, and the charter version they accepted. */
export const memberships = pgTable(
	'memberships',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		role: text().notNull().default('member'),
		status: text().notNull().default('pending'),
		hiddenFromMemberList: boolean().notNull().default(false),
		charterVersionAccepted: integer().notNull(),
		charterAcceptedAt: timestamp({ withTimezone: true }).notNull(),
		/** An optional short message the person wrote with their join request (for the coordinators). */
		requestMessage: text(),
		requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		approvedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		unique().on(table.organisationId, table.accountId),
		index().on(table.accountId),
		// Coordinators' badge and list of join requests waiting for them.
		index('memberships_pending_index')
			.on(table.organisationId, table.requestedAt)
			.where(sql`status = 'pending'`),
		// Matching looks up the active peer supporters of the requester's organisations on every help request.
		index('memberships_active_peer_supporters_index')
			.on(table.organisationId, table.accountId)
			.where(sql`role = 'peer_supporter' and status = 'active'`)
	]
);

/** Invitation links: only the token's hash is kept. */
export const invitations = pgTable('invitations', {
	tokenHash: text().primaryKey(),
	organisationId: uuid()
		.notNull()
		.references(() => organisations.id, { onDelete: 'cascade' }),
	role: text().notNull().default('member'),
	createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
	usesLeft: integer().notNull(),
	expiresAt: timestamp({ withTimezone: true }).notNull(),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});
