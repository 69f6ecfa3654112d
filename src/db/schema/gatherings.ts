import { sql } from 'drizzle-orm';
import {
	bigserial,
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
import { conversations } from './conversations';
import { accompaniments } from './matching';
import { organisations } from './organisations';

/**
 * A group inside an organisation: a talk group, a mutual-aid group, an activity, a permanence, an
 * intervision group, a relatives' group. Its audience says who may be in the room; its charter is accepted
 * on joining and again after each change; its own conversation is `conversationId`.
 */
export const peerGroups = pgTable(
	'peer_groups',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		/** 'talk', 'mutual_aid', 'activity', 'permanence', 'intervision', 'relatives'. */
		kind: text().notNull(),
		title: text().notNull(),
		purpose: text().notNull().default(''),
		/**
		 * Who may be in the room: 'members' (any active member of the organisation), 'peers' (people who share
		 * the lived experience: never professionals or relatives, except an admitted companion), 'relatives',
		 * 'supporters' (the organisation's peer supporters: intervision).
		 */
		audience: text().notNull().default('members'),
		/** 'open', 'request' or 'invitation'. */
		joinPolicy: text().notNull().default('open'),
		charter: text().notNull().default(''),
		/** Bumped on every charter change: members accept the new version before they can post again. */
		charterVersion: integer().notNull().default(1),
		/** Whether visitors see this group's sessions in the organisation's programme (members always do). */
		publicProgramme: boolean().notNull().default(false),
		/** The group's own conversation (kind 'peer_group'). */
		conversationId: uuid().references(() => conversations.id, { onDelete: 'set null' }),
		createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		archivedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.organisationId), uniqueIndex().on(table.conversationId)]
);

/**
 * One person in a group. Nobody is in a group without having accepted: an invitation waits as 'invited'
 * until the person accepts, a request as 'pending' until a facilitator approves. A companion (a person a
 * disabled member needs beside them) is admitted by a facilitator and names the member they accompany.
 */
export const groupMembers = pgTable(
	'group_members',
	{
		groupId: uuid()
			.notNull()
			.references(() => peerGroups.id, { onDelete: 'cascade' }),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** 'facilitator', 'member' or 'companion'. */
		role: text().notNull().default('member'),
		/** 'invited', 'pending' or 'active'. */
		status: text().notNull(),
		/** The charter version this person accepted; null until they accept one (an invitation not yet taken). */
		charterVersionAccepted: integer(),
		charterAcceptedAt: timestamp({ withTimezone: true }),
		/** Companions only: the member they accompany. */
		companionOf: uuid().references(() => accounts.id, { onDelete: 'cascade' }),
		/** Who invited or admitted them (facilitator), when someone did. */
		addedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** An optional short message with a join request, for the facilitators. */
		requestMessage: text(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		joinedAt: timestamp({ withTimezone: true })
	},
	(table) => [primaryKey({ columns: [table.groupId, table.accountId] }), index().on(table.accountId)]
);

/**
 * A schedule of sessions (séances): one-off (no `rrule`) or recurring (an RFC 5545 RRULE read in the
 * series' time zone, so 18:00 stays 18:00 across daylight-saving changes). Its occurrences are
 * materialised in `session_occurrences` a few months ahead; registration is per occurrence.
 */
export const groupSessions = pgTable(
	'group_sessions',
	{
		id: uuid().primaryKey().defaultRandom(),
		groupId: uuid()
			.notNull()
			.references(() => peerGroups.id, { onDelete: 'cascade' }),
		/** The first occurrence, in UTC. */
		startsAt: timestamp({ withTimezone: true }).notNull(),
		durationMinutes: integer().notNull(),
		timeZone: text().notNull().default('Europe/Paris'),
		/** e.g. 'FREQ=WEEKLY;BYDAY=TU;COUNT=20'; null for a one-off session. */
		rrule: text(),
		/** 'in_person', 'online' or 'phone'. */
		mode: text().notNull(),
		address: text(),
		/** Closed list: 'step_free', 'hearing_loop', 'sign_language', 'easy_read'. */
		accessibility: text().array().notNull().default([]),
		/** Shown only to people registered for the occurrence (pages, API, feed, export). */
		meetingLink: text(),
		/** Shown only to people registered for the occurrence. */
		phoneNumber: text(),
		/** Null: no limit. */
		capacity: integer(),
		/** Registration closes this many minutes before an occurrence starts. */
		registrationClosesMinutes: integer().notNull().default(0),
		createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/** The whole schedule stopped (its future occurrences are cancelled with it). */
		endedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.groupId)]
);

