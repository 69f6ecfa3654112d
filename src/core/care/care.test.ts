import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildAccount, buildOrganisation, contextFor, fixedClock } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { conversationAlerts, conversations } from '../../db/schema';
import { createHelpRequest } from '../matching/create-help-request';
import { decideContactRequest } from '../matching/decide-contact-request';
import { endAccompaniment } from '../matching/end-accompaniment';
import { findMatches } from '../matching/find-matches';
import { saveSupporterOffer } from '../matching/save-supporter-offer';
import { sendContactRequest } from '../matching/send-contact-request';
import { liftCoolDown, setCoolDown } from '../matching/set-cool-down';
import type { Actor } from '../shared';
import { acknowledgeAlert } from './acknowledge-alert';
import { alertDifficultConversation } from './alert-difficult-conversation';
import { listOrganisationContacts } from './list-organisation-contacts';
import { countOpenAlerts, listOrganisationAlerts } from './list-organisation-alerts';
import { moveOrganisationContact } from './move-organisation-contact';
import { myAccompanimentAlerts } from './my-accompaniment-alerts';
import { myEmergencyContacts } from './my-emergency-contacts';
import { removeOrganisationContact } from './remove-organisation-contact';
import { saveOrganisationContact } from './save-organisation-contact';
import { supporterAvailability } from './supporter-availability';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const HOUR = 3_600_000;

/** An organisation with a coordinator, a member and a peer supporter offering support on voices. */
async function buildCareInstance() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'peer_supporter', 'moderator']
	});
	const [coordinator, member, supporter, moderator] = members as unknown as [Actor, Actor, Actor, Actor];
	await saveSupporterOffer(contextFor(db(), supporter), {
		experienceIds: [VOICES],
		formats: ['chat'],
		languages: ['fr'],
		capacity: 3
	});
	const other = await buildOrganisation(db(), { members: ['coordinator'] });
	const otherCoordinator = other.members[0] as unknown as Actor;
	return {
		organisation,
		coordinator,
		member,
		supporter,
		moderator,
		otherCoordinator,
		otherSlug: other.organisation.slug
	};
}

async function openAccompaniment(requester: Actor, supporter: Actor) {
	const { id: helpRequestId } = await createHelpRequest(contextFor(db(), requester), {
		experienceIds: [VOICES],
		formats: ['chat']
	});
	const contact = await sendContactRequest(contextFor(db(), requester), {
		helpRequestId,
		supporterId: supporter.accountId
	});
	const accepted = await decideContactRequest(contextFor(db(), supporter), {
		contactRequestId: contact.id,
		decision: 'accept'
	});
	return accepted.accompanimentId!;
}

const duty = {
	label: 'Permanence du GEM',
	phone: '04 72 00 00 00',
	onDuty: 'thu-14:00-18:00\nmon-10:00-12:00'
};

