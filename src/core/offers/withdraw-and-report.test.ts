import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobAnswers, serviceBookings, serviceVouchers } from '../../db/schema';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { exportDirectory, saveDirectoryListing, searchDirectory } from '../directory';
import { createReport, decideReport } from '../moderation';
import { listNotifications } from '../notifications';
import type { Actor } from '../shared';
import {
	answerJobOffer,
	bookService,
	decideBooking,
	editJobOffer,
	editService,
	getJobOffer,
	getService,
	grantVouchers,
	listJobOffers,
	publishJobOffer,
	publishService,
	setAnswerStatus,
	withdrawJobOffer,
	withdrawService
} from './index';

const db = useTestDatabase();
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
const as = (actor: Actor | null) => contextFor(db(), actor);
const code = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(error: { code?: string }) => error.code ?? 'thrown'
	);
const kindsFor = async (actor: Actor) =>
	(await listNotifications(as(actor))).notifications.map((notification) => notification.kind);

const serviceFields = {
	kind: 'listening',
	title: 'Écoute entre pairs',
	description: 'Une heure pour parler de ce que vous vivez.',
	formats: ['in_person'] as Array<'in_person'>,
	postcode: '35000',
	communeName: 'Rennes',
	priceKind: 'funded',
	price: '30'
} as const;

/** An organisation listed in the directory, its funded service, and a member holding a voucher for it. */
async function listedService() {
	const { organisation, coordinator, members } = await buildOrganisation(db(), {
		members: ['member', 'member']
	});
	const [member, bystander] = members as unknown as [Actor, Actor];
	await saveDirectoryListing(as(coordinator), {
		organisation: organisation.slug,
		published: true,
		postcode: '35000',
		communeName: 'Rennes',
		inPerson: true
	});
	const { id: serviceId } = await publishService(as(coordinator), {
		...serviceFields,
		organisation: organisation.slug
	});
	const { vouchers } = await grantVouchers(as(coordinator), {
		serviceId,
		funder: organisation.slug,
		holderPseudonym: member.pseudonym,
		count: 1
	});
	return { organisation, coordinator, member, bystander, serviceId, voucherId: vouchers[0]! };
}

async function publishedOffer() {
	const { organisation, coordinator, members } = await buildOrganisation(db(), { members: ['member'] });
	const applicant = await buildAccount(db());
	const { id: offerId } = await publishJobOffer(as(coordinator), {
		organisation: organisation.slug,
		title: 'Travailleur·se pair',
		description: 'Rejoindre l’équipe mobile du secteur.',
		contract: 'employment'
	});
	const { id: answerId } = await answerJobOffer(as(applicant), {
		offerId,
		message: 'Je suis pair-aidant depuis quatre ans.'
	});
	return { organisation, coordinator, bystander: members[0]!, applicant, offerId, answerId };
}

