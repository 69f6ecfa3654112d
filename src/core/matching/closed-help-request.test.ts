import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, fixedClock } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { purgeExpiredRecords } from '../retention';
import type { Actor } from '../shared';
import { createHelpRequest } from './create-help-request';
import { findMatches } from './find-matches';
import { mySupport } from './my-support';
import { saveSupporterOffer } from './save-supporter-offer';
import { sendContactRequest } from './send-contact-request';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const DAY = 24 * 60 * 60 * 1000;

/** A member who asked for help, open 7 days, and two peer supporters who could answer it. */
async function scene() {
	const { members } = await buildOrganisation(db(), {
		members: ['member', 'peer_supporter', 'peer_supporter']
	});
	const [member, first, second] = members as unknown as [Actor, Actor, Actor];
	for (const supporter of [first, second])
		await saveSupporterOffer(contextFor(db(), supporter), {
			experienceIds: [VOICES],
			formats: ['chat'],
			languages: ['fr'],
			capacity: 3
		});
	const clock = fixedClock(new Date());
	const as = (actor: Actor) => contextFor(db(), actor, { clock });
	const { id: helpRequestId } = await createHelpRequest(as(member), {
		experienceIds: [VOICES],
		formats: ['chat'],
		openDays: '7'
	});
	return { member, first, second, clock, as, helpRequestId };
}

const closed = { code: 'CONFLICT', messageKey: 'error.helpRequestClosed' };

describe('a help request whose open time ran out', () => {
	it('is neither matched nor sent once its closing time passed, even before the purge ran', async () => {
		const s = await scene();
		const matches = () => findMatches(s.as(s.member), { helpRequestId: s.helpRequestId });
		const listed = async () => (await mySupport(s.as(s.member))).requests[0];
		expect((await matches()).matches).toHaveLength(2);
		await sendContactRequest(s.as(s.member), {
			helpRequestId: s.helpRequestId,
			supporterId: s.first.accountId
		});
		expect(await listed()).toMatchObject({ id: s.helpRequestId, closed: false });

		s.clock.advance(7 * DAY + 1000);
		await expect(matches()).rejects.toMatchObject(closed);
		await expect(
			sendContactRequest(s.as(s.member), { helpRequestId: s.helpRequestId, supporterId: s.second.accountId })
		).rejects.toMatchObject(closed);
		expect(await listed()).toMatchObject({ id: s.helpRequestId, closed: true });
	});

	it('stays closed once the purge marked it, whatever the clock of the process asking', async () => {
		const s = await scene();
		await purgeExpiredRecords(db(), new Date(s.clock.now().getTime() + 8 * DAY));
		// This process's clock is still before the closing date: the status alone says it is closed.
		await expect(findMatches(s.as(s.member), { helpRequestId: s.helpRequestId })).rejects.toMatchObject(
			closed
		);
		await expect(
			sendContactRequest(s.as(s.member), { helpRequestId: s.helpRequestId, supporterId: s.first.accountId })
		).rejects.toMatchObject(closed);
		expect((await mySupport(s.as(s.member))).requests[0]).toMatchObject({ closed: true });
	});
});
