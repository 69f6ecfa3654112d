import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fundedSessionCharges, profileExperiences, serviceBookings } from '../../db/schema';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { createCredential } from '../recognition';
import { listNotifications } from '../notifications';
import {
	answerJobOffer,
	bookService,
	decideBooking,
	getJobOffer,
	getService,
	grantVouchers,
	myOffersSpace,
	offersPersonalData,
	publishJobOffer,
	publishService,
	setAnswerStatus
} from './index';

const db = useTestDatabase();
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

async function fundedCoaching() {
	const { organisation, coordinator, members } = await buildOrganisation(db(), {
		members: ['peer_supporter', 'member', 'member']
	});
	const [supporter, member, other] = members;
	const { id: serviceId } = await publishService(contextFor(db(), supporter!), {
		kind: 'coaching',
		title: 'Coaching vie affective',
		formats: ['online'],
		priceKind: 'funded',
		price: '45'
	});
	const { vouchers } = await grantVouchers(contextFor(db(), coordinator), {
		serviceId,
		funder: organisation.slug,
		holderPseudonym: member!.pseudonym,
		count: 1
	});
	return {
		organisation,
		coordinator,
		supporter: supporter!,
		member: member!,
		other: other!,
		serviceId,
		voucherId: vouchers[0]!
	};
}

