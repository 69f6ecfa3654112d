#!/usr/bin/env node
// `npm run bench:feed`: a person's private calendar feed under load (nothing is asserted).
//  - Camille (demo) holds a confirmed place in 100 occurrences of a group of the demo GEM (inserted with SQL:
//    what is measured is reading the feed, not registering);
//  - her feed is created through the API, then /agenda/<token>.ics is loaded with autocannon on PostgreSQL
//    (requests/s, p50, p99), beside the same server's /healthz and a bare node:http hello world run in the
//    same sitting (as ratios).
// Options (environment): BENCH_SECONDS (default 20), BENCH_CONNECTIONS (default 50), BENCH_DATABASE_URL.
import postgres from 'postgres';
import {
	bareNodeHttp,
	describeLoad as describe,
	format,
	freshPostgresDatabase,
	loadTest,
	signIn,
	startServer
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const OCCURRENCES = 100;

const load = (url, headers = {}) => loadTest(url, { connections, seconds, headers });

const helloWorld = () => bareNodeHttp(load);

/** A weekly group of the demo GEM with 100 occurrences (Tuesdays 18:00 Paris), Camille confirmed in each. */
async function registerCamille(databaseUrl) {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		const [camille] = await sql`select id from accounts where pseudonym = 'Camille'`;
		const [organisation] = await sql`select id from organisations where slug = 'gem-les-traboules'`;
		const [group] = await sql`
			insert into peer_groups (organisation_id, kind, title, audience)
			values (${organisation.id}, 'talk', 'Groupe de parole (banc d’essai)', 'members') returning id`;
		await sql`
			insert into group_members (group_id, account_id, role, status, charter_version_accepted, joined_at)
			values (${group.id}, ${camille.id}, 'member', 'active', 1, now())`;
		const first = new Date(Date.now() - 20 * 86_400_000);
		const [session] = await sql`
			insert into group_sessions (group_id, starts_at, duration_minutes, rrule, mode, address, capacity)
			values (${group.id}, ${first}, 90, 'FREQ=WEEKLY', 'in_person', '12 rue des Capucins, 69001 Lyon', 12)
			returning id`;
		for (let week = 0; week < OCCURRENCES; week += 1) {
			const startsAt = new Date(first.getTime() + week * 7 * 86_400_000);
			const [occurrence] = await sql`
				insert into session_occurrences (session_id, group_id, organisation_id, starts_at, ends_at)
				values (${session.id}, ${group.id}, ${organisation.id}, ${startsAt},
					${new Date(startsAt.getTime() + 90 * 60_000)}) returning id`;
			await sql`
				insert into session_registrations (occurrence_id, account_id, status)
				values (${occurrence.id}, ${camille.id}, 'confirmed')`;
		}
	} finally {
		await sql.end();
	}
}

const database = await freshPostgresDatabase('entrepairs_feed');
if (!database) process.exit(0);
const server = await startServer({ DATABASE_URL: database.url, SEED_DEMO: 'true', NODE_ENV: 'production' });
try {
	await registerCamille(database.url);
	const token = await signIn(server.origin, 'Camille');
	const created = await fetch(`${server.origin}/api/v1/me/calendar-feeds`, {
		method: 'POST',
		headers: { cookie: `ep_session=${token}`, origin: server.origin }
	});
	if (created.status !== 201)
		throw new Error(`feed creation failed: ${created.status} ${await created.text()}`);
	const feed = await created.json();
	const path = new URL(feed.url).pathname;
	const first = await fetch(server.origin + path);
	const body = await first.text();
	console.log(
		`feed of ${body.split('BEGIN:VEVENT').length - 1} events (${format(Buffer.byteLength(body) / 1024)} KB), ` +
			`${first.status} ${first.headers.get('content-type')}; ${connections} connections, ${seconds} s`
	);
	const result = await load(server.origin + path);
	// The same server's cheapest answer, for what the feed itself costs beyond the framework.
	const health = await load(`${server.origin}/healthz`);
	const hello = await helloWorld();
	console.log(`node:http hello world: ${describe(hello)}`);
	console.log(
		`PostgreSQL /healthz (same server): ${describe(health)}, ` +
			`${format(health.requests.average / hello.requests.average, 4)} x bare`
	);
	console.log(
		`PostgreSQL /agenda/<token>.ics: ${describe(result)}, ` +
			`${format(result.requests.average / hello.requests.average, 4)} x bare`
	);
} finally {
	await server.stop();
	await database.drop();
}
