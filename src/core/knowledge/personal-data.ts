import { and, asc, eq, ne, or } from 'drizzle-orm';
import type { Transaction } from '../../db/client';
import {
	contributionConfirmations,
	contributionRevisions,
	contributions,
	contributionVersions,
	knowledgePreferences,
	quoteConsents,
	readingListItems,
	readingLists
} from '../../db/schema';
import type { PersonalDataContributor } from '../shared';
import { revisionColumns } from './revision-queries';

/**
 * What the knowledge module holds about a person, for the JSON export and the readable copy alike: the
 * contributions they wrote (their current state) and every version they wrote (of theirs or, through an
 * accepted revision, of someone else's), their confirmations and nuances, their proposed revisions, the
 * reading lists they made, their hidden topics and the quote consents they asked for or gave. Nothing
 * written by anyone else.
 */
export async function knowledgeRecordOf(tx: Transaction, accountId: string) {
	const [authored, versions, confirmations, revisions, lists, preferences, consents] = await Promise.all([
		tx
			.select({
				id: contributions.id,
				title: contributions.title,
				form: contributions.form,
				audience: contributions.audience,
				status: contributions.status,
				byline: contributions.byline,
				version: contributions.version,
				keepOnErasure: contributions.keepOnErasure,
				researchConsent: contributions.researchConsent,
				licence: contributions.licence,
				hiddenAt: contributions.hiddenAt,
				createdAt: contributions.createdAt
			})
			.from(contributions)
			.where(eq(contributions.authorId, accountId))
			.orderBy(asc(contributions.createdAt)),
		tx
			.select({
				contributionId: contributionVersions.contributionId,
				number: contributionVersions.number,
				title: contributionVersions.title,
				body: contributionVersions.body,
				helpedWith: contributionVersions.helpedWith,
				easyReadSummary: contributionVersions.easyReadSummary,
				note: contributionVersions.note,
				createdAt: contributionVersions.createdAt
			})
			.from(contributionVersions)
			.where(eq(contributionVersions.editorId, accountId))
			.orderBy(asc(contributionVersions.createdAt)),
		tx
			.select({
				contributionId: contributionConfirmations.contributionId,
				contribution: contributions.title,
				kind: contributionConfirmations.kind,
				nuance: contributionConfirmations.nuance,
				experienceIds: contributionConfirmations.experienceIds,
				showName: contributionConfirmations.showName,
				countsFrom: contributionConfirmations.countsFrom,
				hiddenAt: contributionConfirmations.hiddenAt,
				createdAt: contributionConfirmations.createdAt,
				updatedAt: contributionConfirmations.updatedAt
			})
			.from(contributionConfirmations)
			.innerJoin(contributions, eq(contributions.id, contributionConfirmations.contributionId))
			.where(eq(contributionConfirmations.accountId, accountId))
			.orderBy(asc(contributionConfirmations.createdAt)),
		tx
			.select({
				contributionId: contributionRevisions.contributionId,
				...revisionColumns,
				hiddenAt: contributionRevisions.hiddenAt
			})
			.from(contributionRevisions)
			.where(eq(contributionRevisions.proposerId, accountId))
			.orderBy(asc(contributionRevisions.createdAt)),
		tx
			.select({
				id: readingLists.id,
				title: readingLists.title,
				introduction: readingLists.introduction,
				audience: readingLists.audience,
				createdAt: readingLists.createdAt
			})
			.from(readingLists)
			.where(eq(readingLists.createdBy, accountId))
			.orderBy(asc(readingLists.createdAt)),
		tx
			.select({ hiddenTopics: knowledgePreferences.hiddenTopics, updatedAt: knowledgePreferences.updatedAt })
			.from(knowledgePreferences)
			.where(eq(knowledgePreferences.accountId, accountId)),
		tx
			.select({
				messageId: quoteConsents.messageId,
				asked: quoteConsents.requesterId,
				status: quoteConsents.status,
				createdAt: quoteConsents.createdAt,
				decidedAt: quoteConsents.decidedAt
			})
			.from(quoteConsents)
			.where(or(eq(quoteConsents.requesterId, accountId), eq(quoteConsents.authorId, accountId)))
			.orderBy(asc(quoteConsents.createdAt))
	]);
	const items = lists.length
		? await tx
				.select({
					listId: readingListItems.listId,
					contributionId: readingListItems.contributionId,
					position: readingListItems.position,
					note: readingListItems.note
				})
				.from(readingListItems)
				.innerJoin(readingLists, eq(readingLists.id, readingListItems.listId))
				.where(eq(readingLists.createdBy, accountId))
				.orderBy(asc(readingListItems.position))
		: [];
	return {
		contributions: authored.map((contribution) => ({
			...contribution,
			versions: versions.filter((version) => version.contributionId === contribution.id)
		})),
		/** Versions they wrote of contributions by someone else (their accepted revisions). */
		versionsOfOthers: versions.filter(
			(version) => !authored.some((mine) => mine.id === version.contributionId)
		),
		confirmations,
		revisions,
		readingLists: lists.map((list) => ({ ...list, items: items.filter((item) => item.listId === list.id) })),
		hiddenTopics: preferences[0]?.hiddenTopics ?? [],
		quoteConsents: consents.map(({ asked, ...consent }) => ({
			...consent,
			role: asked === accountId ? ('asked' as const) : ('gave' as const)
		}))
	};
}

export type KnowledgeRecord = Awaited<ReturnType<typeof knowledgeRecordOf>>;

/**
 * On erasure: contributions the author chose to keep stay without a name (their versions too); the others
 * are deleted with their versions. Confirmations stay as anonymous counts, without the nuance (their
 * words) nor the name. Accepted revisions stay in the history without a name (they are versions); the
 * others are deleted. Reading lists stay with the organisation, unsigned; hidden topics and quote consents go.
 */
export const knowledgePersonalData: PersonalDataContributor = {
	module: 'knowledge',
	exportFor: knowledgeRecordOf,
	async eraseFor(tx, accountId) {
		await tx
			.delete(contributions)
			.where(and(eq(contributions.authorId, accountId), eq(contributions.keepOnErasure, false)));
		await tx.update(contributions).set({ authorId: null }).where(eq(contributions.authorId, accountId));
		await tx
			.update(contributionVersions)
			.set({ editorId: null })
			.where(eq(contributionVersions.editorId, accountId));
		await tx
			.update(contributionConfirmations)
			.set({ accountId: null, showName: false, nuance: '' })
			.where(eq(contributionConfirmations.accountId, accountId));
		await tx
			.delete(contributionRevisions)
			.where(
				and(eq(contributionRevisions.proposerId, accountId), ne(contributionRevisions.status, 'accepted'))
			);
		await tx
			.update(contributionRevisions)
			.set({ proposerId: null })
			.where(eq(contributionRevisions.proposerId, accountId));
		await tx.update(readingLists).set({ createdBy: null }).where(eq(readingLists.createdBy, accountId));
		await tx.delete(knowledgePreferences).where(eq(knowledgePreferences.accountId, accountId));
		await tx
			.delete(quoteConsents)
			.where(or(eq(quoteConsents.requesterId, accountId), eq(quoteConsents.authorId, accountId)));
	}
};
