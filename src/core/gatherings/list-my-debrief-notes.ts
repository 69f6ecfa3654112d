import { desc, eq } from 'drizzle-orm';
import { accompaniments, debriefNotes, organisations, peerGroups, sessionOccurrences } from '../../db/schema';
import { requireActor, type Ctx } from '../shared';
import { debriefChoices, isSupporter } from './debrief-queries';

/** The latest notes shown in the journal (older ones stay in the export). */
const MOST_NOTES = 200;

/**
 * The supporter's own debrief journal, newest first: each note's three answers, what it is linked to (a
 * session by its group and date, an accompaniment by its date: never the other person's name), and
 * whether and with whom it was shared; with the choices the write and share forms offer.
 */
export async function listMyDebriefNotes(ctx: Ctx) {
	const actor = requireActor(ctx);
	const [supporter, notes, choices] = await Promise.all([
		isSupporter(ctx.db, actor.accountId),
		ctx.db
			.select({
				id: debriefNotes.id,
				whatWasHard: debriefNotes.whatWasHard,
				whatHelped: debriefNotes.whatHelped,
				whatINeed: debriefNotes.whatINeed,
				createdAt: debriefNotes.createdAt,
				occurrence: {
					id: sessionOccurrences.id,
					startsAt: sessionOccurrences.startsAt,
					groupTitle: peerGroups.title
				},
				accompaniment: { id: accompaniments.id, openedAt: accompaniments.openedAt },
				sharedWith: { id: organisations.id, slug: organisations.slug, name: organisations.name },
				sharedAt: debriefNotes.sharedAt,
				acknowledgedAt: debriefNotes.acknowledgedAt
			})
			.from(debriefNotes)
			.leftJoin(sessionOccurrences, eq(sessionOccurrences.id, debriefNotes.occurrenceId))
			.leftJoin(peerGroups, eq(peerGroups.id, sessionOccurrences.groupId))
			.leftJoin(accompaniments, eq(accompaniments.id, debriefNotes.accompanimentId))
			.leftJoin(organisations, eq(organisations.id, debriefNotes.sharedWithOrganisationId))
			.where(eq(debriefNotes.accountId, actor.accountId))
			.orderBy(desc(debriefNotes.createdAt), desc(debriefNotes.id))
			.limit(MOST_NOTES),
		debriefChoices(ctx.db, actor.accountId)
	]);
	return { isSupporter: supporter, notes, choices };
}
