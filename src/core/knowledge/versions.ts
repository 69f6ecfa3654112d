import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import { contributions, contributionVersions } from '../../db/schema';
import { addToLexicon } from './lexicon';
import type { Contribution } from './queries';
import type { KnowledgeForm } from './vocabulary';

/** The fields a version holds. */
export interface VersionFields {
	title: string;
	body: string;
	helpedWith: string;
	easyReadSummary: string;
	form: KnowledgeForm;
}

/**
 * Makes the next version of a contribution: the row takes the new text and number, `contribution_versions`
 * keeps it for ever, the lexicon learns its words. Run it in a transaction that locked the contribution
 * (loadContributionForActor with forUpdate): two edits at once make two versions, one after the other.
 */
export async function writeNewVersion(
	tx: Transaction,
	contribution: Contribution,
	fields: VersionFields,
	by: { editorId: string | null; revisionId?: string | null; note?: string; at: Date }
): Promise<number> {
	const number = contribution.version + 1;
	await tx
		.update(contributions)
		.set({ ...fields, version: number, updatedAt: by.at })
		.where(eq(contributions.id, contribution.id));
	await tx.insert(contributionVersions).values({
		contributionId: contribution.id,
		number,
		...fields,
		editorId: by.editorId,
		revisionId: by.revisionId ?? null,
		note: by.note ?? '',
		createdAt: by.at
	});
	await addToLexicon(tx, contribution.id);
	return number;
}

/** The first version, written with a new contribution (same transaction). */
export async function writeFirstVersion(
	tx: Transaction,
	contributionId: string,
	fields: VersionFields,
	by: { editorId: string | null; at: Date }
): Promise<void> {
	await tx.insert(contributionVersions).values({
		contributionId,
		number: 1,
		...fields,
		editorId: by.editorId,
		createdAt: by.at
	});
	await addToLexicon(tx, contributionId);
}
