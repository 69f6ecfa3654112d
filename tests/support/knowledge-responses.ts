import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { accounts, contributions, memberships, profileExperiences } from '../../src/db/schema';
import { writeFirstVersion } from '../../src/core/knowledge/versions';
import type { KnowledgeAudience, KnowledgeForm } from '../../src/core/knowledge';
import type { Visibility } from '../../src/core/matching/visibility';
import type { Actor } from '../../src/core/shared';
import { buildAccount, buildOrganisation, fixedClock } from './factories';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The day the scene's clock starts: accounts made before it have waited their seven days. */
export const SCENE_NOW = new Date('2026-11-22T10:00:00Z');

export const VOICES = 'troubles-psychiques/entente-de-voix';
export const DEPRESSION = 'troubles-psychiques/depression';
export const BIPOLAR = 'troubles-psychiques/trouble-bipolaire';

export const CONTRIBUTION_TEXT = {
	title: 'Préparer la sortie de l’hôpital',
	body: 'Noter les *rendez-vous* et les numéros utiles avant de sortir.\n\n- le CMP\n- le GEM',
	helpedWith: 'Les premiers jours à la maison',
	easyReadSummary: '',
	form: 'procedure' as KnowledgeForm
};

/** A contribution written directly (the contributions helper's use case is not needed here), version 1. */
export async function insertContribution(
	db: Database,
	options: {
		authorId: string | null;
		organisationId?: string | null;
		audience?: KnowledgeAudience;
		status?: 'draft' | 'published';
		keepOnErasure?: boolean;
		title?: string;
	}
) {
	const fields = { ...CONTRIBUTION_TEXT, title: options.title ?? CONTRIBUTION_TEXT.title };
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(contributions)
			.values({
				authorId: options.authorId,
				organisationId: options.organisationId ?? null,
				audience: options.audience ?? 'organisation',
				status: options.status ?? 'published',
				keepOnErasure: options.keepOnErasure ?? false,
				...fields,
				createdAt: new Date(SCENE_NOW.getTime() - DAY_MS)
			})
			.returning({ id: contributions.id });
		await writeFirstVersion(tx, row!.id, fields, { editorId: options.authorId, at: SCENE_NOW });
		return row!.id;
	});
}

export async function member(
	db: Database,
	organisationId: string,
	role = 'member',
	createdAt = new Date(SCENE_NOW.getTime() - 30 * DAY_MS)
) {
	const person = await buildAccount(db);
	await db.update(accounts).set({ createdAt }).where(eq(accounts.id, person.accountId));
	await db.insert(memberships).values({
		organisationId,
		accountId: person.accountId,
		role,
		status: 'active',
		charterVersionAccepted: 1,
		charterAcceptedAt: createdAt
	});
	return person;
}

export async function addExperience(
	db: Database,
	person: Actor,
	experienceId: string,
	visibility: Visibility
) {
	await db.insert(profileExperiences).values({ accountId: person.accountId, experienceId, visibility });
}

/**
 * A GEM with an author and a contribution for its members (audience 'organisation'); `reader` lists
 * voices (organisation), depression (everyone signed in) and bipolar (only me); `other` another member;
 * `professional` a partner professional of the GEM; `moderator` one of its moderators; `newcomer` a member whose account was made at the
 * scene's start (their confirmations wait seven days); `outsider` an account of no organisation. `clock`
 * starts at SCENE_NOW.
 */
export async function knowledgeScene(db: Database, options: { audience?: KnowledgeAudience } = {}) {
	const { organisation, coordinator } = await buildOrganisation(db);
	const author = await member(db, organisation.id);
	const reader = await member(db, organisation.id);
	const other = await member(db, organisation.id);
	const professional = await member(db, organisation.id, 'professional');
	const moderator = await member(db, organisation.id, 'moderator');
	const newcomer = await member(db, organisation.id, 'member', SCENE_NOW);
	const outsider = await buildAccount(db);
	await db
		.update(accounts)
		.set({ createdAt: new Date(SCENE_NOW.getTime() - 30 * DAY_MS) })
		.where(eq(accounts.id, outsider.accountId));
	await addExperience(db, reader, VOICES, 'my_organisations');
	await addExperience(db, reader, DEPRESSION, 'instance');
	await addExperience(db, reader, BIPOLAR, 'only_me');
	await addExperience(db, other, VOICES, 'instance');
	const contributionId = await insertContribution(db, {
		authorId: author.accountId,
		organisationId: organisation.id,
		audience: options.audience ?? 'organisation'
	});
	return {
		organisation,
		coordinator,
		author,
		reader,
		other,
		professional,
		moderator,
		newcomer,
		outsider,
		contributionId,
		clock: fixedClock(SCENE_NOW)
	};
}