describe('editing and withdrawing a service', () => {
	it('lets its provider edit it, nobody else, and not once withdrawn', async () => {
		const { coordinator, bystander, serviceId } = await listedService();
		await editService(as(coordinator), { ...serviceFields, serviceId, title: 'Écoute du soir' });
		expect((await getService(as(null), { id: serviceId })).service.title).toBe('Écoute du soir');
		expect(await code(editService(as(bystander), { ...serviceFields, serviceId }))).toBe('FORBIDDEN');
		await withdrawService(as(coordinator), { serviceId });
		expect(await code(editService(as(coordinator), { ...serviceFields, serviceId }))).toBe('CONFLICT');
		expect(await code(withdrawService(as(coordinator), { serviceId }))).toBe('CONFLICT');
	});

	it('takes it out of the directory and open data, ends waiting bookings and gives the voucher back', async () => {
		const { organisation, coordinator, member, serviceId, voucherId } = await listedService();
		const { id: bookingId } = await bookService(as(member), { serviceId, proposedAt: tomorrow(), voucherId });
		const searched = async () =>
			(await searchDirectory(as(null), { place: '35000' })).services.map((service) => service.id);
		expect(await searched()).toContain(serviceId);

		await withdrawService(as(coordinator), { serviceId });
		expect(await searched()).not.toContain(serviceId);
		expect((await exportDirectory(as(null))).services.map((service) => service.id)).not.toContain(serviceId);
		expect((await exportDirectory(as(null))).organisations.map((entry) => entry.slug)).toContain(
			organisation.slug
		);
		expect(await code(getService(as(member), { id: serviceId }))).toBe('NOT_FOUND');
		expect((await getService(as(coordinator), { id: serviceId })).service.withdrawn).toBe(true);

		const [booking] = await db().select().from(serviceBookings).where(eq(serviceBookings.id, bookingId));
		expect(booking!.status).toBe('withdrawn');
		const [voucher] = await db().select().from(serviceVouchers).where(eq(serviceVouchers.id, voucherId));
		expect(voucher).toMatchObject({ usedAt: null, bookingId: null });
		expect(await kindsFor(member)).toContain('booking.withdrawn');
		expect(await code(decideBooking(as(coordinator), { bookingId, decision: 'accepted' }))).toBe('CONFLICT');
	});

	it('never both accepts a booking and withdraws it when the two happen at once', async () => {
		for (let round = 0; round < 4; round++) {
			const { coordinator, member, serviceId } = await listedService();
			const { id: bookingId } = await bookService(as(member), { serviceId, proposedAt: tomorrow() });
			const [accepted, withdrawn] = await Promise.allSettled([
				decideBooking(as(coordinator), { bookingId, decision: 'accepted' }),
				withdrawService(as(coordinator), { serviceId })
			]);
			expect(withdrawn.status).toBe('fulfilled');
			const [booking] = await db().select().from(serviceBookings).where(eq(serviceBookings.id, bookingId));
			// Exactly one of the two reached the booking: accepted (then the withdrawal left it), or withdrawn.
			expect(booking!.status).toBe(accepted.status === 'fulfilled' ? 'accepted' : 'withdrawn');
			const told = await kindsFor(member);
			expect(told.includes('booking.accepted')).toBe(accepted.status === 'fulfilled');
			expect(told.includes('booking.withdrawn')).toBe(accepted.status !== 'fulfilled');
		}
	});

	it('leaves no waiting booking on a service withdrawn while it was being booked', async () => {
		for (let round = 0; round < 4; round++) {
			const { coordinator, member, serviceId } = await listedService();
			const [booked] = await Promise.allSettled([
				bookService(as(member), { serviceId, proposedAt: tomorrow() }),
				withdrawService(as(coordinator), { serviceId })
			]);
			const bookings = await db()
				.select({ status: serviceBookings.status })
				.from(serviceBookings)
				.where(eq(serviceBookings.serviceId, serviceId));
			// Booked first, the withdrawal ended it; withdrawn first, the booking found no service.
			expect(bookings.map((booking) => booking.status)).toEqual(
				booked.status === 'fulfilled' ? ['withdrawn'] : []
			);
		}
	});
});

