#!/usr/bin/env node
// `npm run bench:programme`: prints the weekly programme's figures (nothing is asserted).
// On a new PostgreSQL database with the demo, the GEM gets BENCH_GROUPS groups (40; half with a public
// programme) and BENCH_PER_MONTH occurrences a month (400) from a month ago to two months ahead. Then
// autocannon on the organisation page (its "Programme de la semaine": this week and the next, scoped to
// the viewer in one query) as a visitor and signed in as the coordinator, and on the programme API,
// beside a bare node:http hello world of the same sitting (printed as a ratio).
// The calendar feed is benched by the calendars' bench. Options (environment): BENCH_SECONDS (20),
// BENCH_CONNECTIONS (50), BENCH_GROUPS, BENCH_PER_MONTH, BENCH_DATABASE_URL (the PostgreSQL server).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import {
	bareNodeHttp,
	describeLoad as describe,
	format,
	freshPostgresDatabase,
	loadTest,
	root,
	signIn,
	startServer
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const groupCount = Number(process.env.BENCH_GROUPS ?? 40);
const perMonth = Number(process.env.BENCH_PER_MONTH ?? 400);
const SLUG = 'gem-les-traboules';
const DAY = 86_400_000;

const load = (url, headers = {}) => loadTest(url, { connections, seconds, headers });

/** 40 groups, one schedule each, and 400 occurrences a month over three months, by direct inserts. */
async function generate(url) {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	const [organisation] = await sql`select id from organisations where slug = ${SLUG}`;
	const groups = await sql`insert into peer_groups ${sql(
		Array.from({ length: groupCount }, (_, index) => ({
			organisation_id: organisation.id,
			kind: ['talk', 'activity', 'mutual_aid', 'permanence'][index % 4],
			title: `Groupe ${index + 1}`,
			audience: index % 3 === 0 ? 'peers' : 'members',
			public_programme: index % 2 === 0
		}))
	)} returning id`;
	const start = Date.now() - 30 * DAY;
	const sessions = await sql`insert into group_sessions ${sql(
		groups.map((group) => ({
			group_id: group.id,
			starts_at: new Date(start),
			duration_minutes: 90,
			mode: 'in_person',
			address: 'Lyon',
			capacity: 12
		}))
	)} returning id, group_id`;
	const occurrences = [];
	for (let index = 0; index < perMonth * 3; index += 1) {
		const session = sessions[index % sessions.length];
		// Spread over 90 days, between 9:00 and 19:00 UTC, on the quarter hour.
		const startsAt = new Date(
			start +
				Math.floor((index / (perMonth * 3)) * 90) * DAY +
				(9 + (index % 10)) * 3_600_000 +
				(index % 4) * 900_000
		);
		occurrences.push({
			session_id: session.id,
			group_id: session.group_id,
			organisation_id: organisation.id,
			starts_at: startsAt,
			ends_at: new Date(startsAt.getTime() + 5_400_000)
		});
	}
	for (let offset = 0; offset < occurrences.length; offset += 500)
		await sql`insert into session_occurrences ${sql(occurrences.slice(offset, offset + 500))} on conflict do nothing`;
	await sql`vacuum analyze session_occurrences`;
	const [{ visible }] =
		await sql`select count(*)::int as visible from session_occurrences where organisation_id = ${organisation.id}
		and starts_at >= now() - interval '7 days' and starts_at < now() + interval '14 days'`;
	await sql.end();
	return visible;
}

const helloWorld = () => bareNodeHttp(load);

if (!existsSync(join(root, 'build/index.js')) || process.env.BENCH_BUILD === '1') {
	console.log('Building…');
	spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: 'ignore'
	});
}
const database = await freshPostgresDatabase('ep_bench_programme');
if (!database) process.exit(0);
console.log(
	`Weekly programme: ${groupCount} groups, ${perMonth} occurrences a month, PostgreSQL, ${connections} connections, ${seconds} s a run (load ${loadavg()
		.map((value) => format(value, 2))
		.join(' ')})`
);
const server = await startServer({ DATABASE_URL: database.url, SEED_DEMO: 'true', NODE_ENV: 'production' });
try {
	const visible = await generate(database.url);
	console.log(`  occurrences around the two weeks shown: ${visible}`);
	const louise = await signIn(server.origin, 'Louise');
	const page = `${server.origin}/organisations/${SLUG}`;
	const check = await (await fetch(page, { headers: { cookie: `ep_session=${louise}` } })).text();
	console.log(
		`  the page lists ${(check.match(/href="\/seances\//g) ?? []).length} occurrences for the coordinator`
	);
	const runs = [
		['organisation page, visitor', await load(page)],
		['organisation page, coordinator', await load(page, { cookie: `ep_session=${louise}` })],
		[
			'programme API, coordinator',
			await load(`${server.origin}/api/v1/organisations/${SLUG}/programme`, {
				cookie: `ep_session=${louise}`
			})
		]
	];
	const hello = await helloWorld();
	console.log(`  node:http hello world: ${describe(hello)}`);
	for (const [label, result] of runs)
		console.log(
			`  ${label}: ${describe(result)}, ${format(result.requests.average / hello.requests.average, 4)} x bare`
		);
} finally {
	await server.stop();
	await database.drop();
}
