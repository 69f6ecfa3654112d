import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import { contributionConfirmations, contributionRevisions, contributions, reports } from '../../db/schema';
import { lockContribution, recountWorked } from '../knowledge/confirmation-counts';
import { canReadContribution, type KnowledgeViewer } from '../knowledge/policy';
import { contributionFacts, loadKnowledgeViewer, type Contribution } from '../knowledge/queries';
import { canSeeRevision } from '../knowledge/response-policy';
import { DomainError, type Actor } from '../shared';

/** What can be reported in the knowledge commons: a contribution, a confirmation (its nuance), a revision. */
export const KNOWLEDGE_SUBJECT_KINDS = ['contribution', 'confirmation', 'revision'] as const;
export type KnowledgeSubjectKind = (typeof KNOWLEDGE_SUBJECT_KINDS)[number];
export const isKnowledgeSubject = (kind: string): kind is KnowledgeSubjectKind =>
	(KNOWLEDGE_SUBJECT_KINDS as readonly string[]).includes(kind);

const TABLES = {
	contribution: contributions,
	confirmation: contributionConfirmations,
	revision: contributionRevisions
} as const;

/** The contribution something reported belongs to, and who wrote the reported thing. */
async function locate(db: DatabaseOrTransaction, kind: KnowledgeSubjectKind, subjectId: string) {
	if (kind === 'contribution') {
		const [row] = await db.select().from(contributions).where(eq(contributions.id, subjectId));
		return row
			? { contribution: row as Contribution, writerId: row.authorId, hidden: row.hiddenAt !== null }
			: null;
	}
	if (kind === 'confirmation') {
		const [row] = await db
			.select({ confirmation: contributionConfirmations, contribution: contributions })
			.from(contributionConfirmations)
			.innerJoin(contributions, eq(contributions.id, contributionConfirmations.contributionId))
			.where(eq(contributionConfirmations.id, subjectId));
		return row
			? {
					contribution: row.contribution as Contribution,
					writerId: row.confirmation.accountId,
					hidden: row.confirmation.hiddenAt !== null,
					confirmation: row.confirmation
				}
			: null;
	}
	const [row] = await db
		.select({ revision: contributionRevisions, contribution: contributions })
		.from(contributionRevisions)
		.innerJoin(contributions, eq(contributions.id, contributionRevisions.contributionId))
		.where(eq(contributionRevisions.id, subjectId));
	return row
		? {
				contribution: row.contribution as Contribution,
				writerId: row.revision.proposerId,
				hidden: row.revision.hiddenAt !== null,
				revision: row.revision
			}
		: null;
}

function visibleTo(viewer: KnowledgeViewer, found: NonNullable<Awaited<ReturnType<typeof locate>>>): boolean {
	const facts = contributionFacts(found.contribution);
	if (found.hidden || facts.hidden || !canReadContribution(viewer, facts)) return false;
	if ('revision' in found && found.revision)
		return canSeeRevision(viewer, {
			proposerId: found.revision.proposerId,
			authorId: found.contribution.authorId,
			status: found.revision.status as 'pending',
			hidden: false
		});
	return true;
}

/** The reported words, as moderation evidence (copied onto the report). */
function wordsOf(found: NonNullable<Awaited<ReturnType<typeof locate>>>): string | null {
	if ('confirmation' in found && found.confirmation) return found.confirmation.nuance || null;
	const text = 'revision' in found && found.revision ? found.revision : found.contribution;
	const note = 'revision' in found && found.revision?.note ? `\n\n${found.revision.note}` : '';
	return `${text.title}\n\n${text.body}${note}`;
}

/**
 * Checks that the reporter can see what they report in the knowledge commons (NOT_FOUND otherwise, as for
 * something that does not exist; hidden content cannot be reported again), and routes it: the
 * contribution's organisation, else the instance admins (never an organisation the people happen to share).
 */
