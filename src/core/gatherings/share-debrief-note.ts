import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { debriefNotes, memberships } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { activeCoordinatorIds } from '../organisations/queries';

export const ShareDebriefNoteSchema = z.object({
	noteId: z.uuid('validation.invalid'),
	organisationId: z.uuid('validation.debrief.organisation')
});

/**
 * The supporter shares one note with ONE organisation where they are an active member, to ask its
 * coordinators for a debrief; they are told in the same transaction (like a difficult-conversation
 * alert). Once only: a note shared stays shared with that organisation.
 */
export async function shareDebriefNote(ctx: Ctx, input: z.input<typeof ShareDebriefNoteSchema>) {
	const actor = requireActor(ctx);
	const { noteId, organisationId } = parseInput(ShareDebriefNoteSchema, input);
	const [membership] = await ctx.db
		.select({ id: memberships.id })
		.from(memberships)
		.where(
			and(
				eq(memberships.organisationId, organisationId),
				eq(memberships.accountId, actor.accountId),
				eq(memberships.status, 'active')
			)
		);
	if (!membership)
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'organisationId', message: 'validation.debrief.organisation' }
		]);
	const now = ctx.clock.now();
	const told = await ctx.db.transaction(async (tx) => {
		// The condition on a null date makes sharing once-only: of twenty at once, one updates the row.
		const [shared] = await tx
			.update(debriefNotes)
			.set({ sharedWithOrganisationId: organisationId, sharedAt: now })
			.where(
				and(
					eq(debriefNotes.id, noteId),
					eq(debriefNotes.accountId, actor.accountId),
					isNull(debriefNotes.sharedAt)
				)
			)
			.returning({ id: debriefNotes.id });
		if (!shared) {
			const [own] = await tx
				.select({ id: debriefNotes.id })
				.from(debriefNotes)
				.where(and(eq(debriefNotes.id, noteId), eq(debriefNotes.accountId, actor.accountId)));
			authorize(own, 'debrief note');
			throw new DomainError('CONFLICT', 'error.debrief.alreadyShared');
		}
		const coordinators = await activeCoordinatorIds(tx, organisationId);
		return notifyAll(
			tx,
			coordinators
				.filter((accountId) => accountId !== actor.accountId)
				.map((accountId) => ({
					accountId,
					kind: 'debrief.shared' as const,
					subjectId: noteId,
					organisationId,
					now
				}))
		);
	});
	ctx.events.emit({ type: 'debrief.shared', debriefNoteId: noteId, organisationId });
	for (const event of told) ctx.events.emit(event);
	return { id: noteId, organisationId, sharedAt: now };
}