describe('vouchers and bookings', () => {
	it('uses a voucher once when two bookings race for it', async () => {
		const { member, serviceId, voucherId } = await fundedCoaching();
		const attempt = () =>
			bookService(contextFor(db(), member), { serviceId, proposedAt: tomorrow(), voucherId });
		const results = await Promise.allSettled([attempt(), attempt()]);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		expect(results.find((result) => result.status === 'rejected')).toMatchObject({
			reason: { code: 'CONFLICT' }
		});
	});

	it('shows the supporter who funds a booking and nothing of the person’s means, and records the charge', async () => {
		const { supporter, member, serviceId, voucherId, organisation } = await fundedCoaching();
		const { id } = await bookService(contextFor(db(), member), {
			serviceId,
			proposedAt: tomorrow(),
			message: 'Bonjour',
			voucherId
		});
		const space = await myOffersSpace(contextFor(db(), supporter));
		expect(space.toDecide).toEqual([
			expect.objectContaining({ id, fundedBy: organisation.name, requester: member.pseudonym })
		]);
		await decideBooking(contextFor(db(), supporter), { bookingId: id, decision: 'accepted' });
		const [charge] = await db()
			.select()
			.from(fundedSessionCharges)
			.where(eq(fundedSessionCharges.bookingId, id));
		expect(charge).toMatchObject({ funderId: organisation.id, amountCents: 4500 });
		await expect(
			decideBooking(contextFor(db(), supporter), { bookingId: id, decision: 'declined' })
		).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});

	it('tells the provider of a request and the person of the decision, naming the service only', async () => {
		const { supporter, member, serviceId, voucherId } = await fundedCoaching();
		const { id } = await bookService(contextFor(db(), member), {
			serviceId,
			proposedAt: tomorrow(),
			voucherId
		});
		const kinds = async (who: typeof member) =>
			(await listNotifications(contextFor(db(), who))).notifications.map((n) => [n.kind, n.title, n.href]);
		expect(await kinds(supporter)).toEqual([
			['booking.requested', 'Coaching vie affective', '/travail-pair']
		]);
		await decideBooking(contextFor(db(), supporter), { bookingId: id, decision: 'declined' });
		expect(await kinds(member)).toContainEqual([
			'booking.declined',
			'Coaching vie affective',
			'/travail-pair'
		]);
	});

	it('gives the voucher back when the supporter declines', async () => {
		const { supporter, member, serviceId, voucherId } = await fundedCoaching();
		const { id } = await bookService(contextFor(db(), member), {
			serviceId,
			proposedAt: tomorrow(),
			voucherId
		});
		expect((await getService(contextFor(db(), member), { id: serviceId })).vouchers).toHaveLength(0);
		await decideBooking(contextFor(db(), supporter), { bookingId: id, decision: 'declined' });
		expect((await getService(contextFor(db(), member), { id: serviceId })).vouchers).toEqual([
			{ id: voucherId, funder: expect.any(String) }
		]);
	});

	it('refuses someone else’s voucher, and bookings by anyone but the provider to be decided', async () => {
		const { other, member, serviceId, voucherId } = await fundedCoaching();
		await expect(
			bookService(contextFor(db(), other), { serviceId, proposedAt: tomorrow(), voucherId })
		).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		const { id } = await bookService(contextFor(db(), member), { serviceId, proposedAt: tomorrow() });
		await expect(
			decideBooking(contextFor(db(), other), { bookingId: id, decision: 'accepted' })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('takes ten session requests a day from a person, however fast they come', async () => {
		const { member, serviceId } = await fundedCoaching();
		const results = await Promise.allSettled(
			Array.from({ length: 12 }, () =>
				bookService(contextFor(db(), member), { serviceId, proposedAt: tomorrow() })
			)
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(10);
		expect(results.find((result) => result.status === 'rejected')).toMatchObject({
			reason: { code: 'RATE_LIMITED' }
		});
	});

	it('refuses a service in one’s own name to someone who is not a peer supporter', async () => {
		const member = await buildAccount(db());
		await expect(
			publishService(contextFor(db(), member), {
				kind: 'listening',
				title: 'Écoute',
				formats: ['phone'],
				priceKind: 'free'
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});

describe('job offers and answers', () => {
	async function offerScene() {
		const { organisation, coordinator, members } = await buildOrganisation(db(), {
			members: ['peer_supporter', 'peer_supporter']
		});
		const { id: offerId } = await publishJobOffer(contextFor(db(), coordinator), {
			organisation: organisation.slug,
			title: 'Médiateur·rice de santé-pair',
			description: 'Rejoindre l’équipe du pôle de psychiatrie adulte.',
			contract: 'employment',
			hours: '0,5 ETP',
			place: 'Rennes',
			payMin: '1800',
			payMax: '2100',
			payPeriod: 'month'
		});
		return { coordinator, applicant: members[0]!, bystander: members[1]!, offerId };
	}

	it('shows answers to the structure’s coordinators and each applicant their own, to nobody else', async () => {
		const { coordinator, applicant, bystander, offerId } = await offerScene();
		await db()
			.insert(profileExperiences)
			.values({ accountId: applicant.accountId, experienceId: 'troubles-psychiques/trouble-bipolaire' });
		const { id } = await answerJobOffer(contextFor(db(), applicant), {
			offerId,
			message: 'Je suis pair-aidant depuis quatre ans.',
			experiences: ['troubles-psychiques/trouble-bipolaire']
		});
		const forCoordinator = await getJobOffer(contextFor(db(), coordinator), { id: offerId });
		expect(forCoordinator.answers).toEqual([expect.objectContaining({ id, applicant: applicant.pseudonym })]);
		const forBystander = await getJobOffer(contextFor(db(), bystander), { id: offerId });
		expect(forBystander.answers).toBeNull();
		expect(forBystander.myAnswer).toBeNull();
		expect((await getJobOffer(contextFor(db(), null), { id: offerId })).answers).toBeNull();
		const told = async (who: typeof coordinator) =>
			(await listNotifications(contextFor(db(), who))).notifications.map((n) => [n.kind, n.href]);
		expect(await told(coordinator)).toEqual([['job.answered', `/offres-de-mission/${offerId}`]]);
		expect(await told(bystander)).toEqual([]);
		await setAnswerStatus(contextFor(db(), coordinator), { answerId: id, status: 'in_discussion' });
		expect(await told(applicant)).toEqual([['job.answer.in_discussion', `/offres-de-mission/${offerId}`]]);
		expect((await getJobOffer(contextFor(db(), applicant), { id: offerId })).myAnswer).toMatchObject({
			status: 'in_discussion'
		});
		await expect(
			setAnswerStatus(contextFor(db(), bystander), { answerId: id, status: 'accepted' })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('shows the credentials the applicant chose, to the structure, and refuses someone else’s', async () => {
		const { coordinator, applicant, bystander, offerId } = await offerScene();
		const du = {
			kind: 'du_peer_support',
			title: 'DU Pair-aidance',
			issuer: 'Université Lyon 1',
			startedOn: '2025-06-30'
		} as const;
		const mine = await createCredential(contextFor(db(), applicant), du);
		const kept = await createCredential(contextFor(db(), applicant), { ...du, title: 'Formation interne' });
		const theirs = await createCredential(contextFor(db(), bystander), du);
		const form = await getJobOffer(contextFor(db(), applicant), { id: offerId });
		expect(form.myCredentials.map((credential) => credential.id).sort()).toEqual([mine.id, kept.id].sort());
		await expect(
			answerJobOffer(contextFor(db(), applicant), {
				offerId,
				message: 'Bonjour, je candidate.',
				credentials: [mine.id, theirs.id]
			})
		).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'credentials' }] });
		await answerJobOffer(contextFor(db(), applicant), {
			offerId,
			message: 'Bonjour, je candidate.',
			credentials: [mine.id]
		});
		const forCoordinator = await getJobOffer(contextFor(db(), coordinator), { id: offerId });
		expect(forCoordinator.answers![0]!.credentials).toEqual([
			expect.objectContaining({ id: mine.id, title: 'DU Pair-aidance', attestedBy: null })
		]);
		expect(
			(await getJobOffer(contextFor(db(), applicant), { id: offerId })).myAnswer!.credentials
		).toHaveLength(1);
	});

	it('refuses experiences that are not on the applicant’s profile, and a second answer', async () => {
		const { applicant, offerId } = await offerScene();
		await expect(
			answerJobOffer(contextFor(db(), applicant), {
				offerId,
				message: 'Bonjour, je candidate.',
				experiences: ['addictions/alcool']
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		await answerJobOffer(contextFor(db(), applicant), { offerId, message: 'Bonjour, je candidate.' });
		await expect(
			answerJobOffer(contextFor(db(), applicant), { offerId, message: 'Bonjour, encore moi.' })
		).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});
});

describe('personal data', () => {
	it('exports a member’s bookings and vouchers, and on erasure keeps the provider’s booking without them', async () => {
		const { member, serviceId, voucherId } = await fundedCoaching();
		const { id } = await bookService(contextFor(db(), member), {
			serviceId,
			proposedAt: tomorrow(),
			message: 'Mes raisons',
			voucherId
		});
		const exported = (await db().transaction((tx) => offersPersonalData.exportFor(tx, member.accountId))) as {
			bookings: unknown[];
			vouchers: unknown[];
		};
		expect(exported.bookings).toEqual([expect.objectContaining({ message: 'Mes raisons' })]);
		expect(exported.vouchers).toHaveLength(1);
		await db().transaction((tx) => offersPersonalData.eraseFor(tx, member.accountId));
		const [booking] = await db().select().from(serviceBookings).where(eq(serviceBookings.id, id));
		expect(booking).toMatchObject({ requesterId: null, message: '' });
		const after = (await db().transaction((tx) => offersPersonalData.exportFor(tx, member.accountId))) as {
			bookings: unknown[];
			vouchers: unknown[];
		};
		expect(after).toMatchObject({ bookings: [], vouchers: [] });
	});
});
