import { and, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { intervisionNotes } from '../../db/schema';
import {
	foldForShapes,
	hasEmailAddress,
	hasMessengerLinkOrHandle,
	hasPhoneNumber
} from '../safety/off-platform-shapes';
import { DomainError, lockKey, parseInput, requireActor, type Ctx } from '../shared';
import { loadPledgedAccess } from './intervision-access';
import { INTERVISION_PARTS } from './vocabulary';

export const MAX_INTERVISION_NOTE = 4_000;
/** Notes one person may leave on one occurrence: plenty for a session, a stop for a runaway script. */
export const MOST_INTERVISION_NOTES_PER_PERSON = 40;

export const AddIntervisionNoteSchema = z.object({
	occurrenceId: z.uuid('validation.invalid'),
	part: z.enum(INTERVISION_PARTS, 'validation.intervision.part'),
	body: z
		.string('validation.intervision.body')
		.trim()
		.min(1, 'validation.intervision.body')
		.max(MAX_INTERVISION_NOTE, 'validation.intervision.bodyTooLong')
});

/**
 * Contact details name someone whatever the words around them: an anonymised situation (and the notes
 * about it) never needs a phone number, an e-mail address or a messenger handle. Reuses the shapes the
 * off-platform detector knows.
 */
export function holdsContactDetails(text: string): boolean {
	const folded = foldForShapes(text);
	return hasPhoneNumber(folded) || hasEmailAddress(folded) || hasMessengerLinkOrHandle(folded);
}

/** A pledged participant adds a note to one part of an intervision occurrence. */
export async function addIntervisionNote(ctx: Ctx, input: z.input<typeof AddIntervisionNoteSchema>) {
	const actor = requireActor(ctx);
	const { occurrenceId, part, body } = parseInput(AddIntervisionNoteSchema, input);
	const access = await loadPledgedAccess(ctx.db, occurrenceId, actor);
	if (access.occurrence.status === 'cancelled')
		throw new DomainError('CONFLICT', 'error.intervision.cancelled');
	if (holdsContactDetails(body))
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'body', message: 'validation.intervision.contactDetails' }
		]);
	const note = await ctx.db.transaction(async (tx) => {
		// Count, then insert, in turns per person and occurrence: twenty posts at once cannot pass the cap.
		await lockKey(tx, `intervision-notes:${occurrenceId}:${actor.accountId}`);
		const [written] = await tx
			.select({ value: count() })
			.from(intervisionNotes)
			.where(
				and(eq(intervisionNotes.occurrenceId, occurrenceId), eq(intervisionNotes.authorId, actor.accountId))
			);
		if ((written?.value ?? 0) >= MOST_INTERVISION_NOTES_PER_PERSON)
			throw new DomainError('CONFLICT', 'error.intervision.tooManyNotes', [], undefined, {
				count: MOST_INTERVISION_NOTES_PER_PERSON
			});
		const [created] = await tx
			.insert(intervisionNotes)
			.values({ occurrenceId, authorId: actor.accountId, part, body, createdAt: ctx.clock.now() })
			.returning({ id: intervisionNotes.id, createdAt: intervisionNotes.createdAt });
		return created!;
	});
	// No event: nothing outside this page shows the notes, and its readers reload it.
	return { id: note.id, part, createdAt: note.createdAt };
}