describe('editing and withdrawing a job offer', () => {
	it('lets its coordinators edit it and withdraw it; it leaves the list and applicants are told', async () => {
		const { coordinator, bystander, applicant, offerId, answerId } = await publishedOffer();
		await editJobOffer(as(coordinator), {
			offerId,
			title: 'Travailleur·se pair (mi-temps)',
			description: 'Rejoindre l’équipe mobile du secteur.',
			contract: 'employment'
		});
		expect((await getJobOffer(as(null), { id: offerId })).offer.title).toBe('Travailleur·se pair (mi-temps)');
		expect(await code(withdrawJobOffer(as(bystander), { offerId }))).toBe('FORBIDDEN');
		expect(await code(withdrawJobOffer(as(applicant), { offerId }))).toBe('FORBIDDEN');

		await withdrawJobOffer(as(coordinator), { offerId });
		expect((await listJobOffers(as(null))).map((offer) => offer.id)).not.toContain(offerId);
		expect(await code(getJobOffer(as(bystander), { id: offerId }))).toBe('NOT_FOUND');
		// The applicant still reads the offer they answered, now withdrawn.
		expect((await getJobOffer(as(applicant), { id: offerId })).offer.status).toBe('withdrawn');
		expect(await kindsFor(applicant)).toContain('job.offer_withdrawn');
		expect(await code(setAnswerStatus(as(coordinator), { answerId, status: 'accepted' }))).toBe('CONFLICT');
		expect(
			await code(
				editJobOffer(as(coordinator), {
					offerId,
					title: 'Encore',
					description: 'Rejoindre l’équipe mobile du secteur.',
					contract: 'employment'
				})
			)
		).toBe('CONFLICT');
	});

	it('never both accepts an answer and withdraws the offer when the two happen at once', async () => {
		for (let round = 0; round < 4; round++) {
			const { coordinator, applicant, offerId, answerId } = await publishedOffer();
			const [accepted, withdrawn] = await Promise.allSettled([
				setAnswerStatus(as(coordinator), { answerId, status: 'accepted' }),
				withdrawJobOffer(as(coordinator), { offerId })
			]);
			expect(withdrawn.status).toBe('fulfilled');
			const [answer] = await db().select().from(jobAnswers).where(eq(jobAnswers.id, answerId));
			expect(answer!.status).toBe(accepted.status === 'fulfilled' ? 'accepted' : 'received');
			if (accepted.status === 'rejected') expect(accepted.reason).toMatchObject({ code: 'CONFLICT' });
			// Told of the withdrawal only while the answer was still pending.
			const told = await kindsFor(applicant);
			expect(told.includes('job.offer_withdrawn')).toBe(accepted.status !== 'fulfilled');
		}
	});
});

describe('reporting services and job offers', () => {
	it('sends a report on a service to the instance admins, whose decision hides it everywhere', async () => {
		const { coordinator, member, serviceId } = await listedService();
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		const filed = await createReport(as(member), {
			subjectKind: 'service',
			subjectId: serviceId,
			reason: 'scam_money'
		});
		expect(
			await code(
				createReport(as(coordinator), { subjectKind: 'service', subjectId: serviceId, reason: 'other' })
			)
		).toBe('ok');
		await decideReport(as(admin), {
			reportId: filed.id,
			action: 'hide_content',
			ground: 'scam_money',
			statement: 'Ce service demande un paiement hors de la plateforme.'
		});
		expect(await code(getService(as(member), { id: serviceId }))).toBe('NOT_FOUND');
		expect(
			(await searchDirectory(as(null), { place: '35000' })).services.map((service) => service.id)
		).not.toContain(serviceId);
		expect(await code(bookService(as(member), { serviceId, proposedAt: tomorrow() }))).toBe('NOT_FOUND');
		// Hidden, it cannot be reported again.
		expect(
			await code(createReport(as(member), { subjectKind: 'service', subjectId: serviceId, reason: 'other' }))
		).toBe('NOT_FOUND');
	});

	it('hides a reported job offer from the list and its page, and refuses reports on withdrawn ones', async () => {
		const { coordinator, bystander, offerId } = await publishedOffer();
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		const filed = await createReport(as(bystander), {
			subjectKind: 'job_offer',
			subjectId: offerId,
			reason: 'other',
			details: 'Offre non payée déguisée.'
		});
		await decideReport(as(admin), {
			reportId: filed.id,
			action: 'hide_content',
			ground: 'other',
			statement: 'Cette offre ne respecte pas la charte des missions.'
		});
		expect((await listJobOffers(as(null))).map((offer) => offer.id)).not.toContain(offerId);
		expect(await code(getJobOffer(as(bystander), { id: offerId }))).toBe('NOT_FOUND');
		expect((await getJobOffer(as(coordinator), { id: offerId })).offer.hidden).toBe(true);

		const other = await publishedOffer();
		await withdrawJobOffer(as(other.coordinator), { offerId: other.offerId });
		expect(
			await code(
				createReport(as(other.bystander), {
					subjectKind: 'job_offer',
					subjectId: other.offerId,
					reason: 'other'
				})
			)
		).toBe('NOT_FOUND');
	});
});
