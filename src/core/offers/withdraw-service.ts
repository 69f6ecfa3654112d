import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { peerServices, serviceBookings, serviceVouchers } from '../../db/schema';
import { notifyAll } from '../notifications/notify';
import { authorize, DomainError, parseInput, permit, requireActor, type Ctx } from '../shared';
import { canManageService, canViewService } from './policy';
import { serviceFacts } from './queries';
import { WithdrawServiceSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/**
 * Its provider withdraws a service, for good: it leaves lists, the directory and open data. Its bookings
 * still waiting become `withdrawn` in the same transaction (a voucher used for one is its holder's again)
 * and each requester is told. Acceptance is a conditional UPDATE on `requested` (decide-booking.ts), so a
 * withdrawal and an acceptance racing for one booking serialise on its row: it ends accepted (before the
 * withdrawal) or withdrawn, never both. Sessions already accepted stand: the provider honours them.
 */
export async function withdrawService(ctx: Ctx, input: z.input<typeof WithdrawServiceSchema>) {
	const actor = requireActor(ctx);
	const { serviceId } = parseInput(WithdrawServiceSchema, input);
	const service = await serviceFacts(ctx.db, serviceId);
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(service && canViewService(viewer, service));
	permit(canManageService(viewer, service), 'error.offers.notProvider');
	const now = ctx.clock.now();
	const { told, ended } = await ctx.db.transaction(async (tx) => {
		const [withdrawn] = await tx
			.update(peerServices)
			.set({ published: false, withdrawnAt: now, updatedAt: now })
			.where(and(eq(peerServices.id, serviceId), isNull(peerServices.withdrawnAt)))
			.returning({ id: peerServices.id });
		if (!withdrawn) throw new DomainError('CONFLICT', 'error.offers.withdrawn');
		const ended = await tx
			.update(serviceBookings)
			.set({ status: 'withdrawn', decidedAt: now })
			.where(and(eq(serviceBookings.serviceId, serviceId), eq(serviceBookings.status, 'requested')))
			.returning({ id: serviceBookings.id, requesterId: serviceBookings.requesterId });
		if (ended.length)
			await tx
				.update(serviceVouchers)
				.set({ usedAt: null, bookingId: null })
				.where(
					inArray(
						serviceVouchers.bookingId,
						ended.map((booking) => booking.id)
					)
				);
		const told = await notifyAll(
			tx,
			ended.flatMap((booking) =>
				booking.requesterId
					? [
							{
								accountId: booking.requesterId,
								kind: 'booking.withdrawn' as const,
								subjectId: booking.id,
								organisationId: service.organisationId,
								now
							}
						]
					: []
			)
		);
		return { told, ended: ended.length };
	});
	for (const event of told) ctx.events.emit(event);
	return { id: serviceId, withdrawnAt: now, bookingsEnded: ended };
}
