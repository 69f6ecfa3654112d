import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { peerGroups, peerPaths, peerPathSteps } from '../../db/schema';
import { DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { isCoordinator } from './policy';
import { loadPathwayViewer } from './queries';
import { CreatePathSchema } from './schemas';

export type CreatePathInput = z.input<typeof CreatePathSchema>;

/** A coordinator defines a training path: its ordered steps and what completes each. */
export async function createPath(ctx: Ctx, input: CreatePathInput): Promise<{ pathId: string }> {
	const actor = requireActor(ctx);
	const { slug, title, description, steps } = parseInput(CreatePathSchema, input);
	const { organisation, viewer } = await loadPathwayViewer(ctx.db, actor, { slug });
	permit(isCoordinator(viewer), 'error.pathway.notCoordinator');
	const groupIds = [...new Set(steps.flatMap((s) => (s.groupId ? [s.groupId] : [])))];
	if (groupIds.length > 0) {
		// A step counts attendance at one of this organisation's own groups only.
		const found = await ctx.db
			.select({ id: peerGroups.id })
			.from(peerGroups)
			.where(and(inArray(peerGroups.id, groupIds), eq(peerGroups.organisationId, organisation.id)));
		if (found.length !== groupIds.length)
			throw new DomainError('INVALID', 'error.invalid', [
				{ field: 'steps', message: 'validation.pathway.group' }
			]);
	}
	const now = ctx.clock.now();
	return ctx.db.transaction(async (tx) => {
		const [path] = await tx
			.insert(peerPaths)
			.values({
				organisationId: organisation.id,
				title,
				description,
				createdBy: actor.accountId,
				createdAt: now
			})
			.returning({ id: peerPaths.id });
		await tx.insert(peerPathSteps).values(
			steps.map((step, index) => ({
				pathId: path!.id,
				position: index + 1,
				title: step.title,
				completion: step.completion,
				groupId: step.completion === 'attendance' ? step.groupId : null
			}))
		);
		return { pathId: path!.id };
	});
}
