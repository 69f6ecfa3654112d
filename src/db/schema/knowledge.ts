import { sql } from 'drizzle-orm';
import {
	boolean,
	customType,
	index,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { conversations, messages } from './conversations';
import { organisations } from './organisations';

/** PostgreSQL's `tsvector`: filled by the database (a generated column), never written by the app. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The confirmation counts search's facets mark ('confirmed:N': at least N peers said it worked). */
export const CONFIRMATION_BUCKETS = [1, 2, 3, 5, 10, 20, 50, 100] as const;

/**
 * The periods of the period index, in seconds (four weeks: 2,419,200 s since 1970-01-01 UTC, written as
 * such in migration 0034's knowledge_period_lexemes): search reads a frequent query's latest matches
 * period by period.
 */
export const KNOWLEDGE_PERIOD_SECONDS = 28 * 24 * 3600;

/**
 * A piece of experiential knowledge (*savoir expérientiel*): what a peer learned from a lived experience,
 * in one of five forms. The row holds the current version; every version, the first included, is also in
 * `contribution_versions`. `search` is computed by PostgreSQL from the current text with the
 * `entrepairs_fr` configuration (French stemming, accents folded: migration 0019), weighted title A,
 * "what it helped with" and the easy-read summary B, text C.
 */
export const contributions = pgTable(
	'contributions',
	{
		id: uuid().primaryKey().defaultRandom(),
		/** Null once the author's account is erased and they chose to leave their contributions, anonymous. */
		authorId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/**
		 * The organisation the contribution is written in (its moderators review reports about it; its
		 * members read it when the audience is 'organisation'). Null for a member of no organisation, whose
		 * contributions can only be for 'members'.
		 */
		organisationId: uuid().references(() => organisations.id, { onDelete: 'set null' }),
		/** 'organisation' (its members), 'members' (everyone signed in), 'public' (the web). */
		audience: text().notNull(),
		/** 'action' | 'technique' | 'procedure' | 'understanding' | 'lived_path' */
		form: text().notNull(),
		title: text().notNull(),
		/** Markdown subset (paragraphs, lists, emphasis, links), rendered on the server without raw HTML. */
		body: text().notNull(),
		/** "What it helped with", in the author's words. */
		helpedWith: text().notNull().default(''),
		/** Optional easy-read (FALC) summary; '' when there is none. */
		easyReadSummary: text().notNull().default(''),
		/** Content warnings (closed topics: 'suicide', 'self_harm', 'violence', …): collapsed by default. */
		contentWarnings: text().array().notNull().default([]),
		/** 'pseudonym' (the author's pseudonym is shown) or 'anonymous' ("un·e pair"; moderators still know). */
		byline: text().notNull().default('pseudonym'),
		/** 'draft' (only the author sees it: made from a conversation, say) or 'published'. */
		status: text().notNull().default('published'),
		/** 'fr' or 'en': the language it is written in. */
		language: text().notNull().default('fr'),
		/** The number of the current version (1 for a new contribution). */
		version: integer().notNull().default(1),
		/** The author lets the organisation include it in a research dataset, under `licence`. */
		researchConsent: boolean().notNull().default(false),
		/** 'CC-BY-SA-4.0' | 'CC-BY-4.0' | 'CC0-1.0'; null without research consent. */
		licence: text(),
		/** On erasure of the author's account: keep it without a name (true) or delete it (false). */
		keepOnErasure: boolean().notNull().default(false),
		/** The conversation message the author turned into this draft, if any (their own words). */
		sourceMessageId: uuid().references(() => messages.id, { onDelete: 'set null' }),
		/** Set by a moderation decision: a hidden contribution leaves search, lists, feeds and exports. */
		hiddenAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		/**
		 * Denormalised for search: the experiences it is tagged with (contribution_experiences) and their
		 * parents, kept in step by tagContribution in the same transaction.
		 */
		experienceIds: text().array().notNull().default([]),
		/**
		 * Denormalised for search: peers who said it worked, not hidden (waiting ones included: an upper
		 * bound of the count that counts now), set again by recountWorked in the transaction that changes a
		 * confirmation, under the contribution's row lock.
		 */
		workedCount: integer().notNull().default(0),
		/**
		 * When every confirmation `worked_count` holds counts (the latest of their countsFrom), set with it by
		 * recountWorked; null for none or not known. Until then search checks the exact count row by row;
		 * from then on `worked_count` is that count.
		 */
		workedCountsFrom: timestamp({ withTimezone: true }),
		/**
		 * What search filters on, as GIN-indexed tokens of this row: the experience ids above (they never
		 * hold ':'), 'form:…', 'language:…', 'easy-read', 'public' (published, not hidden, for the web),
		 * 'confirmed:N' for each bucket N the upper bound reaches, and 'form:…+confirmed:N' for each of them:
		 * the two filters together as one token, whose posting list is a fifth of the shorter one's (asked
		 * together, they cost the index a walk of a fifth of the rows each matches: measured at 1,000,000
		 * rows, a two-word query with both, 38-40 -> 8-9 ms). In the matching index (and, by period, the
		 * period index) with the text's lexemes, so one index scan answers the filters with the words.
		 */
		facets: text()
			.array()
			.notNull()
			.generatedAlwaysAs(
				sql`experience_ids || array_remove(array['form:' || form, 'language:' || language, case when easy_read_summary <> '' then 'easy-read' end, case when status = 'published' and hidden_at is null and audience = 'public' then 'public' end, ${sql.raw(CONFIRMATION_BUCKETS.map((bucket) => `case when worked_count >= ${bucket} then 'confirmed:${bucket}' end`).join(', '))}, ${sql.raw(CONFIRMATION_BUCKETS.map((bucket) => `case when worked_count >= ${bucket} then 'form:' || form || '+confirmed:${bucket}' end`).join(', '))}], null)`
			),
		search: tsvector()
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('entrepairs_fr', coalesce(title, '')), 'A') || setweight(to_tsvector('entrepairs_fr', coalesce(helped_with, '') || ' ' || coalesce(easy_read_summary, '')), 'B') || setweight(to_tsvector('entrepairs_fr', coalesce(body, '')), 'C')`
			)
	},
	(table) => [
		// Search's one index (search-knowledge.ts, MATCHABLE): the text's lexemes and the facets as
		// `facet <token>` (knowledge_facet_lexemes, a hand-written migration), so a single GIN scan
		// intersects words and filters.
		index('contributions_matching_index').using(
			'gin',
			sql`(${table.search} || knowledge_facet_lexemes(${table.facets}))`
		),
		// The same lexemes, each qualified by the four-week period the row was written in
		// (knowledge_period_lexemes, a hand-written migration; KNOWLEDGE_PERIOD_SECONDS): search reads the
		// latest matches of a frequent query period by period, on posting lists of that period's rows only.
		index('contributions_period_index').using(
			'gin',
			sql`knowledge_period_lexemes(${table.search}, ${table.facets}, ${table.createdAt})`
		),
		index().on(table.organisationId, table.createdAt),
		index().on(table.authorId),
		index().on(table.audience, table.createdAt)
	]
);

/** The experiences (shared vocabulary) a contribution concerns. */
export const contributionExperiences = pgTable(
	'contribution_experiences',
	{
		contributionId: uuid()
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		experienceId: text().notNull()
	},
	(table) => [
		primaryKey({ columns: [table.contributionId, table.experienceId] }),
		index().on(table.experienceId)
	]
);

/**
 * Every version of a contribution, the first included: what it said, who made that version (the author,
 * or a peer whose proposed revision the author accepted) and when. Versions are never rewritten.
 */
export const contributionVersions = pgTable(
	'contribution_versions',
	{
		id: uuid().primaryKey().defaultRandom(),
		contributionId: uuid()
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		number: integer().notNull(),
		title: text().notNull(),
		body: text().notNull(),
		helpedWith: text().notNull().default(''),
		easyReadSummary: text().notNull().default(''),
		form: text().notNull(),
		/** Who wrote this version; null once their account is erased. */
		editorId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** The accepted revision this version comes from, when a peer proposed it. */
		revisionId: uuid(),
		/** A short note on what changed ("précisions sur les horaires"). */
		note: text().notNull().default(''),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [uniqueIndex().on(table.contributionId, table.number)]
);

/**
 * A peer's answer to a contribution, from their own lived experience: 'worked' ("je l'ai vécu aussi, ça a
 * marché pour moi"), 'different' ("pour moi c'était différent", with a nuance) or 'did_not_work'. One per
 * person and contribution. It counts from `countsFrom` (seven days after the account was created, against
 * confirmation stuffing). `experienceIds` are the reader's own experiences it is tied to, only those their
 * visibility choices show to the contribution's audience. The name is shown only with `showName`.
 */
export const contributionConfirmations = pgTable(
	'contribution_confirmations',
	{
		id: uuid().primaryKey().defaultRandom(),
		contributionId: uuid()
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		/** Null once the person's account is erased: the confirmation stays as an anonymous count. */
		accountId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		/** 'worked' | 'different' | 'did_not_work' */
		kind: text().notNull(),
		/** The situation in which it held differently or did not hold (short). */
		nuance: text().notNull().default(''),
		experienceIds: text().array().notNull().default([]),
		showName: boolean().notNull().default(false),
		countsFrom: timestamp({ withTimezone: true }).notNull(),
		hiddenAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [
		// One per person and contribution, under concurrent requests too (erased accounts' rows have null).
		uniqueIndex().on(table.contributionId, table.accountId),
		index().on(table.accountId),
		// Counting the peers for whom it worked and who count now, without reading the rows.
		index('contribution_confirmations_worked_index')
			.on(table.contributionId, table.countsFrom)
			.where(sql`${table.kind} = 'worked' and ${table.hiddenAt} is null`)
	]
);

/**
 * A revision another peer proposes: the whole new text, on top of `baseVersion`. The author accepts it
 * (it becomes the next version, made by the proposer) or declines it; the history keeps both.
 */
export const contributionRevisions = pgTable(
	'contribution_revisions',
	{
		id: uuid().primaryKey().defaultRandom(),
		contributionId: uuid()
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		proposerId: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		baseVersion: integer().notNull(),
		title: text().notNull(),
		body: text().notNull(),
		helpedWith: text().notNull().default(''),
		easyReadSummary: text().notNull().default(''),
		/** Why the proposer suggests it. */
		note: text().notNull().default(''),
		/** 'pending' | 'accepted' | 'declined' | 'withdrawn' */
		status: text().notNull().default('pending'),
		/** The author's short answer when declining (optional). */
		answer: text().notNull().default(''),
		decidedAt: timestamp({ withTimezone: true }),
		hiddenAt: timestamp({ withTimezone: true }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.contributionId, table.status), index().on(table.proposerId)]
);

/** "See also", "contradicts", "builds on": a link from one contribution to another. */
export const contributionLinks = pgTable(
	'contribution_links',
	{
		fromId: uuid()
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		toId: uuid()
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		/** 'see_also' | 'contradicts' | 'builds_on' */
		kind: text().notNull(),
		createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.fromId, table.toId] }), index().on(table.toId)]
);

/**
 * Every distinct word (lexeme, accents folded) of published contributions, with a trigram index: a query
 * word found nowhere is replaced by the closest known word (typo tolerance) before the full-text search.
 */
export const knowledgeLexicon = pgTable(
	'knowledge_lexicon',
	{
		word: text().primaryKey()
	},
	(table) => [index('knowledge_lexicon_trigram_index').using('gin', sql`${table.word} gin_trgm_ops`)]
);

/** A reader's choices: the content-warning topics they do not want to see at all. */
export const knowledgePreferences = pgTable('knowledge_preferences', {
	accountId: uuid()
		.primaryKey()
		.references(() => accounts.id, { onDelete: 'cascade' }),
	hiddenTopics: text().array().notNull().default([]),
	updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
});

/**
 * An ordered reading list (*parcours*) a coordinator or supporter gathers for newcomers ("premiers jours
 * après une hospitalisation"). Its audience works like a contribution's; each reader sees only the items
 * they may read.
 */
export const readingLists = pgTable(
	'reading_lists',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		introduction: text().notNull().default(''),
		/** 'organisation' | 'members' | 'public' */
		audience: text().notNull().default('organisation'),
		createdBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [index().on(table.organisationId)]
);

export const readingListItems = pgTable(
	'reading_list_items',
	{
		listId: uuid()
			.notNull()
			.references(() => readingLists.id, { onDelete: 'cascade' }),
		contributionId: uuid()
			.notNull()
			.references(() => contributions.id, { onDelete: 'cascade' }),
		position: integer().notNull(),
		/** Why this one, at this point of the list (short). */
		note: text().notNull().default(''),
		addedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(table) => [primaryKey({ columns: [table.listId, table.contributionId] })]
);

/**
 * A research dataset an organisation publishes: the contributions of its authors who opted in, computed
 * when downloaded (so a contribution hidden or withdrawn since leaves it), without pseudonyms or ids.
 */
export const researchDatasets = pgTable(
	'research_datasets',
	{
		id: uuid().primaryKey().defaultRandom(),
		organisationId: uuid()
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		title: text().notNull(),
		description: text().notNull().default(''),
		publishedBy: uuid().references(() => accounts.id, { onDelete: 'set null' }),
		publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		withdrawnAt: timestamp({ withTimezone: true })
	},
	(table) => [index().on(table.organisationId)]
);

/**
 * Consent from the author of a conversation message for another participant to quote it in a draft
 * contribution: asked by the requester, given or refused by the author from their side.
 */
export const quoteConsents = pgTable(
	'quote_consents',
	{
		id: uuid().primaryKey().defaultRandom(),
		messageId: uuid()
			.notNull()
			.references(() => messages.id, { onDelete: 'cascade' }),
		conversationId: uuid()
			.notNull()
			.references(() => conversations.id, { onDelete: 'cascade' }),
		requesterId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		authorId: uuid()
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		/** 'pending' | 'granted' | 'refused' */
		status: text().notNull().default('pending'),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
		decidedAt: timestamp({ withTimezone: true })
	},
	(table) => [uniqueIndex().on(table.messageId, table.requesterId), index().on(table.authorId, table.status)]
);
