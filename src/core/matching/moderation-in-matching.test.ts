import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
	buildOrganisation,
	contextFor,
	fixedClock,
	openAccompaniment
} from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { accounts } from '../../db/schema';
import { saveOrganisationContact, supporterAvailability } from '../care';
import { createReport, decideAppeal, decideReport, fileAppeal } from '../moderation';
import type { Actor } from '../shared';
import { createHelpRequest } from './create-help-request';
import { findMatches } from './find-matches';
import { saveProfileExperience } from './save-profile-experience';
import { saveSupporterOffer } from './save-supporter-offer';
import { endAccompaniment } from './end-accompaniment';
import { setCoolDown } from './set-cool-down';
import { countPendingContacts, requestResumption, sendContactRequest } from './send-contact-request';
import { supporterDashboard } from './supporter-dashboard';
import { viewProfile } from './view-profile';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const HOPES = 'Parler à quelqu’un qui entend des voix lui aussi, le soir de préférence.';

/** An organisation with a member, two peer supporters offering "entente de voix", a moderator. */
async function scene() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['member', 'peer_supporter', 'peer_supporter', 'moderator', 'coordinator']
	});
	const [member, supporter, other, moderator, coordinator] = members as unknown as Actor[];
	for (const person of [supporter!, other!])
		await saveSupporterOffer(contextFor(db(), person), {
			experienceIds: [VOICES],
			formats: ['chat'],
			languages: ['fr'],
			capacity: 3
		});
	return {
		organisation,
		member: member!,
		supporter: supporter!,
		other: other!,
		moderator: moderator!,
		coordinator: coordinator!
	};
}

describe('a help request hidden by moderation', () => {
	it('disappears from the supporter’s dashboard and from matching, and comes back on appeal', async () => {
		const s = await scene();
		await saveProfileExperience(contextFor(db(), s.member), {
			experienceId: VOICES,
			visibility: 'my_supporters',
			detail: 'Depuis mes vingt ans.'
		});
		const { id: helpRequestId } = await createHelpRequest(contextFor(db(), s.member), {
			experienceIds: [VOICES],
			formats: ['chat'],
			hopes: HOPES
		});
		await sendContactRequest(contextFor(db(), s.member), {
			helpRequestId,
			supporterId: s.supporter.accountId
		});
		const before = await supporterDashboard(contextFor(db(), s.supporter));
		expect(before.pending.map((row) => row.hopes)).toEqual([HOPES]);
		expect(await countPendingContacts(contextFor(db(), s.supporter))).toBe(1);

		const { id: reportId } = await createReport(contextFor(db(), s.supporter), {
			subjectKind: 'help_request',
			subjectId: helpRequestId,
			reason: 'other'
		});
		const { decisionId } = await decideReport(contextFor(db(), s.moderator), {
			reportId,
			action: 'hide_content',
			ground: 'other',
			statement: 'Cette demande contient des propos qui ne respectent pas la charte du groupe.'
		});

		const after = await supporterDashboard(contextFor(db(), s.supporter));
		expect(after.pending).toEqual([]);
		// The dashboard's badge counts what the dashboard lists.
		expect(await countPendingContacts(contextFor(db(), s.supporter))).toBe(0);
		expect(JSON.stringify(after)).not.toContain(HOPES);
		// Nor is the supporter "in contact" with the requester any more through that request.
		const profile = await viewProfile(contextFor(db(), s.supporter), { accountId: s.member.accountId });
		expect(JSON.stringify(profile)).not.toContain('Depuis mes vingt ans.');
		await expect(findMatches(contextFor(db(), s.member), { helpRequestId })).rejects.toMatchObject({
			code: 'CONFLICT',
			messageKey: 'error.helpRequestHidden'
		});
		await expect(
			sendContactRequest(contextFor(db(), s.member), { helpRequestId, supporterId: s.other.accountId })
		).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'error.helpRequestHidden' });

		const appeal = await fileAppeal(contextFor(db(), s.member), {
			decisionId,
			reason: 'Je parlais de mon expérience, sans viser personne : je ne comprends pas.'
		});
		await decideAppeal(contextFor(db(), s.coordinator), {
			appealId: appeal.id,
			outcome: 'reversed',
			statement: 'En relisant, la demande décrit une expérience vécue et respecte la charte.'
		});
		const restored = await supporterDashboard(contextFor(db(), s.supporter));
		expect(restored.pending.map((row) => row.hopes)).toEqual([HOPES]);
		expect(await countPendingContacts(contextFor(db(), s.supporter))).toBe(1);
		await expect(findMatches(contextFor(db(), s.member), { helpRequestId })).resolves.toBeDefined();
	});
});

