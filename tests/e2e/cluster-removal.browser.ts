import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, freePort, kill, openStream, signIn, startApp, type AppProcess } from './support/cluster';
import { createPostgresDatabase, type PostgresDatabase } from '../support/postgres-database';

// Removal from an organisation across two app processes on one PostgreSQL database: a coordinator removes
// a member through A while the member reads the organisation's group through B. PostgreSQL only.
const serverUrl = process.env.TEST_DATABASE_URL;
const GEM = 'gem-les-traboules';

describe.skipIf(!serverUrl)('removal from an organisation, across two app processes', () => {
	let database: PostgresDatabase | undefined;
	let a: AppProcess | undefined;
	let b: AppProcess | undefined;
	const streams: Array<ReturnType<typeof openStream>> = [];

	beforeAll(async () => {
		database = await createPostgresDatabase(serverUrl!, { prefix: 'ep_cluster' });
		// A first, alone: it applies the migrations and seeds the demo; B then finds them done.
		a = await startApp(await freePort(), database.url);
		b = await startApp(await freePort(), database.url);
	});

	afterAll(async () => {
		for (const opened of streams) opened.close();
		await Promise.all([kill(a), kill(b)]);
		await database?.drop().catch(() => {});
	});

	it('ends the removed member’s stream open on B when the coordinator removes them on A', async () => {
		const louise = await signIn(a!.url, 'Louise');
		const camille = await signIn(b!.url, 'Camille');
		const { body: me } = await call(b!.url, camille, 'GET', '/api/v1/me');
		const camilleId = (me as { id: string }).id;
		const { body: opened } = await call(
			a!.url,
			louise,
			'POST',
			`/api/v1/organisations/${GEM}/group-conversations`,
			{
				title: 'Groupe du mardi',
				participantIds: [camilleId]
			}
		);
		const conversationId = (opened as { conversationId: string }).conversationId;
		const say = (base: string, token: string, body: string) =>
			fetch(`${base}/api/v1/conversations/${conversationId}/messages`, {
				method: 'POST',
				headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
				body: JSON.stringify({ messageId: randomUUID(), body })
			});

		const reader = openStream(b!.url, camille, conversationId);
		streams.push(reader);
		await reader.ready;
		expect((await say(a!.url, louise, 'Bienvenue dans le groupe')).status).toBe(201);
		await reader.waitFor('Bienvenue dans le groupe');

		const { body: listed } = await call(
			a!.url,
			louise,
			'GET',
			`/api/v1/organisations/${GEM}/members?view=management`
		);
		const membership = (listed as { members: Array<{ id: string; pseudonym: string }> }).members.find(
			(member) => member.pseudonym === 'Camille'
		);
		const removedAt = performance.now();
		await call(a!.url, louise, 'DELETE', `/api/v1/organisations/${GEM}/members/${membership!.id}`);
		const deadline = Date.now() + 10_000;
		while (!reader.ended() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
		console.log(
			`cluster: removal on A -> stream closed on B: ${(performance.now() - removedAt).toFixed(1)} ms`
		);
		expect(reader.ended(), 'the stream on B ended').toBe(true);
		expect(reader.events().map((event) => event.event)).toContain('gone');

		// Whatever process they ask, they no longer read, write nor find the group.
		await say(a!.url, louise, 'Après son départ');
		for (const base of [a!.url, b!.url]) {
			expect((await say(base, camille, 'Je suis encore là ?')).status).toBe(404);
			const read = await fetch(`${base}/api/v1/conversations/${conversationId}/messages`, {
				headers: { authorization: `Bearer ${camille}` }
			});
			expect(read.status).toBe(404);
			const { body: mine } = await call(base, camille, 'GET', '/api/v1/conversations');
			expect(JSON.stringify(mine)).not.toContain(conversationId);
		}
		expect(reader.messages().map((message) => message.body)).toEqual(['Bienvenue dans le groupe']);
	});
});
