import { sql } from 'drizzle-orm';
import {
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { accompaniments } from './matching';

/**
 * A person's own recovery and crisis plan (*plan de rétablissement*, *plan de crise conjoint*, *directives
 * anticipées*): one per person. The row says which version is current; every version, the first included,
 * is kept in `recovery_plan_versions`. Nobody but its owner reads it unless they share it.
 */
export const recoveryPlans = pgTable('recovery_plans', {
	id: uuid().primaryKey().defaultRandom(),
	accountId: uuid()
		.notNull()
		.unique()
		.references(() => accounts.id, { onDelete: 'cascade' }),
	currentVersion: integer().notNull().default(0),
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/** Every saved state of a plan: the sections as written (see core/plans/plan-content.ts). */
export const recoveryPlanVersions = pgTable(
	'recovery_plan_versions',
	{
		planId: uuid()
			.notNull()
			.references(() => recoveryPlans.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		content: jsonb().notNull().$type<Record<string, unknown>>(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.planId, table.number] })]
);

/**
 * Who the owner lets read the plan. 'supporter': the peer supporter of one of the owner's open
 * accompaniments (ending the accompaniment ends the reading at once: the rule reads its status).
 * 'link': a named person holding a secret link (only the token's SHA-256 kept), until `expiresAt`.
 * Revoked shares stay, dated, so the owner's list and access log keep their history.
 */
export const recoveryPlanShares = pgTable(
	'recovery_plan_shares',
	{
		id: uuid().primaryKey().defaultRandom(),
		planId: uuid()
			.notNull()
			.references(() => recoveryPlans.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		accompanimentId: uuid().references(() => accompaniments.id, { onDelete: 'cascade' }),
		/** For a link: the person the owner gave it to, in the owner's words. */
		recipientName: text().notNull().default(''),
		tokenHash: text().unique(),
		expiresAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		revokedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		index().on(table.planId),
		// One live share per accompaniment: sharing twice is the same share.
		uniqueIndex('recovery_plan_shares_live_accompaniment')
			.on(table.accompanimentId)
			.where(sql`revoked_at is null and accompaniment_id is not null`)
	]
);

/** Each opening of a shared plan by someone other than its owner: which share, who (a supporter), when. */
export const recoveryPlanAccesses = pgTable(
	'recovery_plan_accesses',
	{
		id: uuid().primaryKey().defaultRandom(),
		planId: uuid()
			.notNull()
			.references(() => recoveryPlans.id, { onDelete: 'cascade' }),
		shareId: uuid().references(() => recoveryPlanShares.id, { onDelete: 'set null' }),
		kind: text().notNull(),
		/** The supporter who opened it; null for a link, or once that supporter's account is erased. */
		viewerId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		openedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.planId, table.openedAt)]
);