export async function resolveKnowledgeSubject(
	db: DatabaseOrTransaction,
	reporter: Actor,
	kind: KnowledgeSubjectKind,
	subjectId: string
) {
	const found = await locate(db, kind, subjectId);
	if (!found || !visibleTo(await loadKnowledgeViewer(db, reporter), found))
		throw new DomainError('NOT_FOUND');
	return {
		subjectAccountId: found.writerId,
		organisationId: found.contribution.organisationId,
		text: wordsOf(found)
	};
}

export type KnowledgeReportContent =
	| { kind: 'contribution'; title: string; body: string; audience: string }
	| { kind: 'confirmation'; confirmationKind: string; nuance: string; contribution: string }
	| { kind: 'revision'; title: string; body: string; note: string; contribution: string };

/** What staff see of a reported knowledge subject (hidden or not: they decide about it), and whose words. */
export async function knowledgeReportContent(
	db: DatabaseOrTransaction,
	kind: KnowledgeSubjectKind,
	subjectId: string
): Promise<{ content: KnowledgeReportContent; text: string | null; writerId: string | null } | null> {
	const found = await locate(db, kind, subjectId);
	if (!found) return null;
	const text = wordsOf(found);
	if ('confirmation' in found && found.confirmation)
		return {
			content: {
				kind: 'confirmation',
				confirmationKind: found.confirmation.kind,
				nuance: found.confirmation.nuance,
				contribution: found.contribution.title
			},
			text,
			writerId: found.writerId
		};
	if ('revision' in found && found.revision)
		return {
			content: {
				kind: 'revision',
				title: found.revision.title,
				body: found.revision.body,
				note: found.revision.note,
				contribution: found.contribution.title
			},
			text,
			writerId: found.writerId
		};
	return {
		content: {
			kind: 'contribution',
			title: found.contribution.title,
			body: found.contribution.body,
			audience: found.contribution.audience
		},
		text,
		writerId: found.writerId
	};
}

/**
 * Hides a reported knowledge subject (a moderation decision) or shows it again (that decision reversed on
 * appeal). A hidden contribution leaves search, lists and exports; a hidden confirmation stops counting; a
 * hidden revision leaves the lists.
 */
export async function setKnowledgeSubjectHidden(
	tx: DatabaseOrTransaction,
	kind: KnowledgeSubjectKind,
	subjectId: string,
	hiddenAt: Date | null
): Promise<void> {
	const table = TABLES[kind];
	if (kind === 'confirmation') {
		// A hidden confirmation stops counting: the contribution's count is set again under its row lock.
		const [found] = await tx
			.select({ contributionId: contributionConfirmations.contributionId })
			.from(contributionConfirmations)
			.where(eq(contributionConfirmations.id, subjectId));
		if (found) await lockContribution(tx, found.contributionId);
		await tx
			.update(table)
			.set({ hiddenAt })
			.where(and(eq(table.id, subjectId), hiddenAt ? isNull(table.hiddenAt) : isNotNull(table.hiddenAt)));
		if (found) await recountWorked(tx, found.contributionId);
		return;
	}
	await tx
		.update(table)
		.set({ hiddenAt })
		.where(and(eq(table.id, subjectId), hiddenAt ? isNull(table.hiddenAt) : isNotNull(table.hiddenAt)));
}

/** The words of a knowledge subject as they are now, to copy again onto a reopened report (SQL, per kind). */
export const knowledgeWordsNow = (subjectId: typeof reports.subjectId) => sql`
	when 'contribution' then (select title || E'\\n\\n' || body from contributions
		where contributions.id = ${subjectId}::uuid)
	when 'confirmation' then (select nullif(nuance, '') from contribution_confirmations
		where contribution_confirmations.id = ${subjectId}::uuid)
	when 'revision' then (select title || E'\\n\\n' || body from contribution_revisions
		where contribution_revisions.id = ${subjectId}::uuid)`;
