#!/usr/bin/env node
// `npm run bench:moderation`: how fast moderation reaches people, on PostgreSQL (prints figures only).
//  - report -> queue: a member files a report (POST /api/v1/reports); time until the event reaches a
//    moderator's open queue stream (GET /api/v1/moderation/events), one report at a time;
//  - suspension -> stream cut: the reported person holds their conversation's event stream open; an
//    instance admin suspends them (POST .../decision); time from sending the decision until the person's
//    stream ends, next to the time the decision's own answer took.
// Options (environment): BENCH_REPORTS (200), BENCH_SUSPENSIONS (50), BENCH_BACKGROUND_STREAMS (500: other
// open conversation streams, so the process is not idle), BENCH_DATABASE_URL or TEST_DATABASE_URL.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { createBenchData } from './conversations-data.js';
import { format, freshPostgresDatabase, percentile, root, startServer } from './support.js';

const reports = Number(process.env.BENCH_REPORTS ?? 200);
const suspensions = Number(process.env.BENCH_SUSPENSIONS ?? 50);
const background = Number(process.env.BENCH_BACKGROUND_STREAMS ?? 500);

if (!existsSync(join(root, 'build/index.js'))) {
	console.error('No build: run `npm run build` first.');
	process.exit(1);
}
const database = await freshPostgresDatabase('entrepairs_bench_moderation');
if (!database) process.exit(1);
const server = await startServer(
	{ DATABASE_URL: database.url, SEED_DEMO: 'false', NODE_ENV: 'production' },
	'/healthz'
);
const origin = server.origin;

/** An event stream whose text is read as it arrives; `arrival(needle)` resolves when it first carries it. */
async function openStream(token, path) {
	const controller = new AbortController();
	const response = await fetch(origin + path, {
		headers: { authorization: `Bearer ${token}` },
		signal: controller.signal
	});
	if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let text = '';
	const waiting = [];
	let endedAt = null;
	const done = (async () => {
		for (;;) {
			const chunk = await reader.read();
			if (chunk.done) break;
			text += decoder.decode(chunk.value);
			const now = performance.now();
			for (const wait of waiting.splice(0)) {
				if (text.includes(wait.needle)) wait.resolve(now);
				else waiting.push(wait);
			}
		}
		endedAt = performance.now();
	})().catch(() => (endedAt ??= performance.now()));
	return {
		arrival: (needle) =>
			new Promise((resolve, reject) => {
				if (text.includes(needle)) return resolve(performance.now());
				waiting.push({ needle, resolve });
				setTimeout(() => reject(new Error(`no ${needle} within 10 s`)), 10_000);
			}),
		done,
		endedAt: () => endedAt,
		close: () => controller.abort()
	};
}

async function call(token, method, path, body) {
	const response = await fetch(origin + path, {
		method,
		headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
	return text ? JSON.parse(text) : undefined;
}

function summary(label, values) {
	const sorted = [...values].sort((a, b) => a - b);
	console.log(
		`${label}: n=${sorted.length} p50 ${format(percentile(sorted, 0.5))} ms, p95 ${format(percentile(sorted, 0.95))} ms, p99 ${format(percentile(sorted, 0.99))} ms, max ${format(sorted.at(-1))} ms`
	);
}

try {
	// Pairs in accompaniments; client 0 is the instance admin who moderates instance-wide reports (these
	// accounts share no organisation, so every report goes to the instance queue).
	const pairs = Math.max(reports, suspensions) + background / 2;
	const clients = await createBenchData(database.url, {
		clients: pairs * 2 + 2,
		conversations: pairs + 1,
		label: 'mod'
	});
	const sql = postgres(database.url, { max: 1, onnotice: () => {} });
	const admin = clients[0];
	await sql`update accounts set is_instance_admin = true where id = ${admin.accountId}`;
	await sql.end();
	const byConversation = new Map();
	for (const client of clients.slice(2)) {
		const list = byConversation.get(client.conversationId) ?? [];
		list.push(client);
		byConversation.set(client.conversationId, list);
	}
	const pairList = [...byConversation.values()].filter((pair) => pair.length === 2);

	const others = [];
	for (const [first] of pairList.slice(-background / 2))
		others.push(await openStream(first.token, `/api/v1/conversations/${first.conversationId}/events`));
	console.log(`background: ${others.length} open conversation streams`);

	// Each pair: the second writes a message the first reports.
	const messages = new Map();
	for (const [reporter, author] of pairList.slice(0, Math.max(reports, suspensions))) {
		const messageId = randomUUID();
		await call(author.token, 'POST', `/api/v1/conversations/${author.conversationId}/messages`, {
			messageId,
			body: 'Message signalé pour la mesure.'
		});
		messages.set(reporter.accountId, { reporter, author, messageId });
	}

	const queue = await openStream(admin.token, '/api/v1/moderation/events');
	await queue.arrival('ready');
	const reportLatency = [];
	const filed = [];
	for (const { reporter, author, messageId } of [...messages.values()].slice(0, reports)) {
		const started = performance.now();
		const { id } = await call(reporter.token, 'POST', '/api/v1/reports', {
			subjectKind: 'message',
			subjectId: messageId,
			reason: 'harassment'
		});
		reportLatency.push((await queue.arrival(id)) - started);
		filed.push({ id, author });
	}
	queue.close();
	summary('report -> moderator queue stream', reportLatency);

	const cut = [];
	const answered = [];
	for (const { id, author } of filed.slice(0, suspensions)) {
		const stream = await openStream(author.token, `/api/v1/conversations/${author.conversationId}/events`);
		await stream.arrival('retry:');
		const started = performance.now();
		await call(admin.token, 'POST', `/api/v1/moderation/reports/${id}/decision`, {
			action: 'suspend',
			ground: 'harassment',
			statement: 'Mesure de performance : suspension d’un jour.',
			suspendDays: 1
		});
		answered.push(performance.now() - started);
		await Promise.race([stream.done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
		if (stream.endedAt() === null) throw new Error('a suspended person’s stream stayed open for 10 s');
		cut.push(stream.endedAt() - started);
	}
	summary('suspension -> open event stream closed (from sending the decision)', cut);
	summary('suspension decision answered (for comparison)', answered);
	for (const stream of others) stream.close();
} finally {
	await server.stop();
	await database.drop();
}
