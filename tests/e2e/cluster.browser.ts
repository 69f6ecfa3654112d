import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, kill, openStream, signIn, startApp, freePort, type AppProcess } from './support/cluster';
import { createPostgresDatabase, type PostgresDatabase } from '../support/postgres-database';

// Two processes of the built app (A and B) on one PostgreSQL database, as behind a load balancer: what
// one process acknowledges, the other serves, live (LISTEN/NOTIFY) and after crashes. No browser needed;
// it runs with the journeys because they always have a fresh build. PostgreSQL only (CI sets it).
const serverUrl = process.env.TEST_DATABASE_URL;
const VOICES = 'troubles-psychiques/entente-de-voix';
const KEPT_A_MINUTE = { SIGNED_IN_PAGE_CACHE_MS: '60000' };

describe.skipIf(!serverUrl)('two app processes on one PostgreSQL database', () => {
	let database: PostgresDatabase | undefined;
	let databaseUrl = '';
	let a: AppProcess | undefined;
	let b: AppProcess | undefined;
	let portB = 0;
	let camille = '';
	let sacha = '';
	let conversationId = '';
	const streams: Array<ReturnType<typeof openStream>> = [];

	const send = async (base: string, body: string) => {
		const sent = await call(base, camille, 'POST', `/api/v1/conversations/${conversationId}/messages`, {
			messageId: randomUUID(),
			body
		});
		expect(sent.status).toBe(201);
		return sent.body as { seq: number };
	};
	const stream = (base: string, lastEventId?: number) => {
		const opened = openStream(base, sacha, conversationId, lastEventId);
		streams.push(opened);
		return opened;
	};

	beforeAll(async () => {
		database = await createPostgresDatabase(serverUrl!, { prefix: 'ep_cluster' });
		databaseUrl = database.url;
		// A first, alone: it applies the migrations and seeds the demo; B then finds them done. Signed-in
		// pages are kept a minute (2 s by default): only an event can make a process forget one sooner.
		a = await startApp(await freePort(), databaseUrl, KEPT_A_MINUTE);
		portB = await freePort();
		b = await startApp(portB, databaseUrl, KEPT_A_MINUTE);

		// Camille (member) asks Sacha (peer supporter) through A; Sacha accepts through B.
		camille = await signIn(a.url, 'Camille');
		sacha = await signIn(b.url, 'Sacha');
		const help = await call(a.url, camille, 'POST', '/api/v1/help-requests', {
			experienceIds: [VOICES],
			formats: ['chat']
		});
		const { body: found } = await call(
			a.url,
			camille,
			'GET',
			`/api/v1/help-requests/${help.body.id}/matches`
		);
		const match = (found as { matches: Array<{ supporterId: string; pseudonym: string }> }).matches.find(
			(candidate) => candidate.pseudonym === 'Sacha'
		);
		expect(match, 'Sacha is proposed to Camille').toBeDefined();
		const contact = await call(
			a.url,
			camille,
			'POST',
			`/api/v1/help-requests/${help.body.id}/contact-requests`,
			{
				supporterId: match!.supporterId
			}
		);
		const accepted = await call(b.url, sacha, 'PATCH', `/api/v1/contact-requests/${contact.body.id}`, {
			decision: 'accept'
		});
		const { body: conversations } = await call(a.url, camille, 'GET', '/api/v1/conversations');
		conversationId = (conversations as Array<{ id: string; accompanimentId: string }>).find(
			(conversation) => conversation.accompanimentId === accepted.body.accompanimentId
		)!.id;
	});

	afterAll(async () => {
		for (const opened of streams) opened.close();
		await Promise.all([kill(a), kill(b)]);
		await database?.drop().catch(() => {});
	});

	it('delivers a message sent through A to a stream open on B', async () => {
		const reader = stream(b!.url);
		await reader.ready;
		const latencies: number[] = [];
		for (let index = 1; index <= 5; index++) {
			const body = `live ${index}`;
			const started = performance.now();
			await send(a!.url, body);
			latencies.push((await reader.waitFor(body)) - started);
		}
		console.log(`cluster: send on A -> delivery on B: ${latencies.map((ms) => ms.toFixed(1)).join(', ')} ms`);
		expect(reader.messages().map((message) => message.body)).toEqual([1, 2, 3, 4, 5].map((n) => `live ${n}`));
		reader.close();
	});

	it('forgets on B the pages kept for a session that signed out through A', async () => {
		const token = await signIn(a!.url, 'Camille');
		const page = `${b!.url}/conversations/${conversationId}`;
		const view = (cookie: string) => fetch(page, { headers: { cookie }, redirect: 'manual' });
		const mine = `ep_session=${token}`;
		// Sacha first: a view that records a read marker empties every kept page (it changed the header's counts).
		const sachasView = await view(`ep_session=${sacha}`);
		expect(sachasView.status).toBe(200);
		const sachasPage = await sachasView.text();
		// Each render holds a new id for the next message: two answers alike mean the second one was kept.
		let previous = '';
		let kept = false;
		for (let attempt = 0; attempt < 6 && !kept; attempt++) {
			const answer = await view(mine);
			expect(answer.status).toBe(200);
			const body = await answer.text();
			kept = body === previous;
			previous = body;
		}
		expect(kept, 'B sends the page again to the same session').toBe(true);
		expect(sachasPage).not.toBe(previous);

		const signedOut = await fetch(`${a!.url}/api/v1/session`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${token}` }
		});
		expect(signedOut.ok).toBe(true);
		// The event reaches B through PostgreSQL in milliseconds; the page would otherwise be kept a minute.
		const deadline = Date.now() + 10_000;
		let status = 200;
		while (Date.now() < deadline && status === 200) {
			status = (await view(mine)).status;
			if (status === 200) await new Promise((resolve) => setTimeout(resolve, 50));
		}
		expect(status, 'the signed-out session is sent to the sign-in page').toBe(303);
	});

	it('gives a reader of a killed and restarted B everything it missed, in order, once', async () => {
		const reader = stream(b!.url);
		await reader.ready;
		await send(a!.url, 'before the crash');
		await reader.waitFor('before the crash');
		const lastSeen = reader.messages().at(-1)!.seq;

		await kill(b);
		const missed = [1, 2, 3, 4].map((n) => `while B was down ${n}`);
		for (const body of missed) await send(a!.url, body);
		b = await startApp(portB, databaseUrl);

		// The browser's EventSource reconnects with the last id it saw; then the conversation goes on.
		const resumed = stream(b.url, lastSeen);
		await resumed.ready;
		await resumed.waitFor(missed.at(-1)!);
		await send(a!.url, 'after the restart');
		await resumed.waitFor('after the restart');
		const received = resumed.messages();
		expect(received.map((message) => message.body)).toEqual([...missed, 'after the restart']);
		const sequence = received.map((message) => message.seq);
		expect(sequence).toEqual([...sequence].sort((x, y) => x - y));
		expect(new Set(sequence).size).toBe(sequence.length);
		expect(sequence[0]).toBeGreaterThan(lastSeen);
		expect(reader.ended(), 'the stream of the killed process ended').toBe(true);
	});

	it('keeps a message A acknowledged just before being killed, readable through B', async () => {
		const reader = stream(b!.url);
		await reader.ready;
		await send(a!.url, 'just before A goes');
		await reader.waitFor('just before A goes');
		const before = reader.messages().at(-1)!.seq;

		const acknowledged = await send(a!.url, 'acknowledged, then A is killed');
		await kill(a);
		const { body: page } = await call(
			b!.url,
			sacha,
			'GET',
			`/api/v1/conversations/${conversationId}/messages`
		);
		expect((page as { messages: Array<{ seq: number; body: string }> }).messages.at(-1)).toMatchObject({
			seq: acknowledged.seq,
			body: 'acknowledged, then A is killed'
		});
		const resumed = stream(b!.url, before);
		await resumed.ready;
		await resumed.waitFor('acknowledged, then A is killed');
		expect(resumed.messages()).toEqual([{ seq: acknowledged.seq, body: 'acknowledged, then A is killed' }]);
	});
});
