import { asc, eq } from 'drizzle-orm';
import type { DatabaseOrTransaction } from '../../db/client';
import {
	debriefNotes,
	intervisionNotes,
	organisations,
	peerGroups,
	sessionOccurrences
} from '../../db/schema';
import type { PersonalDataContributor } from '../shared';

/**
 * A supporter's debrief notes and the intervision notes THEY wrote: what the export and the readable copy
 * hold. Never another participant's note, nor who else was there, nor who acknowledged a shared note.
 */
export async function journalOf(db: DatabaseOrTransaction, accountId: string) {
	const [debriefs, intervision] = await Promise.all([
		db
			.select({
				whatWasHard: debriefNotes.whatWasHard,
				whatHelped: debriefNotes.whatHelped,
				whatINeed: debriefNotes.whatINeed,
				createdAt: debriefNotes.createdAt,
				occurrenceId: debriefNotes.occurrenceId,
				accompanimentId: debriefNotes.accompanimentId,
				sharedWith: organisations.name,
				sharedAt: debriefNotes.sharedAt,
				acknowledgedAt: debriefNotes.acknowledgedAt
			})
			.from(debriefNotes)
			.leftJoin(organisations, eq(organisations.id, debriefNotes.sharedWithOrganisationId))
			.where(eq(debriefNotes.accountId, accountId))
			.orderBy(asc(debriefNotes.createdAt)),
		db
			.select({
				occurrenceId: intervisionNotes.occurrenceId,
				group: peerGroups.title,
				startsAt: sessionOccurrences.startsAt,
				part: intervisionNotes.part,
				body: intervisionNotes.body,
				createdAt: intervisionNotes.createdAt
			})
			.from(intervisionNotes)
			.innerJoin(sessionOccurrences, eq(sessionOccurrences.id, intervisionNotes.occurrenceId))
			.innerJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
			.where(eq(intervisionNotes.authorId, accountId))
			.orderBy(asc(intervisionNotes.createdAt))
	]);
	return { debriefNotes: debriefs, intervisionNotes: intervision };
}

export type Journal = Awaited<ReturnType<typeof journalOf>>;

export const journalPersonalData: PersonalDataContributor = {
	module: 'journal',
	exportFor: (tx, accountId) => journalOf(tx, accountId),
	async eraseFor(tx, accountId) {
		await tx.delete(debriefNotes).where(eq(debriefNotes.accountId, accountId));
		// Intervision notes belong to the session's record too: they stay, under nobody's name, like messages.
		await tx.update(intervisionNotes).set({ authorId: null }).where(eq(intervisionNotes.authorId, accountId));
	}
};