describe('organisation contacts', () => {
	it('lets a coordinator add, edit, reorder and remove contacts that members then read', async () => {
		const { organisation, coordinator, member } = await buildCareInstance();
		const clock = fixedClock(new Date('2026-11-26T13:30:00Z')); // Thursday 14:30 in Paris
		const asCoordinator = contextFor(db(), coordinator, { clock });
		const first = await saveOrganisationContact(asCoordinator, { slug: organisation.slug, ...duty });
		const second = await saveOrganisationContact(asCoordinator, {
			slug: organisation.slug,
			label: 'Coordination',
			email: 'coordination@exemple.fr'
		});
		await saveOrganisationContact(asCoordinator, {
			slug: organisation.slug,
			contactId: first.id,
			...duty,
			label: 'Permanence téléphonique'
		});
		await moveOrganisationContact(asCoordinator, {
			slug: organisation.slug,
			contactId: second.id,
			direction: 'up'
		});

		const read = await listOrganisationContacts(contextFor(db(), member, { clock }), {
			slug: organisation.slug
		});
		expect(read.canManage).toBe(false);
		expect(read.contacts.map((contact) => contact.label)).toEqual([
			'Coordination',
			'Permanence téléphonique'
		]);
		expect(read.contacts[1]).toMatchObject({
			phone: '04 72 00 00 00',
			onDuty: ['thu-14:00-18:00', 'mon-10:00-12:00'],
			next: { status: 'now', until: new Date('2026-11-26T17:00:00Z') }
		});
		expect(read.contacts[0]!.next).toBeNull();

		await removeOrganisationContact(asCoordinator, { slug: organisation.slug, contactId: second.id });
		const after = await listOrganisationContacts(contextFor(db(), member), { slug: organisation.slug });
		expect(after.contacts.map((contact) => contact.id)).toEqual([first.id]);
	});

	it('explains each wrong field in its own words', async () => {
		const { organisation, coordinator } = await buildCareInstance();
		const save = (fields: Record<string, unknown>) =>
			saveOrganisationContact(contextFor(db(), coordinator), { slug: organisation.slug, ...fields } as never);
		await expect(
			save({ label: 'x', phone: 'appelez-nous', email: 'pas-une-adresse', onDuty: 'lundi 14h-18h' })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: expect.arrayContaining([
				{ field: 'label', message: 'validation.care.label' },
				{ field: 'phone', message: 'validation.care.phone' },
				{ field: 'email', message: 'validation.care.email' },
				{ field: 'onDuty', message: 'validation.care.slot' }
			])
		});
		await expect(save({ label: 'Permanence', phone: '', email: '' })).rejects.toMatchObject({
			fields: [{ field: 'phone', message: 'validation.care.phoneOrEmail' }]
		});
		await expect(save({ label: 'Permanence', phone: '1' })).rejects.toMatchObject({
			fields: [{ field: 'phone', message: 'validation.care.phone' }]
		});
		await expect(
			save({ label: 'Ligne nationale', phone: '3114', onDuty: ['sun-22:00-02:00'] })
		).resolves.toEqual({
			id: expect.any(String)
		});
	});

	it('keeps contacts to members: others cannot read them, and only coordinators change them', async () => {
		const { organisation, coordinator, member, moderator, otherCoordinator, otherSlug } =
			await buildCareInstance();
		const { id } = await saveOrganisationContact(contextFor(db(), coordinator), {
			slug: organisation.slug,
			...duty
		});
		const stranger = await buildAccount(db());
		for (const outsider of [stranger, otherCoordinator]) {
			await expect(
				listOrganisationContacts(contextFor(db(), outsider), { slug: organisation.slug })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
			await expect(
				removeOrganisationContact(contextFor(db(), outsider), { slug: organisation.slug, contactId: id })
			).rejects.toMatchObject({ code: 'FORBIDDEN' });
		}
		for (const notCoordinator of [member, moderator]) {
			await expect(
				saveOrganisationContact(contextFor(db(), notCoordinator), { slug: organisation.slug, ...duty })
			).rejects.toMatchObject({ code: 'FORBIDDEN' });
			await expect(
				listOrganisationContacts(contextFor(db(), notCoordinator), { slug: organisation.slug, manage: true })
			).rejects.toMatchObject({ code: 'FORBIDDEN' });
		}
		// A contact id of another organisation does not resolve, even for that organisation's coordinator.
		await expect(
			removeOrganisationContact(contextFor(db(), otherCoordinator), { slug: otherSlug, contactId: id })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		await moveOrganisationContact(contextFor(db(), admin), {
			slug: organisation.slug,
			contactId: id,
			direction: 'down'
		});
	});

	it('shows a person the contacts of their active organisations only', async () => {
		const { organisation, coordinator, member, otherCoordinator } = await buildCareInstance();
		await saveOrganisationContact(contextFor(db(), coordinator), { slug: organisation.slug, ...duty });
		const elsewhere = await buildOrganisation(db(), { members: ['coordinator'] });
		await saveOrganisationContact(contextFor(db(), elsewhere.members[0] as unknown as Actor), {
			slug: elsewhere.organisation.slug,
			label: 'Ailleurs',
			phone: '01 02 03 04 05'
		});
		const mine = await myEmergencyContacts(contextFor(db(), member));
		expect(mine).toEqual([
			expect.objectContaining({
				organisationId: organisation.id,
				contacts: [expect.objectContaining({ label: 'Permanence du GEM' })]
			})
		]);
		expect(await myEmergencyContacts(contextFor(db(), otherCoordinator))).toEqual([]);
	});
});

describe('supporter cool-down', () => {
	it('takes the supporter out of matches and contact requests until it ends or is lifted', async () => {
		const { member, supporter } = await buildCareInstance();
		const clock = fixedClock(new Date('2026-11-26T10:00:00Z'));
		const { id: helpRequestId } = await createHelpRequest(contextFor(db(), member, { clock }), {
			experienceIds: [VOICES],
			formats: ['chat'],
			openDays: 90
		});
		const matchedIds = async () =>
			(await findMatches(contextFor(db(), member, { clock }), { helpRequestId })).matches.map(
				(match) => match.supporterId
			);
		expect(await matchedIds()).toEqual([supporter.accountId]);

		const set = await setCoolDown(contextFor(db(), supporter, { clock }), { duration: '24h' });
		expect(set.pausedUntil).toEqual(new Date('2026-11-27T10:00:00Z'));
		expect(await matchedIds()).toEqual([]);
		await expect(
			sendContactRequest(contextFor(db(), member, { clock }), {
				helpRequestId,
				supporterId: supporter.accountId
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });

		clock.advance(24 * HOUR);
		expect(await matchedIds()).toEqual([supporter.accountId]);

		await setCoolDown(contextFor(db(), supporter, { clock }), { duration: 'until_lifted' });
		// Two months on (the help request stays open 90 days), the supporter is still paused.
		clock.advance(60 * 24 * HOUR);
		expect(await matchedIds()).toEqual([]);
		await liftCoolDown(contextFor(db(), supporter, { clock }));
		expect(await matchedIds()).toEqual([supporter.accountId]);
	});

	it('refuses an unknown duration, and a person without an offer', async () => {
		const { supporter, member } = await buildCareInstance();
		await expect(setCoolDown(contextFor(db(), supporter), { duration: '2h' as never })).rejects.toMatchObject(
			{
				code: 'INVALID',
				fields: [{ field: 'duration', message: 'validation.coolDown' }]
			}
		);
		await expect(setCoolDown(contextFor(db(), member), { duration: '3d' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});

	it('shows the person accompanied that their supporter is away, and who else to turn to', async () => {
		const { organisation, coordinator, member, supporter } = await buildCareInstance();
		await saveOrganisationContact(contextFor(db(), coordinator), { slug: organisation.slug, ...duty });
		const accompanimentId = await openAccompaniment(member, supporter);
		const clock = fixedClock(new Date('2026-11-26T10:00:00Z'));
		expect(
			await supporterAvailability(contextFor(db(), member, { clock }), { accompanimentId })
		).toMatchObject({ away: false, organisation: null });

		await setCoolDown(contextFor(db(), supporter, { clock }), { duration: '3d' });
		const availability = await supporterAvailability(contextFor(db(), member, { clock }), {
			accompanimentId
		});
		expect(availability).toMatchObject({
			away: true,
			until: new Date('2026-11-29T10:00:00Z'),
			organisation: {
				organisationId: organisation.id,
				onDuty: { status: 'next', at: new Date('2026-11-26T13:00:00Z') },
				contacts: [expect.objectContaining({ label: 'Permanence du GEM' })]
			}
		});
		const [conversation] = await db()
			.select({ id: conversations.id })
			.from(conversations)
			.where(eq(conversations.accompanimentId, accompanimentId));
		expect(
			await supporterAvailability(contextFor(db(), member, { clock }), { conversationId: conversation!.id })
		).toMatchObject({ away: true });
		// The supporter is not told about their own absence.
		expect(
			await supporterAvailability(contextFor(db(), supporter, { clock }), { accompanimentId })
		).toMatchObject({ away: false });
		await expect(
			supporterAvailability(contextFor(db(), await buildAccount(db()), { clock }), { accompanimentId })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});

describe('difficult-conversation alerts', () => {
	it('alerts the coordinators, who acknowledge it, and tells the supporter when', async () => {
		const { organisation, coordinator, member, supporter } = await buildCareInstance();
		const accompanimentId = await openAccompaniment(member, supporter);
		const asSupporter = contextFor(db(), supporter);
		const alert = await alertDifficultConversation(asSupporter, {
			accompanimentId,
			note: 'Séance lourde, j’aimerais en parler.'
		});
		expect(alert.organisationId).toBe(organisation.id);
		expect(asSupporter.events.events).toEqual([
			{ type: 'conversation.alerted', alertId: alert.id, organisationId: organisation.id }
		]);
		const [stored] = await db().select().from(conversationAlerts).where(eq(conversationAlerts.id, alert.id));
		expect(stored).toMatchObject({ accompanimentId, note: 'Séance lourde, j’aimerais en parler.' });
		expect(stored!.conversationId).toEqual(expect.any(String));

		await expect(alertDifficultConversation(asSupporter, { accompanimentId })).rejects.toMatchObject({
			code: 'CONFLICT',
			messageKey: 'error.care.alreadyAlerted'
		});
		expect(await countOpenAlerts(contextFor(db(), coordinator), { slug: organisation.slug })).toBe(1);
		const listed = await listOrganisationAlerts(contextFor(db(), coordinator), { slug: organisation.slug });
		expect(listed.alerts).toEqual([
			expect.objectContaining({ id: alert.id, supporterPseudonym: supporter.pseudonym, acknowledgedAt: null })
		]);

		const asCoordinator = contextFor(db(), coordinator);
		await acknowledgeAlert(asCoordinator, { slug: organisation.slug, alertId: alert.id });
		expect(asCoordinator.events.events).toEqual([
			{ type: 'alert.acknowledged', alertId: alert.id, organisationId: organisation.id }
		]);
		await expect(
			acknowledgeAlert(asCoordinator, { slug: organisation.slug, alertId: alert.id })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		expect(await countOpenAlerts(asCoordinator, { slug: organisation.slug })).toBe(0);
		const seen = await myAccompanimentAlerts(asSupporter, { accompanimentId });
		expect(seen).toEqual([
			expect.objectContaining({ organisationName: organisation.name, acknowledgedAt: expect.any(Date) })
		]);
		expect(await myAccompanimentAlerts(contextFor(db(), member), { accompanimentId })).toEqual([]);
		// Acknowledged, the supporter may alert again about a new hard moment.
		await alertDifficultConversation(asSupporter, { accompanimentId });
	});

	it('lets only the supporter of an open accompaniment alert, and only coordinators see alerts', async () => {
		const { organisation, member, supporter, moderator, otherCoordinator } = await buildCareInstance();
		const accompanimentId = await openAccompaniment(member, supporter);
		await expect(
			alertDifficultConversation(contextFor(db(), member), { accompanimentId })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(
			alertDifficultConversation(contextFor(db(), await buildAccount(db())), { accompanimentId })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			alertDifficultConversation(contextFor(db(), supporter), { accompanimentId, note: 'x'.repeat(1001) })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'note', message: 'validation.care.note' }]
		});
		const alert = await alertDifficultConversation(contextFor(db(), supporter), { accompanimentId });
		for (const viewer of [member, supporter, moderator, otherCoordinator]) {
			await expect(
				listOrganisationAlerts(contextFor(db(), viewer), { slug: organisation.slug })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
			await expect(
				acknowledgeAlert(contextFor(db(), viewer), { slug: organisation.slug, alertId: alert.id })
			).rejects.toMatchObject({ code: 'NOT_FOUND' });
			expect(await countOpenAlerts(contextFor(db(), viewer), { slug: organisation.slug })).toBeNull();
		}
		const admin = await buildAccount(db(), { isInstanceAdmin: true });
		await acknowledgeAlert(contextFor(db(), admin), { slug: organisation.slug, alertId: alert.id });

		await endAccompaniment(contextFor(db(), supporter), { accompanimentId });
		await expect(
			alertDifficultConversation(contextFor(db(), supporter), { accompanimentId })
		).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});

	it("goes to the conversation's own organisation when it has one", async () => {
		const { member, supporter } = await buildCareInstance();
		const accompanimentId = await openAccompaniment(member, supporter);
		const elsewhere = await buildOrganisation(db());
		await db()
			.update(conversations)
			.set({ organisationId: elsewhere.organisation.id })
			.where(eq(conversations.accompanimentId, accompanimentId));
		const alert = await alertDifficultConversation(contextFor(db(), supporter), { accompanimentId });
		expect(alert.organisationId).toBe(elsewhere.organisation.id);
	});
});
