import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { fundedSessionCharges, serviceBookings, serviceVouchers } from '../../db/schema';
import { notify } from '../notifications/notify';
import { authorize, DomainError, parseInput, requireActor, type Ctx } from '../shared';
import { canDecideBookings } from './policy';
import { serviceFacts } from './queries';
import { DecideBookingSchema } from './schemas';
import { loadOffersViewer } from './viewer';

/**
 * The provider accepts or declines a booking, once (a conditional UPDATE on `requested`). Accepting a
 * funded booking records what the funder will pay (a charge row: no payment is made); declining gives the
 * voucher back to its holder.
 */
export async function decideBooking(ctx: Ctx, input: z.input<typeof DecideBookingSchema>) {
	const actor = requireActor(ctx);
	const { bookingId, decision } = parseInput(DecideBookingSchema, input);
	const [booking] = await ctx.db
		.select({ serviceId: serviceBookings.serviceId })
		.from(serviceBookings)
		.where(eq(serviceBookings.id, bookingId));
	const service = booking ? await serviceFacts(ctx.db, booking.serviceId) : undefined;
	const viewer = await loadOffersViewer(ctx.db, actor);
	authorize(service && canDecideBookings(viewer, service));
	const { result, told } = await ctx.db.transaction(async (tx) => {
		const [decided] = await tx
			.update(serviceBookings)
			.set({ status: decision, decidedAt: ctx.clock.now() })
			.where(and(eq(serviceBookings.id, bookingId), eq(serviceBookings.status, 'requested')))
			.returning({ fundedBy: serviceBookings.fundedBy, requesterId: serviceBookings.requesterId });
		if (!decided) throw new DomainError('CONFLICT', 'error.offers.alreadyDecided');
		if (decided.fundedBy && decision === 'accepted') {
			await tx.insert(fundedSessionCharges).values({
				bookingId,
				funderId: decided.fundedBy,
				serviceId: service.id,
				amountCents: service.priceCents
			});
		}
		if (decided.fundedBy && decision === 'declined') {
			await tx
				.update(serviceVouchers)
				.set({ usedAt: null, bookingId: null })
				.where(eq(serviceVouchers.bookingId, bookingId));
		}
		const told = decided.requesterId
			? await notify(tx, {
					accountId: decided.requesterId,
					kind: decision === 'accepted' ? 'booking.accepted' : 'booking.declined',
					subjectId: bookingId,
					organisationId: service.organisationId,
					now: ctx.clock.now()
				})
			: null;
		return { result: { status: decision }, told };
	});
	if (told) ctx.events.emit(told);
	return result;
}
