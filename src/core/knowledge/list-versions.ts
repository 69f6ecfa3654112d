import { and, desc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { accounts, contributionVersions } from '../../db/schema';
import { DomainError, parseInput, type Ctx } from '../shared';
import { contributionIdField } from './contribution-schemas';
import { diffTexts, changesAnything, type DiffPart } from './text-diff';
import { moderatesContribution } from './policy';
import { loadContributionForActor, type ContributionForActor } from './queries';

export const ListVersionsSchema = z.object({ contributionId: contributionIdField });

/**
 * Who the viewer may see as a version's editor: an accepted revision's proposer by pseudonym; the author
 * as the contribution's byline says (an anonymous author stays "un·e pair", except to themselves and
 * moderators). Null: "un·e pair" (or an erased account).
 */
function editorShown(loaded: ContributionForActor, editorId: string | null, pseudonym: string | null) {
	const { contribution, viewer, facts } = loaded;
	if (editorId === null) return null;
	if (editorId !== contribution.authorId || contribution.byline === 'pseudonym') return pseudonym;
	const seesAuthor = viewer?.accountId === contribution.authorId || moderatesContribution(viewer, facts);
	return seesAuthor ? pseudonym : null;
}

/** The history of a contribution the viewer may read: every version, newest first, with who and when. */
export async function listVersions(ctx: Ctx, input: z.input<typeof ListVersionsSchema>) {
	const { contributionId } = parseInput(ListVersionsSchema, input);
	const loaded = await loadContributionForActor(ctx.db, contributionId, ctx.actor);
	const rows = await ctx.db
		.select({
			number: contributionVersions.number,
			createdAt: contributionVersions.createdAt,
			editorId: contributionVersions.editorId,
			editor: accounts.pseudonym,
			fromRevision: contributionVersions.revisionId,
			note: contributionVersions.note
		})
		.from(contributionVersions)
		.leftJoin(accounts, eq(accounts.id, contributionVersions.editorId))
		.where(eq(contributionVersions.contributionId, contributionId))
		.orderBy(desc(contributionVersions.number));
	return {
		id: contributionId,
		title: loaded.contribution.title,
		current: loaded.contribution.version,
		versions: rows.map(({ editorId, editor, fromRevision, ...row }) => ({
			...row,
			editor: editorShown(loaded, editorId, editor),
			fromRevision: fromRevision !== null
		}))
	};
}

export const GetVersionDiffSchema = z.object({
	contributionId: contributionIdField,
	number: z.coerce
		.number('validation.invalid')
		.int('validation.invalid')
		.min(1, 'validation.invalid')
		.max(1_000_000)
});

const FIELDS = ['title', 'form', 'helpedWith', 'easyReadSummary', 'body'] as const;

async function versionsAt(db: DatabaseOrTransaction, contributionId: string, numbers: number[]) {
	return db
		.select()
		.from(contributionVersions)
		.where(
			and(
				eq(contributionVersions.contributionId, contributionId),
				inArray(contributionVersions.number, numbers)
			)
		);
}

/**
 * What a version changed from the one before it, field by field (only the fields that changed), as word
 * runs a page shows with <ins> and <del>. The first version is all added text.
 */
export async function getVersionDiff(ctx: Ctx, input: z.input<typeof GetVersionDiffSchema>) {
	const { contributionId, number } = parseInput(GetVersionDiffSchema, input);
	await loadContributionForActor(ctx.db, contributionId, ctx.actor);
	const rows = await versionsAt(ctx.db, contributionId, [number - 1, number]);
	const after = rows.find((row) => row.number === number);
	if (!after) throw new DomainError('NOT_FOUND');
	const before = rows.find((row) => row.number === number - 1);
	const changes: Array<{ field: (typeof FIELDS)[number]; parts: DiffPart[] }> = [];
	for (const field of FIELDS) {
		const parts = diffTexts(before?.[field] ?? '', after[field]);
		if (changesAnything(parts)) changes.push({ field, parts });
	}
	return { number, previous: before ? before.number : null, note: after.note, changes };
}
