import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/client';
import { contributionConfirmations, contributions, organisations } from '../../src/db/schema';
import { writeFirstVersion } from '../../src/core/knowledge/versions';
import { tagContribution } from '../../src/core/knowledge/contribution-experiences';
import { recountWorked } from '../../src/core/knowledge/confirmation-counts';
import type {
	ContentWarning,
	KnowledgeAudience,
	KnowledgeForm,
	ResearchLicence
} from '../../src/core/knowledge/vocabulary';

export interface ContributionSeed {
	authorId: string | null;
	organisationId?: string | null;
	audience?: KnowledgeAudience;
	form?: KnowledgeForm;
	title: string;
	body?: string;
	helpedWith?: string;
	easyReadSummary?: string;
	contentWarnings?: ContentWarning[];
	experienceIds?: string[];
	status?: 'draft' | 'published';
	hidden?: boolean;
	language?: 'fr' | 'en';
	researchConsent?: boolean;
	licence?: ResearchLicence | null;
	createdAt?: Date;
}

/**
 * A contribution inserted directly (the contributions module's own use case is not this file's subject),
 * with its first version and lexicon words, its experiences tagged.
 */
export async function insertContribution(db: Database, seed: ContributionSeed): Promise<string> {
	const fields = {
		title: seed.title,
		body: seed.body ?? seed.title,
		helpedWith: seed.helpedWith ?? '',
		easyReadSummary: seed.easyReadSummary ?? '',
		form: seed.form ?? 'action'
	};
	const at = seed.createdAt ?? new Date();
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(contributions)
			.values({
				...fields,
				authorId: seed.authorId,
				organisationId: seed.organisationId ?? null,
				audience: seed.audience ?? 'members',
				contentWarnings: seed.contentWarnings ?? [],
				status: seed.status ?? 'published',
				hiddenAt: seed.hidden ? at : null,
				language: seed.language ?? 'fr',
				researchConsent: seed.researchConsent ?? false,
				licence: seed.researchConsent ? (seed.licence ?? 'CC-BY-SA-4.0') : null,
				createdAt: at,
				updatedAt: at
			})
			.returning({ id: contributions.id });
		await tagContribution(tx, row!.id, seed.experienceIds ?? []);
		await writeFirstVersion(tx, row!.id, fields, { editorId: seed.authorId, at });
		return row!.id;
	});
}

/** Confirmations that count now ("ça a marché pour moi"), by fresh anonymous rows. */
export async function insertConfirmations(db: Database, contributionId: string, count: number) {
	for (let index = 0; index < count; index += 1)
		await db.insert(contributionConfirmations).values({
			contributionId,
			accountId: null,
			kind: 'worked',
			countsFrom: new Date('2020-01-01T00:00:00Z')
		});
	await recountWorked(db, contributionId);
}

/** Lets the organisation's authors choose a public audience. */
export async function allowPublicKnowledge(db: Database, organisationId: string) {
	await db.update(organisations).set({ knowledgePublic: true }).where(eq(organisations.id, organisationId));
}