/** One dated occurrence of a schedule: what people register for, what gets cancelled or attended. */
export const sessionOccurrences = pgTable(
	'session_occurrences',
	{
		id: uuid().primaryKey().defaultRandom(),
		sessionId: uuid()
			.notNull()
			.references(() => groupSessions.id, { onDelete: 'cascade' }),
		/** Copied from the schedule so that the programme reads one table. */
		groupId: uuid()
			.notNull()
			.references(() => peerGroups.id, { onDelete: 'cascade' }),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		startsAt: timestamp({ withTimezone: true }).notNull(),
		endsAt: timestamp({ withTimezone: true }).notNull(),
		/** 'scheduled' or 'cancelled'. */
		status: text().notNull().default('scheduled'),
		cancelledAt: timestamp({ withTimezone: true }),
		cancelReason: text(),
		/** Attendance, counted without names so the organisation can report its activity. */
		attendanceRecordedAt: timestamp({ withTimezone: true }),
		attendedCount: integer().notNull().default(0),
		walkInCount: integer().notNull().default(0),
		/**
		 * Set when a facilitator moved this one occurrence: the start its schedule gave it. The schedule's slot
		 * stays taken (unique below), so the daily job never writes the occurrence again at its old date.
		 */
		movedFrom: timestamp({ withTimezone: true }),
		/** This occurrence's own place, accessibility, link or phone (null: the schedule's). */
		addressOverride: text(),
		accessibilityOverride: text().array(),
		meetingLinkOverride: text(),
		phoneNumberOverride: text(),
		changedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		unique().on(table.sessionId, table.startsAt),
		uniqueIndex('session_occurrences_slot').on(
			table.sessionId,
			sql`coalesce(${table.movedFrom}, ${table.startsAt})`
		),
		index().on(table.organisationId, table.startsAt),
		index().on(table.groupId, table.startsAt)
	]
);

/**
 * A person's registration for one occurrence: 'confirmed', 'waiting' (in `seq` order, the order of
 * arrival) or 'cancelled'. Capacity holds under concurrent registrations because each registration locks
 * its occurrence row before counting. People registered for an occurrence do not see each other.
 */
export const sessionRegistrations = pgTable(
	'session_registrations',
	{
		id: uuid().primaryKey().defaultRandom(),
		/** Arrival order, for the waiting list. */
		seq: bigserial({ mode: 'number' }).notNull(),
		occurrenceId: uuid()
			.notNull()
			.references(() => sessionOccurrences.id, { onDelete: 'cascade' }),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		status: text().notNull(),
		registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		promotedAt: timestamp({ withTimezone: true }),
		cancelledAt: timestamp({ withTimezone: true }),
		/** Recorded by a facilitator; erased (null) when the person erases their attendance history. */
		attended: boolean(),
		/** The day-before reminder, claimed once across processes. */
		remindedAt: timestamp({ withTimezone: true }),
		/** Intervision: the confidentiality pledge, required before entering. */
		pledgedAt: timestamp({ withTimezone: true })
	},
	(table) => [
		unique().on(table.occurrenceId, table.accountId),
		index().on(table.accountId),
		index('session_registrations_waiting_index')
			.on(table.occurrenceId, table.seq)
			.where(sql`status = 'waiting'`)
	]
);

/** A person's choices for sessions: discreet titles in feeds and reminders, the day-before reminder. */
export const gatheringPreferences = pgTable('gathering_preferences', {
	accountId: uuid()
		.primaryKey()
		.references(() => accounts.id, { onDelete: 'cascade' }),
	/** Neutral titles ("Rendez-vous"), no organisation or group name, in feeds and reminders. */
	discreet: boolean().notNull().default(false),
	/** The reminder the day before a session (off by default). */
	reminders: boolean().notNull().default(false)
});

/** A private calendar feed: a secret URL whose token only the hash of is kept; revoked feeds answer 404. */
export const calendarFeeds = pgTable(
	'calendar_feeds',
	{
		id: uuid().primaryKey().defaultRandom(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		tokenHash: text().notNull().unique(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		revokedAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.accountId)]
);

/**
 * Intervision notes, one per participant and part of the structured format ('situation', 'questions',
 * 'reflections', 'synthesis'). Visible only to the occurrence's pledged participants; in nobody else's
 * export.
 */
export const intervisionNotes = pgTable(
	'intervision_notes',
	{
		id: uuid().primaryKey().defaultRandom(),
		occurrenceId: uuid()
			.notNull()
			.references(() => sessionOccurrences.id, { onDelete: 'cascade' }),
		authorId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		part: text().notNull(),
		body: text().notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.occurrenceId, table.createdAt), index().on(table.authorId)]
);

/**
 * A supporter's private debrief note after a session or an accompaniment exchange. Shared with an
 * organisation's coordinators only when the supporter chooses, one note at a time, to ask for a debrief.
 */
export const debriefNotes = pgTable(
	'debrief_notes',
	{
		id: uuid().primaryKey().defaultRandom(),
		accountId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		occurrenceId: uuid().references(() => sessionOccurrences.id, { onDelete: 'set null' }),
		accompanimentId: uuid().references(() => accompaniments.id, { onDelete: 'set null' }),
		whatWasHard: text().notNull().default(''),
		whatHelped: text().notNull().default(''),
		whatINeed: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		sharedWithOrganisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		sharedAt: timestamp({ withTimezone: true }),
		acknowledgedAt: timestamp({ withTimezone: true }),
		acknowledgedBy: uuid().references(() => accounts.id, { onDelete: 'set null' })
	},
	(table) => [
		index().on(table.accountId, table.createdAt),
		index('debrief_notes_shared_index')
			.on(table.sharedWithOrganisationId, table.sharedAt)
			.where(sql`shared_at is not null`)
	]
);
