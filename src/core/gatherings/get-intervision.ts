import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { intervisionNotes } from '../../db/schema';
import { parseInput, requireActor, type Ctx } from '../shared';
import { loadPledgedAccess } from './intervision-access';
import { INTERVISION_PARTS, type IntervisionPart } from './vocabulary';

export const GetIntervisionSchema = z.object({ occurrenceId: z.uuid('validation.invalid') });

export interface IntervisionNote {
	id: string;
	body: string;
	createdAt: Date;
	/** Whether the actor wrote it (they may delete it). Authors are not named: the room knows who spoke. */
	mine: boolean;
}

/**
 * An intervision occurrence in its structured format, in order (the situation brought anonymised by one
 * participant, questions, reflections round, synthesis), each part with its notes. Only for people who
 * may enter and have pledged; NOT_FOUND for anyone else, including who has not pledged yet.
 */
export async function getIntervision(ctx: Ctx, input: z.input<typeof GetIntervisionSchema>) {
	const actor = requireActor(ctx);
	const { occurrenceId } = parseInput(GetIntervisionSchema, input);
	const access = await loadPledgedAccess(ctx.db, occurrenceId, actor);
	const rows = await ctx.db
		.select({
			id: intervisionNotes.id,
			part: intervisionNotes.part,
			body: intervisionNotes.body,
			createdAt: intervisionNotes.createdAt,
			authorId: intervisionNotes.authorId
		})
		.from(intervisionNotes)
		.where(eq(intervisionNotes.occurrenceId, occurrenceId))
		.orderBy(asc(intervisionNotes.createdAt), asc(intervisionNotes.id));
	const parts = INTERVISION_PARTS.map((part) => ({
		part,
		notes: rows
			.filter((row) => row.part === part)
			.map((row): IntervisionNote => ({
				id: row.id,
				body: row.body,
				createdAt: row.createdAt,
				mine: row.authorId === actor.accountId
			}))
	}));
	return {
		occurrence: access.occurrence,
		group: { id: access.group.id, title: access.group.title },
		organisation: access.organisation,
		pledgedAt: access.registration!.pledgedAt!,
		parts: parts as Array<{ part: IntervisionPart; notes: IntervisionNote[] }>
	};
}
