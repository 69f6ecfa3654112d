import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { peerGroups } from './gatherings';
import { accompaniments } from './matching';
import { organisations } from './organisations';

/** A training path (parcours pair-aidant) an organisation's coordinators define: ordered steps. */
export const peerPaths = pgTable(
	'peer_paths',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		description: text().notNull().default(''),
		createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.organisationId)]
);

/**
 * One step of a path and what completes it: 'attendance' (the person attended a session of `groupId`),
 * 'signature' (their mission sheet in this organisation is signed by both sides) or 'sign_off' (a referent).
 */
export const peerPathSteps = pgTable(
	'peer_path_steps',
	{
		id: uuid().primaryKey().defaultRandom(),
		pathId: uuid()
			.notNull()
			.references(() => peerPaths.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		title: text().notNull(),
		completion: text().notNull(),
		groupId: uuid().references(() => peerGroups.id, { onDelete: 'set null' })
	},
	(table) => [unique().on(table.pathId, table.position)]
);

/** A person on a path: 'proposed' (a coordinator enrolled them; they accept), 'active' or 'left'. */
export const peerPathEnrolments = pgTable(
	'peer_path_enrolments',
	{
		id: uuid().primaryKey().defaultRandom(),
		pathId: uuid()
			.notNull()
			.references(() => peerPaths.id, { onDelete: 'cascade' }),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** A named referent who may sign steps off besides the coordinators; optional. */
		referentId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		status: text().notNull(),
		enrolledBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		acceptedAt: timestamp({ withTimezone: true })
	},
	(table) => [unique().on(table.pathId, table.accountId), index().on(table.accountId)]
);

/** A referent's sign-off of one step for one enrolment (once: the primary key). */
export const peerPathSignOffs = pgTable(
	'peer_path_sign_offs',
	{
		enrolmentId: uuid()
			.notNull()
			.references(() => peerPathEnrolments.id, { onDelete: 'cascade' }),
		stepId: uuid()
			.notNull()
			.references(() => peerPathSteps.id, { onDelete: 'cascade' }),
		signedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		signedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.enrolmentId, table.stepId] })]
);

/**
 * A mission sheet (fiche de mission) between an organisation and one supporter. Its text lives in
 * versions; `version` is the current one. 'active' or 'ended'.
 */
export const missionSheets = pgTable(
	'mission_sheets',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		supporterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		version: integer().notNull().default(1),
		status: text().notNull().default('active'),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		endedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.supporterId), index().on(table.organisationId)]
);

/** Every version of a sheet's text, never changed once written; `textHash` is what signatures name. */
export const missionSheetVersions = pgTable(
	'mission_sheet_versions',
	{
		sheetId: uuid()
			.notNull()
			.references(() => missionSheets.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		role: text().notNull(),
		activities: text().notNull(),
		limits: text().notNull(),
		referent: text().notNull(),
		hours: text().notNull(),
		place: text().notNull(),
		startsOn: text().notNull(),
		endsOn: text(),
		employment: text().notNull(),
		textHash: text().notNull(),
		createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.sheetId, table.version] })]
);

/** A signature: who ('supporter' or 'organisation' side), when, and the exact version and its hash. */
export const missionSheetSignatures = pgTable(
	'mission_sheet_signatures',
	{
		sheetId: uuid()
			.notNull()
			.references(() => missionSheets.id, { onDelete: 'cascade' }),
		version: integer().notNull(),
		side: text().notNull(),
		accountId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** The signer's pseudonym at the time: the sheet still shows who signed after an erasure. */
		signerName: text().notNull(),
		textHash: text().notNull(),
		signedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.sheetId, table.version, table.side] })]
);

/** Ending or renewing a mission: a recorded act (who, when, why if they said). */
export const missionActs = pgTable(
	'mission_acts',
	{
		id: uuid().primaryKey().defaultRandom(),
		sheetId: uuid()
			.notNull()
			.references(() => missionSheets.id, { onDelete: 'cascade' }),
		kind: text().notNull(),
		accountId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		reason: text().notNull().default(''),
		/** For a renewal: the new end date. */
		endsOn: text(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.sheetId)]
);

/** A supporter stepping down: 'pause' (for a while) or 'final', and whether they retired their peer identity. */
export const supporterStepDowns = pgTable('supporter_step_downs', {
	id: uuid().primaryKey().defaultRandom(),
	accountId: uuid()
		.notNull()
		.references(() => accounts.id, { onDelete: 'cascade' }),
	kind: text().notNull(),
	retiredIdentity: boolean().notNull().default(false),
	at: timestamp({ withTimezone: true }).notNull().defaultNow(),
	resumedAt: timestamp({ withTimezone: true })
});

/**
 * What happens to one accompaniment when its supporter steps down: 'handover' to `toSupporterId` (the
 * person accepts or declines: 'proposed' → 'accepted' | 'declined') or 'farewell' (ended, with a message).
 */
export const accompanimentHandovers = pgTable(
	'accompaniment_handovers',
	{
		id: uuid().primaryKey().defaultRandom(),
		accompanimentId: uuid().references(() => accompaniments.id, { onDelete: 'set null' }),
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		kind: text().notNull(),
		requesterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		fromSupporterId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		toSupporterId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		message: text().notNull().default(''),
		status: text().notNull(),
		newAccompanimentId: uuid().references(() => accompaniments.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		index().on(table.requesterId),
		// One open proposal per accompaniment: a second step-down cannot propose it twice.
		uniqueIndex('accompaniment_handovers_open_index')
			.on(table.accompanimentId)
			.where(sql`status = 'proposed'`)
	]
);
