import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/browser';
import { callApi, joinDemoGem, signUpForApi } from './support/api';

// The chronic-illness branch: the demo and the page journey match on other branches, so the supporter made
// here is never proposed to them, and theirs never to this member.
const DIABETES = 'maladies-chroniques/diabete';
const EPILEPSY = 'maladies-chroniques/epilepsie';
const HIV = 'maladies-chroniques/vih';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Answer {
	status: number;
	contentType: string;
	body: unknown;
}

/** Calls the API and returns whatever it answers, problems included. */
async function send(token: string | null, method: string, path: string, body?: unknown): Promise<Answer> {
	const response = await fetch(new URL(`/api/v1${path}`, baseUrl()), {
		method,
		headers: {
			'content-type': 'application/json',
			...(token ? { authorization: `Bearer ${token}` } : {})
		},
		body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
	});
	const text = await response.text();
	return {
		status: response.status,
		contentType: response.headers.get('content-type') ?? '',
		body: text ? JSON.parse(text) : undefined
	};
}

/** The API answer, failing the test unless it succeeded. */
const api = <T>(token: string, method: string, path: string, body?: unknown) =>
	callApi(token, method, `/api/v1${path}`, body) as Promise<T>;

async function expectProblem(answer: Promise<Answer>, status: number, what: string) {
	const { status: actual, contentType, body } = await answer;
	expect(actual, `${what}: ${JSON.stringify(body)}`).toBe(status);
	expect(contentType, what).toContain('application/problem+json');
}

interface Match {
	supporterId: string;
	contactStatus: string | null;
	explanations: { experienceId: string; closeness: string; livedToo: boolean }[];
}
interface Dashboard {
	isSupporter: boolean;
	offer: { paused: boolean; capacity: number; experienceIds: string[]; introduction: string } | null;
	pending: {
		contactRequestId: string;
		pseudonym: string;
		hopes: string | null;
		experiences: { label: string; detail: string }[];
	}[];
	open: { accompanimentId: string }[];
	load: { open: number; capacity: number };
}
interface Accompaniment {
	accompanimentId: string;
	status: string;
	requesterPseudonym: string;
	supporterPseudonym: string;
	endedAt: string | null;
	actorIsSupporter: boolean;
}

/** A new peer supporter of the demo GEM, with one experience shown to its members and one kept to themselves. */
async function newSupporter() {
	const supporter = await signUpForApi('Pair');
	await joinDemoGem(
		supporter.token,
		[
			{ experienceId: DIABETES, detail: 'Diabétique depuis mes douze ans.', visibility: 'my_organisations' },
			{ experienceId: EPILEPSY, detail: 'Secret du pair : crises la nuit.', visibility: 'only_me' }
		],
		'peer_supporter'
	);
	return supporter;
}

