import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { accompaniments, contactRequests } from '../../db/schema';
import type { Actor } from '../shared';
import { createHelpRequest } from './create-help-request';
import { decideContactRequest } from './decide-contact-request';
import { MAX_PENDING_CONTACT_REQUESTS } from './offer-vocabulary';
import { saveSupporterOffer } from './save-supporter-offer';
import { sendContactRequest } from './send-contact-request';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';

/** Settles every call and counts what they ended with: 'ok' or the error's code. */
async function tally(calls: Array<Promise<unknown>>) {
	const results = await Promise.all(
		calls.map((call) =>
			call.then(
				() => 'ok',
				(error: { code?: string }) => error.code ?? String(error)
			)
		)
	);
	return results.reduce<Record<string, number>>((counts, result) => {
		counts[result] = (counts[result] ?? 0) + 1;
		return counts;
	}, {});
}

/** An organisation with `supporters` peer supporters offering "entente de voix" and `requesters` members. */
async function buildPeople(supporterCount: number, requesterCount: number, capacity = 3) {
	const { members } = await buildOrganisation(db(), {
		members: [...Array(supporterCount).fill('peer_supporter'), ...Array(requesterCount).fill('member')]
	});
	const people = members as unknown as Actor[];
	const supporters = people.slice(0, supporterCount);
	for (const supporter of supporters) {
		await saveSupporterOffer(contextFor(db(), supporter), {
			experienceIds: [VOICES],
			formats: ['chat'],
			languages: ['fr'],
			capacity
		});
	}
	return { supporters, requesters: people.slice(supporterCount) };
}

async function requestContact(requester: Actor, supporter: Actor) {
	const help = await createHelpRequest(contextFor(db(), requester), {
		experienceIds: [VOICES],
		formats: ['chat']
	});
	return sendContactRequest(contextFor(db(), requester), {
		helpRequestId: help.id,
		supporterId: supporter.accountId
	});
}

describe('contact requests under concurrency', () => {
	it('keeps at most 3 pending requests, one per supporter, when 30 are sent at once', async () => {
		const { supporters, requesters } = await buildPeople(6, 1);
		const [requester] = requesters as [Actor];
		const { id: helpRequestId } = await createHelpRequest(contextFor(db(), requester), {
			experienceIds: [VOICES],
			formats: ['chat']
		});
		const sends = Array.from({ length: 30 }, (_, index) =>
			sendContactRequest(contextFor(db(), requester), {
				helpRequestId,
				supporterId: supporters[index % supporters.length]!.accountId
			})
		);
		const outcome = await tally(sends);
		expect(outcome.ok).toBe(MAX_PENDING_CONTACT_REQUESTS);
		const pending = await db()
			.select({ supporterId: contactRequests.supporterId })
			.from(contactRequests)
			.where(
				and(eq(contactRequests.requesterId, requester.accountId), eq(contactRequests.status, 'pending'))
			);
		expect(pending).toHaveLength(MAX_PENDING_CONTACT_REQUESTS);
		expect(new Set(pending.map((row) => row.supporterId)).size).toBe(MAX_PENDING_CONTACT_REQUESTS);
	});

	it('records one decision when accepts, declines and withdrawals of a request arrive at once', async () => {
		const { supporters, requesters } = await buildPeople(1, 1);
		const [supporter] = supporters as [Actor];
		const [requester] = requesters as [Actor];
		const contact = await requestContact(requester, supporter);
		const decisions = Array.from({ length: 30 }, (_, index) => {
			const decision = (['decline', 'accept', 'withdraw'] as const)[index % 3]!;
			return decideContactRequest(contextFor(db(), decision === 'withdraw' ? requester : supporter), {
				contactRequestId: contact.id,
				decision
			});
		});
		expect(await tally(decisions)).toEqual({ ok: 1, CONFLICT: 29 });
		const [stored] = await db().select().from(contactRequests).where(eq(contactRequests.id, contact.id));
		const opened = await db()
			.select({ id: accompaniments.id })
			.from(accompaniments)
			.where(eq(accompaniments.contactRequestId, contact.id));
		// An accompaniment exists exactly when the request ended accepted.
		expect(opened).toHaveLength(stored!.status === 'accepted' ? 1 : 0);
	});

	it('never opens more accompaniments than the supporter’s capacity when 10 accepts arrive at once', async () => {
		const { supporters, requesters } = await buildPeople(1, 10, 2);
		const [supporter] = supporters as [Actor];
		const contacts = [];
		for (const requester of requesters) contacts.push(await requestContact(requester, supporter));
		const accepts = contacts.map((contact) =>
			decideContactRequest(contextFor(db(), supporter), { contactRequestId: contact.id, decision: 'accept' })
		);
		expect(await tally(accepts)).toEqual({ ok: 2, CONFLICT: 8 });
		const open = await db()
			.select({ id: accompaniments.id })
			.from(accompaniments)
			.where(and(eq(accompaniments.supporterId, supporter.accountId), eq(accompaniments.status, 'open')));
		expect(open).toHaveLength(2);
	});
});
