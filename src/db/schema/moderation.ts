import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { conversations } from './conversations';
import { accompaniments } from './matching';
import { organisations } from './organisations';

/**
 * A report: a member (or the platform itself, `reporterId` null and `source` 'system') points moderators
 * at a message, profile, help request or conversation. It goes to the moderators of the organisation where
 * it happened, or to instance admins when `organisationId` is null or the report was escalated.
 */
export const reports = pgTable(
	'reports',
	{
		id: uuid().primaryKey().defaultRandom(),
		reporterId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		source: text().notNull().default('member'),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		/** 'message' | 'profile' | 'help_request' | 'conversation' */
		subjectKind: text().notNull(),
		subjectId: text().notNull(),
		/** The person whose content is reported; null once their account is erased. */
		subjectAccountId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		reason: text().notNull(),
		details: text().notNull().default(''),
		/**
		 * A copy of the reported text taken when the report is filed, so that editing or deleting it cannot
		 * erase the evidence; shown only to the report's reviewers, and deleted once the report is decided.
		 */
		contentCopy: text(),
		/** 'open' | 'decided' */
		status: text().notNull().default('open'),
		escalated: boolean().notNull().default(false),
		assigneeId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		index().on(table.organisationId, table.status, table.createdAt),
		index().on(table.subjectAccountId, table.createdAt),
		index().on(table.reporterId, table.createdAt),
		index('reports_escalated_open_index')
			.on(table.createdAt)
			.where(sql`escalated or organisation_id is null`)
	]
);

/**
 * A moderation decision with its statement of reasons (DSA article 17 style): what was decided, on which
 * ground, why, and until when. Shown to the person concerned; the reporter sees the outcome.
 */
export const moderationDecisions = pgTable(
	'moderation_decisions',
	{
		id: uuid().primaryKey().defaultRandom(),
		reportId: uuid().references(() => reports.id, { onDelete: 'set null' }),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		moderatorId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		subjectAccountId: uuid().references(() => accounts.id, { onDelete: 'cascade' }),
		/** 'no_action' | 'hide_content' | 'warn' | 'suspend' | 'remove_from_organisation' | 'escalate' */
		action: text().notNull(),
		/** The report reason the decision rests on (same closed list), or 'charter'. */
		ground: text().notNull(),
		statement: text().notNull(),
		suspendedUntil: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** Set when an appeal reversed this decision (its effects undone where they can be). */
		reversedAt: timestamp({ withTimezone: true }),
		/** A removal from the organisation: the role the person had there, given back if it is reversed. */
		removedRole: text()
	},
	(table) => [index().on(table.subjectAccountId, table.createdAt), index().on(table.reportId)]
);

/**
 * An appeal against a moderation decision, by the person it concerns or by the reporter: reviewed by
 * someone other than whoever decided, who upholds or reverses it with a statement of reasons.
 */
export const moderationAppeals = pgTable(
	'moderation_appeals',
	{
		id: uuid().primaryKey().defaultRandom(),
		decisionId: uuid()
			.notNull()
			.references(() => moderationDecisions.id, { onDelete: 'cascade' }),
		appellantId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** 'subject' (the decision concerns them) | 'reporter' */
		appellantRole: text().notNull(),
		/** The appellant's words. */
		reason: text().notNull(),
		/** 'open' | 'upheld' | 'reversed' */
		status: text().notNull().default('open'),
		reviewerId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** The reviewer's statement of reasons, shown to the appellant. */
		statement: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		uniqueIndex().on(table.decisionId, table.appellantId),
		index().on(table.status, table.createdAt),
		index().on(table.appellantId)
	]
);

/** Moderators' internal notes on a report: never shown to the reporter or the person concerned. */
export const moderationNotes = pgTable(
	'moderation_notes',
	{
		id: uuid().primaryKey().defaultRandom(),
		reportId: uuid()
			.notNull()
			.references(() => reports.id, { onDelete: 'cascade' }),
		authorId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		body: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.reportId, table.createdAt)]
);

/**
 * Every time staff open private content (a reported message and its neighbours, a profile's hidden
 * experiences): who, what, when and why. The person concerned sees these lines in their account.
 */
export const staffAccessLog = pgTable(
	'staff_access_log',
	{
		id: uuid().primaryKey().defaultRandom(),
		staffId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** 'moderator' | 'coordinator' | 'instance_admin': what the person concerned is shown. */
		staffRole: text().notNull(),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		subjectAccountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** 'message_excerpt' | 'profile' | 'help_request' | 'conversation' */
		what: text().notNull(),
		reportId: uuid().references(() => reports.id, { onDelete: 'set null' }),
		/** Why: the report reason key. */
		why: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.subjectAccountId, table.createdAt)]
);

/**
 * A supporter marked a conversation "difficult": the organisation's coordinators are alerted to offer a
 * debrief. Carries no message content.
 */
export const conversationAlerts = pgTable(
	'conversation_alerts',
	{
		id: uuid().primaryKey().defaultRandom(),
		conversationId: uuid().references(() => conversations.id, { onDelete: 'set null' }),
		accompanimentId: uuid().references(() => accompaniments.id, { onDelete: 'set null' }),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		supporterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** Optional words from the supporter to their coordinator. */
		note: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		acknowledgedAt: timestamp({ withTimezone: true }),
		acknowledgedBy: uuid().references(() => accounts.id, { onDelete: 'set null' })
	},
	(table) => [index().on(table.organisationId, table.acknowledgedAt), index().on(table.supporterId)]
);

/**
 * An organisation's own contacts for the emergency page (a duty phone, a local crisis line), with weekly
 * on-duty slots ("mon-14:00-18:00") so a person with no available supporter sees when someone is next there.
 */
export const organisationContacts = pgTable(
	'organisation_contacts',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		label: text().notNull(),
		phone: text(),
		email: text(),
		details: text().notNull().default(''),
		onDuty: text().array().notNull().default([]),
		position: integer().notNull().default(0),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.organisationId, table.position)]
);