describe('the peer-matching API', () => {
	it('walks an offer, a help request, matches, contact, an accompaniment and a block, showing only what visibility allows', async () => {
		const supporter = await newSupporter();
		const saved = await api<{ experienceIds: string[]; capacity: number }>(
			supporter.token,
			'PUT',
			'/me/offer',
			{
				experienceIds: [DIABETES, EPILEPSY],
				formats: ['chat', 'video'],
				languages: ['fr'],
				area: 'Lyon',
				availability: ['mon-18:00-20:00', 'mon-18:00-20:00', ' thu-12:00-18:00 '],
				introduction: ' Diabétique, j’aime écrire. ',
				capacity: 2
			}
		);
		expect(saved).toMatchObject({
			experienceIds: [DIABETES, EPILEPSY],
			capacity: 2,
			paused: false,
			availability: ['mon-18:00-20:00', 'thu-12:00-18:00'],
			introduction: 'Diabétique, j’aime écrire.'
		});
		const empty = await api<Dashboard>(supporter.token, 'GET', '/me/offer');
		expect(empty).toMatchObject({ isSupporter: true, pending: [], open: [], load: { open: 0, capacity: 2 } });
		expect(empty.offer).toMatchObject({ introduction: 'Diabétique, j’aime écrire.' });

		// The member lives with diabetes (shared with their supporters) and HIV (kept to themselves).
		const member = await signUpForApi('Membre');
		await joinDemoGem(member.token, [
			{ experienceId: DIABETES, detail: 'Détail partagé : insuline.', visibility: 'my_supporters' },
			{ experienceId: HIV, detail: 'Secret du membre : traitement.', visibility: 'only_me' }
		]);
		const stranger = await signUpForApi('Inconnu');
		await joinDemoGem(stranger.token, []);

		const request = await send(member.token, 'POST', '/help-requests', {
			experienceIds: [DIABETES, EPILEPSY],
			formats: ['chat'],
			hopes: 'Parler de la vie avec un traitement.',
			area: 'Lyon',
			availability: ['mon-19:00-21:00']
		});
		expect(request.status).toBe(201);
		const helpRequestId = (request.body as { id: string }).id;

		// Matches explain why; an experience the supporter keeps to themselves is offered, never "lived too".
		const matches = await api<{ request: { id: string }; matches: Match[] }>(
			member.token,
			'GET',
			`/help-requests/${helpRequestId}/matches`
		);
		expect(matches.request.id).toBe(helpRequestId);
		const match = matches.matches.find((candidate) => candidate.supporterId === supporter.accountId);
		expect(match, 'the new supporter is proposed').toBeDefined();
		expect(match!.contactStatus).toBeNull();
		// Before asking: the supporter's words and usual times, and whether they fit the member's.
		expect(match).toMatchObject({
			introduction: 'Diabétique, j’aime écrire.',
			availability: ['mon-18:00-20:00', 'thu-12:00-18:00'],
			availableTogether: true
		});
		expect(matches.request).toMatchObject({ availability: ['mon-19:00-21:00'] });
		const explained = Object.fromEntries(match!.explanations.map((entry) => [entry.experienceId, entry]));
		expect(explained[DIABETES]).toMatchObject({ closeness: 'same', livedToo: true });
		expect(explained[EPILEPSY]).toMatchObject({ closeness: 'same', livedToo: false });
		expect(JSON.stringify(matches)).not.toContain('Secret du pair');
		const supporterProfile = await api<{ experiences: { experienceId: string }[] }>(
			member.token,
			'GET',
			`/people/${supporter.accountId}/profile`
		);
		expect(supporterProfile.experiences.map((entry) => entry.experienceId)).toEqual([DIABETES]);

		// A stranger (even in the same GEM) cannot tell that the help request exists.
		await expectProblem(
			send(stranger.token, 'GET', `/help-requests/${helpRequestId}/matches`),
			404,
			'stranger reads matches'
		);
		await expectProblem(
			send(stranger.token, 'POST', `/help-requests/${helpRequestId}/contact-requests`, {
				supporterId: supporter.accountId
			}),
			404,
			'stranger sends a contact request on it'
		);

		const contact = await send(member.token, 'POST', `/help-requests/${helpRequestId}/contact-requests`, {
			supporterId: supporter.accountId
		});
		expect(contact.status).toBe(201);
		const contactRequestId = (contact.body as { id: string }).id;
		await expectProblem(
			send(member.token, 'POST', `/help-requests/${helpRequestId}/contact-requests`, {
				supporterId: supporter.accountId
			}),
			409,
			'the same contact request twice'
		);
		const support = await api<{
			requests: { id: string }[];
			contacts: { contactRequestId: string; status: string }[];
		}>(member.token, 'GET', '/me/support');
		expect(support.requests.map((entry) => entry.id)).toContain(helpRequestId);
		expect(support.contacts).toContainEqual(expect.objectContaining({ contactRequestId, status: 'pending' }));

		// The supporter sees what the member shares with supporters, never what they keep to themselves.
		const waiting = await api<Dashboard>(supporter.token, 'GET', '/me/offer');
		const incoming = waiting.pending.find((entry) => entry.contactRequestId === contactRequestId);
		expect(incoming).toMatchObject({
			pseudonym: member.pseudonym,
			hopes: 'Parler de la vie avec un traitement.'
		});
		expect(incoming!.experiences).toEqual([
			expect.objectContaining({ label: 'Diabète', detail: 'Détail partagé : insuline.' })
		]);
		const memberProfile = await api<unknown>(supporter.token, 'GET', `/people/${member.accountId}/profile`);
		for (const answer of [waiting, memberProfile]) {
			const text = JSON.stringify(answer);
			expect(text).toContain('Détail partagé');
			expect(text).not.toContain(HIV);
			expect(text).not.toContain('VIH');
			expect(text).not.toContain('Secret du membre');
		}

		await expectProblem(
			send(stranger.token, 'PATCH', `/contact-requests/${contactRequestId}`, { decision: 'accept' }),
			404,
			'stranger accepts'
		);
		const accepted = await api<{ status: string; accompanimentId: string }>(
			supporter.token,
			'PATCH',
			`/contact-requests/${contactRequestId}`,
			{ decision: 'accept' }
		);
		expect(accepted.status).toBe('accepted');
		const { accompanimentId } = accepted;

		// Both parties see the accompaniment; anyone else gets "not found".
		const path = `/accompaniments/${accompanimentId}`;
		const seenBySupporter = await api<Accompaniment>(supporter.token, 'GET', path);
		const seenByMember = await api<Accompaniment>(member.token, 'GET', path);
		expect(seenBySupporter).toMatchObject({
			status: 'open',
			requesterPseudonym: member.pseudonym,
			supporterPseudonym: supporter.pseudonym,
			actorIsSupporter: true
		});
		expect(seenByMember).toMatchObject({ status: 'open', actorIsSupporter: false });
		expect(JSON.stringify(seenBySupporter)).not.toContain('Secret du membre');
		await expectProblem(send(stranger.token, 'GET', path), 404, 'stranger reads the accompaniment');
		await expectProblem(send(stranger.token, 'POST', `${path}/end`), 404, 'stranger ends it');
		const busy = await api<Dashboard>(supporter.token, 'GET', '/me/offer');
		expect(busy.open.map((entry) => entry.accompanimentId)).toContain(accompanimentId);
		expect(busy.load).toEqual({ open: 1, capacity: 2 });
		const afterAccept = await api<{ matches: Match[] }>(
			member.token,
			'GET',
			`/help-requests/${helpRequestId}/matches`
		);
		expect(
			afterAccept.matches.find((entry) => entry.supporterId === supporter.accountId)?.contactStatus
		).toBe('accepted');

		// The member ends it without a reason; the supporter's load frees up.
		expect((await send(member.token, 'POST', `${path}/end`)).status).toBe(204);
		await expectProblem(send(member.token, 'POST', `${path}/end`), 409, 'ending twice');
		const ended = await api<Accompaniment>(supporter.token, 'GET', path);
		expect(ended.status).toBe('ended');
		expect(ended.endedAt).not.toBeNull();
		expect((await api<Dashboard>(supporter.token, 'GET', '/me/offer')).load.open).toBe(0);

		// Asking to start again: withdrawn once, then declined with a kind message.
		const resumption = `/supporters/${supporter.accountId}/resumption`;
		await expectProblem(send(stranger.token, 'POST', resumption), 404, 'stranger asks to resume');
		const first = await send(member.token, 'POST', resumption);
		expect(first.status).toBe(201);
		const withdrawn = await api<{ status: string }>(
			member.token,
			'PATCH',
			`/contact-requests/${(first.body as { id: string }).id}`,
			{ decision: 'withdraw' }
		);
		expect(withdrawn.status).toBe('withdrawn');
		const second = await send(member.token, 'POST', resumption);
		expect(second.status).toBe(201);
		const secondId = (second.body as { id: string }).id;
		const declined = await api<{ status: string; accompanimentId: null }>(
			supporter.token,
			'PATCH',
			`/contact-requests/${secondId}`,
			{ decision: 'decline', declineMessage: 'decline.takeCare' }
		);
		expect(declined).toEqual({ status: 'declined', accompanimentId: null });
		const told = await api<{
			contacts: { contactRequestId: string; status: string; declineMessage: string }[];
		}>(member.token, 'GET', '/me/support');
		expect(told.contacts).toContainEqual(
			expect.objectContaining({
				contactRequestId: secondId,
				status: 'declined',
				declineMessage: 'decline.takeCare'
			})
		);

		// A block is silent and final: the supporter is no longer proposed nor reachable.
		expect((await send(member.token, 'POST', '/blocks', { accountId: supporter.accountId })).status).toBe(
			204
		);
		const afterBlock = await api<{ matches: Match[] }>(
			member.token,
			'GET',
			`/help-requests/${helpRequestId}/matches`
		);
		expect(afterBlock.matches.map((entry) => entry.supporterId)).not.toContain(supporter.accountId);
		await expectProblem(send(member.token, 'POST', resumption), 404, 'resuming after a block');

		// The supporter pauses their offer in one call.
		expect(await api(supporter.token, 'PATCH', '/me/offer', { paused: true })).toEqual({ paused: true });
		expect((await api<Dashboard>(supporter.token, 'GET', '/me/offer')).offer?.paused).toBe(true);
	});

	it('answers bad bodies and malformed ids with 400 problems, never a server error', async () => {
		const supporter = await newSupporter();
		const offer = { experienceIds: [DIABETES], formats: ['chat'], languages: ['fr'], capacity: 2 };
		const bad: Array<[string, string, unknown]> = [
			['PUT', '/me/offer', { ...offer, experienceIds: [] }],
			['PUT', '/me/offer', { ...offer, experienceIds: ['maladies-chroniques/inconnue'] }],
			['PUT', '/me/offer', { ...offer, formats: ['telepathy'] }],
			['PUT', '/me/offer', { ...offer, capacity: 99 }],
			['PUT', '/me/offer', { ...offer, availability: ['someday'] }],
			['PUT', '/me/offer', { ...offer, area: 42 }],
			['PUT', '/me/offer', 'not json'],
			['PATCH', '/me/offer', '[]'],
			['POST', '/help-requests', {}],
			['POST', '/help-requests', { experienceIds: [DIABETES], formats: [] }],
			['POST', '/help-requests', { experienceIds: [DIABETES], formats: ['chat'], language: 'klingon' }],
			['POST', '/help-requests', { experienceIds: [DIABETES], formats: ['chat'], hopes: 'x'.repeat(2001) }],
			['POST', '/help-requests', 'null'],
			['GET', '/help-requests/not-a-uuid/matches', undefined],
			['POST', `/help-requests/${UNKNOWN_ID}/contact-requests`, { supporterId: 'not-a-uuid' }],
			['POST', '/help-requests/not-a-uuid/contact-requests', { supporterId: UNKNOWN_ID }],
			['PATCH', `/contact-requests/${UNKNOWN_ID}`, {}],
			['PATCH', `/contact-requests/${UNKNOWN_ID}`, { decision: 'maybe' }],
			['PATCH', `/contact-requests/${UNKNOWN_ID}`, { decision: 'decline', declineMessage: 'Pas envie.' }],
			['PATCH', '/contact-requests/not-a-uuid', { decision: 'accept' }],
			['POST', '/supporters/not-a-uuid/resumption', undefined],
			['GET', '/accompaniments/not-a-uuid', undefined],
			['POST', '/accompaniments/not-a-uuid/end', undefined],
			['POST', '/blocks', {}],
			['POST', '/blocks', { accountId: 'not-a-uuid' }],
			['POST', '/blocks', { accountId: supporter.accountId }]
		];
		for (const [method, path, body] of bad) {
			await expectProblem(
				send(supporter.token, method, path, body),
				400,
				`${method} ${path} ${JSON.stringify(body)}`
			);
		}
		const unknown: Array<[string, string, unknown]> = [
			['GET', `/help-requests/${UNKNOWN_ID}/matches`, undefined],
			['POST', `/help-requests/${UNKNOWN_ID}/contact-requests`, { supporterId: UNKNOWN_ID }],
			['PATCH', `/contact-requests/${UNKNOWN_ID}`, { decision: 'withdraw' }],
			['POST', `/supporters/${UNKNOWN_ID}/resumption`, undefined],
			['GET', `/accompaniments/${UNKNOWN_ID}`, undefined],
			['POST', `/accompaniments/${UNKNOWN_ID}/end`, undefined],
			['POST', '/blocks', { accountId: UNKNOWN_ID }]
		];
		for (const [method, path, body] of unknown) {
			await expectProblem(send(supporter.token, method, path, body), 404, `${method} ${path}`);
		}
		// Nothing was saved along the way: the supporter still has no offer to pause.
		expect((await api<Dashboard>(supporter.token, 'GET', '/me/offer')).offer).toBeNull();
		await expectProblem(
			send(supporter.token, 'PATCH', '/me/offer', { paused: true }),
			403,
			'pausing no offer'
		);
	});

	it('keeps every peer-matching endpoint behind sign-in', async () => {
		const endpoints: Array<[string, string]> = [
			['GET', '/me/offer'],
			['PUT', '/me/offer'],
			['PATCH', '/me/offer'],
			['GET', '/me/support'],
			['POST', '/help-requests'],
			['GET', `/help-requests/${UNKNOWN_ID}/matches`],
			['POST', `/help-requests/${UNKNOWN_ID}/contact-requests`],
			['PATCH', `/contact-requests/${UNKNOWN_ID}`],
			['POST', `/supporters/${UNKNOWN_ID}/resumption`],
			['GET', `/accompaniments/${UNKNOWN_ID}`],
			['POST', `/accompaniments/${UNKNOWN_ID}/end`],
			['POST', '/blocks']
		];
		for (const [method, path] of endpoints) {
			await expectProblem(
				send(null, method, path, method === 'GET' ? undefined : {}),
				401,
				`${method} ${path}`
			);
		}
	});
});
