import { and, eq, isNull } from 'drizzle-orm';
import { peerServices } from '../../db/schema';
import { authorize, DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageService, canViewService } from './policy';
import { serviceFacts } from './queries';
import { EditServiceSchema, type EditServiceInput } from './schemas';
import { serviceColumns } from './service-columns';
import { loadOffersViewer } from './viewer';

/**
 * Its provider (the peer, or the organisation's coordinators) edits a service: every field again, in one
 * conditional UPDATE, so that an edit racing a withdrawal never brings a withdrawn service back. Reports
 * already filed keep their copy of the words reported (moderation), whatever the edit changes.
 */
export async function editService(ctx: Ctx, input: EditServiceInput) {
	const actor = requireActor(ctx);
	const { serviceId, ...data } = parseInput(EditServiceSchema, input);
	const service = await serviceFacts(ctx.db, serviceId);
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(service && canViewService(viewer, service));
	permit(canManageService(viewer, service), 'error.offers.notProvider');
	const [row] = await ctx.db
		.update(peerServices)
		.set({ ...(await serviceColumns(data)), updatedAt: ctx.clock.now() })
		.where(and(eq(peerServices.id, serviceId), isNull(peerServices.withdrawnAt)))
		.returning({ id: peerServices.id });
	if (!row) throw new DomainError('CONFLICT', 'error.offers.withdrawn');
	return { id: row.id };
}
