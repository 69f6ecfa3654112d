import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { peerServices, serviceBookings, serviceVouchers } from '../../db/schema';
import { activeCoordinatorIds } from '../organisations/queries';
import { notifyAll } from '../notifications/notify';
import { authorize, DomainError, parseInput, permit, requireActor, requireToken, type Ctx } from '../shared';
import { canBookService } from './policy';
import { serviceFacts } from './queries';
import { BookServiceSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/** Ten session requests a day per person: enough to book, too few to flood providers. */
export const BOOKING_RULE = { capacity: 10, perSeconds: 86_400 };

/**
 * Asks a service's provider for a session at a proposed time, funded by a voucher when one is given. The
 * voucher is taken by one conditional UPDATE (`used_at is null`): of two simultaneous bookings with the
 * same voucher, one succeeds and the other is a CONFLICT. The provider will only learn who funds it. The
 * provider (a peer, or the providing organisation's coordinators) is notified in the same transaction.
 */
export async function bookService(ctx: Ctx, input: z.input<typeof BookServiceSchema>) {
	const actor = requireActor(ctx);
	const data = parseInput(BookServiceSchema, input);
	const now = ctx.clock.now();
	if (data.proposedAt.getTime() <= now.getTime())
		throw new DomainError('INVALID', 'error.invalid', [
			{ field: 'proposedAt', message: 'validation.offers.future' }
		]);
	const service = await serviceFacts(ctx.db, data.serviceId);
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(service?.published);
	permit(canBookService(viewer, service), 'error.offers.ownService');
	await requireToken(ctx.db, `booking:${actor.accountId}`, BOOKING_RULE, now, 'error.offers.tooManyBookings');
	const { result, told } = await ctx.db.transaction(async (tx) => {
		// A share lock on the service: a withdrawal (an UPDATE of this row) waits for this booking and then
		// ends it with the others, or this booking waits for the withdrawal and finds the service gone.
		const [open] = await tx
			.select({ published: peerServices.published })
			.from(peerServices)
			.where(eq(peerServices.id, service.id))
			.for('share');
		authorize(open?.published);
		let fundedBy: string | null = null;
		let voucherId: string | null = null;
		if (data.voucherId) {
			const [voucher] = await tx
				.update(serviceVouchers)
				.set({ usedAt: now })
				.where(
					and(
						eq(serviceVouchers.id, data.voucherId),
						eq(serviceVouchers.holderId, actor.accountId),
						eq(serviceVouchers.serviceId, service.id),
						isNull(serviceVouchers.usedAt)
					)
				)
				.returning({ id: serviceVouchers.id, funderId: serviceVouchers.funderId });
			if (!voucher) throw new DomainError('CONFLICT', 'error.offers.voucherUsed');
			fundedBy = voucher.funderId;
			voucherId = voucher.id;
		}
		const [booking] = await tx
			.insert(serviceBookings)
			.values({
				serviceId: service.id,
				requesterId: actor.accountId,
				proposedAt: data.proposedAt,
				message: data.message,
				fundedBy
			})
			.returning({ id: serviceBookings.id });
		if (voucherId)
			await tx
				.update(serviceVouchers)
				.set({ bookingId: booking!.id })
				.where(eq(serviceVouchers.id, voucherId));
		const providers = service.providerId
			? [service.providerId]
			: service.organisationId
				? await activeCoordinatorIds(tx, service.organisationId)
				: [];
		const told = await notifyAll(
			tx,
			providers.map((accountId) => ({
				accountId,
				kind: 'booking.requested' as const,
				subjectId: booking!.id,
				organisationId: service.organisationId,
				now
			}))
		);
		return { result: { id: booking!.id, funded: fundedBy !== null }, told };
	});
	for (const event of told) ctx.events.emit(event);
	return result;
}
