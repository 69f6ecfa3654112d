// Closed lists of the experiential-knowledge module. Pure constants: Svelte components import this file
// directly, so the browser bundle does not pull the server-side module.

/** The forms experiential knowledge takes (not only "tips"). */
export const KNOWLEDGE_FORMS = ['action', 'technique', 'procedure', 'understanding', 'lived_path'] as const;
export type KnowledgeForm = (typeof KNOWLEDGE_FORMS)[number];

/**
 * Who reads a contribution or a reading list. 'organisation': the active members of its organisation
 * (partner professionals excepted, as for lived experiences); 'members': everyone signed in; 'public': the
 * web, only if the author chooses it and the organisation allows it (`organisations.knowledge_public`).
 */
export const KNOWLEDGE_AUDIENCES = ['organisation', 'members', 'public'] as const;
export type KnowledgeAudience = (typeof KNOWLEDGE_AUDIENCES)[number];

/** Subjects behind a content warning: collapsed by default, and each reader can hide them altogether. */
export const CONTENT_WARNINGS = [
	'suicide',
	'self_harm',
	'violence',
	'sexual_violence',
	'drugs',
	'alcohol',
	'eating',
	'death',
	'restraint'
] as const;
export type ContentWarning = (typeof CONTENT_WARNINGS)[number];

export const BYLINES = ['pseudonym', 'anonymous'] as const;
export type Byline = (typeof BYLINES)[number];

export const CONTRIBUTION_STATUSES = ['draft', 'published'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export const CONTRIBUTION_LANGUAGES = ['fr', 'en'] as const;
export type ContributionLanguage = (typeof CONTRIBUTION_LANGUAGES)[number];

/** "Je l'ai vécu aussi, ça a marché pour moi", "pour moi c'était différent", "ça n'a pas marché". */
export const CONFIRMATION_KINDS = ['worked', 'different', 'did_not_work'] as const;
export type ConfirmationKind = (typeof CONFIRMATION_KINDS)[number];

export const REVISION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

export const LINK_KINDS = ['see_also', 'contradicts', 'builds_on'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Licences an author can choose for the research datasets (SPDX identifiers). */
export const RESEARCH_LICENCES = ['CC-BY-SA-4.0', 'CC-BY-4.0', 'CC0-1.0'] as const;
export type ResearchLicence = (typeof RESEARCH_LICENCES)[number];

export const LIMITS = {
	title: 160,
	body: 20_000,
	helpedWith: 1_000,
	easyReadSummary: 1_500,
	nuance: 500,
	revisionNote: 500,
	experiences: 10,
	readingListItems: 50,
	readingListTitle: 160,
	readingListIntroduction: 2_000
} as const;

/** A new account's confirmations count only after this many days (against confirmation stuffing). */
export const CONFIRMATION_WAITING_DAYS = 7;

/** A research dataset never shows a cell (an experience, a form) held by fewer people than this. */
export const RESEARCH_MINIMUM_CELL = 5;
