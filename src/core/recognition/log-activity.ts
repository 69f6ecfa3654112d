import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { DatabaseOrTransaction } from '../../db/client';
import { activityEntries } from '../../db/schema';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { isActiveMember } from '../organisations/queries';
import { activityFields } from './schemas';

export const LogActivitySchema = z.object(activityFields);
export type LogActivityInput = z.input<typeof LogActivitySchema>;
export const UpdateActivitySchema = z.object({ entryId: z.uuid('validation.invalid'), ...activityFields });
export const ActivityEntryIdSchema = z.object({ entryId: z.uuid('validation.invalid') });

/** An entry's organisation must be one where the supporter is an active member (or none). */
async function checkOrganisation(
	db: DatabaseOrTransaction,
	organisationId: string | null,
	accountId: string
) {
	if (organisationId && !(await isActiveMember(db, organisationId, accountId)))
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'organisationId', message: 'validation.recognition.organisation' }
		]);
}

/**
 * A supporter writes down something they did: kind, day, duration, organisation and a private note.
 * There is no field for whom they supported, on purpose.
 */
export async function logActivity(ctx: Ctx, input: LogActivityInput) {
	const actor = requireActor(ctx);
	const values = parseInput(LogActivitySchema, input);
	await checkOrganisation(ctx.db, values.organisationId, actor.accountId);
	const [row] = await ctx.db
		.insert(activityEntries)
		.values({ ...values, accountId: actor.accountId, createdAt: ctx.clock.now() })
		.returning({ id: activityEntries.id });
	return { id: row!.id };
}

/** The supporter corrects an entry, automatic ones included (they stay marked as coming from the platform). */
export async function updateActivity(ctx: Ctx, input: z.input<typeof UpdateActivitySchema>) {
	const actor = requireActor(ctx);
	const { entryId, ...values } = parseInput(UpdateActivitySchema, input);
	await checkOrganisation(ctx.db, values.organisationId, actor.accountId);
	const [row] = await ctx.db
		.update(activityEntries)
		.set({ ...values, editedAt: ctx.clock.now() })
		.where(
			and(
				eq(activityEntries.id, entryId),
				eq(activityEntries.accountId, actor.accountId),
				isNull(activityEntries.dismissedAt)
			)
		)
		.returning({ id: activityEntries.id });
	authorize(row, 'activity entry');
	return { id: entryId };
}

/**
 * The supporter removes an entry. An automatic one is kept as a tombstone (dismissed), so the next
 * import does not bring it back.
 */
export async function deleteActivity(ctx: Ctx, input: z.input<typeof ActivityEntryIdSchema>) {
	const actor = requireActor(ctx);
	const { entryId } = parseInput(ActivityEntryIdSchema, input);
	const mine = and(eq(activityEntries.id, entryId), eq(activityEntries.accountId, actor.accountId));
	await ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.select({ sourceKey: activityEntries.sourceKey })
			.from(activityEntries)
			.where(and(mine, isNull(activityEntries.dismissedAt)));
		authorize(row, 'activity entry');
		if (row.sourceKey)
			await tx.update(activityEntries).set({ dismissedAt: ctx.clock.now(), note: '' }).where(mine);
		else await tx.delete(activityEntries).where(mine);
	});
}