describe('a suspended supporter', () => {
	it('is proposed to nobody until the suspension ends', async () => {
		const s = await scene();
		const clock = fixedClock(new Date('2026-11-26T10:00:00Z'));
		const { id: helpRequestId } = await createHelpRequest(contextFor(db(), s.member), {
			experienceIds: [VOICES],
			formats: ['chat']
		});
		const proposed = async () =>
			(await findMatches(contextFor(db(), s.member, { clock }), { helpRequestId })).matches
				.map((match) => match.supporterId)
				.sort();
		expect(await proposed()).toEqual([s.supporter.accountId, s.other.accountId].sort());
		// As a suspension decision leaves it (decide-report.ts sets suspended_until).
		await db()
			.update(accounts)
			.set({ suspendedUntil: new Date('2026-12-03T10:00:00Z') })
			.where(eq(accounts.id, s.supporter.accountId));
		expect(await proposed()).toEqual([s.other.accountId]);
		await expect(
			sendContactRequest(contextFor(db(), s.member, { clock }), {
				helpRequestId,
				supporterId: s.supporter.accountId
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND', messageKey: 'error.supporterUnavailable' });
		clock.advance(8 * 24 * 60 * 60 * 1000);
		expect(await proposed()).toEqual([s.supporter.accountId, s.other.accountId].sort());
	});

	it('shows the person they accompany that they are away, without saying until when, nor why', async () => {
		const s = await scene();
		const clock = fixedClock(new Date('2026-11-26T10:00:00Z'));
		await saveOrganisationContact(contextFor(db(), s.coordinator), {
			slug: s.organisation.slug,
			label: 'Permanence du GEM',
			phone: '04 72 00 00 00',
			onDuty: 'thu-14:00-18:00'
		});
		const { accompanimentId } = await openAccompaniment(db(), s.member, s.supporter);
		const availability = () =>
			supporterAvailability(contextFor(db(), s.member, { clock }), { accompanimentId });
		expect(await availability()).toMatchObject({ away: false });
		await db()
			.update(accounts)
			.set({ suspendedUntil: new Date('2026-12-03T10:00:00Z') })
			.where(eq(accounts.id, s.supporter.accountId));
		expect(await availability()).toMatchObject({
			away: true,
			until: null,
			organisation: expect.objectContaining({ organisationId: s.organisation.id })
		});
		clock.advance(8 * 24 * 60 * 60 * 1000);
		expect(await availability()).toMatchObject({ away: false });
	});

	it('cannot be asked to resume, with the same answer as a supporter who is away', async () => {
		const s = await scene();
		const clock = fixedClock(new Date('2026-11-26T10:00:00Z'));
		const { accompanimentId } = await openAccompaniment(db(), s.member, s.supporter);
		await endAccompaniment(contextFor(db(), s.member), { accompanimentId });
		const resume = (supporterId: string) =>
			requestResumption(contextFor(db(), s.member, { clock }), { supporterId });
		// Away (a cool-down): this is the answer a suspension must not be told apart from.
		await setCoolDown(contextFor(db(), s.supporter, { clock }), { duration: '7d' });
		const answer = (error: { code: string; messageKey: string }) => ({
			code: error.code,
			messageKey: error.messageKey
		});
		const away = await resume(s.supporter.accountId).catch(answer);
		expect(away).toEqual({ code: 'CONFLICT', messageKey: 'error.supporterUnavailable' });

		const { accompanimentId: second } = await openAccompaniment(db(), s.member, s.other);
		await endAccompaniment(contextFor(db(), s.member), { accompanimentId: second });
		await db()
			.update(accounts)
			.set({ suspendedUntil: new Date('2026-12-03T10:00:00Z') })
			.where(eq(accounts.id, s.other.accountId));
		expect(await resume(s.other.accountId).catch(answer)).toEqual(away);

		// Once the suspension is over, the person can ask again.
		clock.advance(8 * 24 * 60 * 60 * 1000);
		await expect(resume(s.other.accountId)).resolves.toMatchObject({ id: expect.any(String) });
	});
});
