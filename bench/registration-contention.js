#!/usr/bin/env node
// `npm run bench:registration`: prints the registration-contention figures (nothing is asserted).
// For each database (PGlite, PostgreSQL): BENCH_REPETITIONS (default 20) times, a new occurrence with
// BENCH_PLACES places (12) gets BENCH_PEOPLE (200) registrations at once, through the registerForSession
// use case (each locks the occurrence row, counts, then confirms or queues). Prints, over all repetitions:
// whether the confirmed count was always the capacity, whether the waiting list was always in arrival
// order (every confirmed arrived before every waiting person, positions 1..n), and the latency of one
// registration (p50/p99/max) and of a whole burst.
// Options (environment): BENCH_DATABASES ("pglite,postgres"), BENCH_DATABASE_URL (the PostgreSQL server),
// BENCH_POOL (PostgreSQL connections, default 10 as in production).
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { runnerImport } from 'vite';
import { format, freshPostgresDatabase, newDataDirectory, percentile, root } from './support.js';

const repetitions = Number(process.env.BENCH_REPETITIONS ?? 20);
const people = Number(process.env.BENCH_PEOPLE ?? 200);
const places = Number(process.env.BENCH_PLACES ?? 12);
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const pool = Number(process.env.BENCH_POOL ?? 10);

const { module: sources } = await runnerImport(join(root, 'bench/sessions-sources.ts'), {
	logLevel: 'error'
});
const { schema } = sources;
const noEvents = { emit: () => {} };
const contextFor = (db, actor) => ({ db, actor, clock: { now: () => new Date() }, events: noEvents });

/** An organisation, a group and `people` active members who accepted its charter (direct inserts). */
async function prepare(db) {
	const [admin] = await db
		.insert(schema.accounts)
		.values({
			pseudonym: 'Banc',
			pseudonymKey: 'banc',
			passwordHash: '-',
			consentVersion: '1',
			consentedAt: new Date(),
			isInstanceAdmin: true
		})
		.returning();
	const organisation = await sources.createOrganisation(
		contextFor(db, { accountId: admin.id, pseudonym: 'Banc', isInstanceAdmin: true }),
		{
			name: 'GEM du banc',
			kind: 'gem',
			joinPolicy: 'open',
			charter: 'Ici, chacun·e parle en son nom et à partir de son expérience.'
		}
	);
	const [group] = await db
		.insert(schema.peerGroups)
		.values({ organisationId: organisation.id, kind: 'talk', title: 'Groupe du banc' })
		.returning();
	const accounts = await db
		.insert(schema.accounts)
		.values(
			Array.from({ length: people }, (_, index) => ({
				pseudonym: `Pair ${index}`,
				pseudonymKey: `pair${index}`,
				passwordHash: '-',
				consentVersion: '1',
				consentedAt: new Date()
			}))
		)
		.returning({ id: schema.accounts.id });
	await db.insert(schema.groupMembers).values(
		accounts.map((account) => ({
			groupId: group.id,
			accountId: account.id,
			role: 'member',
			status: 'active',
			charterVersionAccepted: 1
		}))
	);
	const actors = accounts.map((account, index) => ({
		accountId: account.id,
		pseudonym: `Pair ${index}`,
		isInstanceAdmin: false
	}));
	return { organisation, group, actors };
}

async function newOccurrence(db, organisation, group, repetition) {
	const startsAt = new Date(Date.now() + (repetition + 1) * 86_400_000);
	const [session] = await db
		.insert(schema.groupSessions)
		.values({
			groupId: group.id,
			startsAt,
			durationMinutes: 90,
			mode: 'in_person',
			address: 'Lyon',
			capacity: places
		})
		.returning();
	const [occurrence] = await db
		.insert(schema.sessionOccurrences)
		.values({
			sessionId: session.id,
			groupId: group.id,
			organisationId: organisation.id,
			startsAt,
			endsAt: new Date(startsAt.getTime() + 5_400_000)
		})
		.returning();
	return occurrence;
}

/** One burst: everyone registers at once; returns the latencies and whether the outcome was right. */
async function burst(db, actors, occurrence) {
	const latencies = [];
	const started = performance.now();
	const results = await Promise.all(
		actors.map(async (actor) => {
			const begin = performance.now();
			const result = await sources.registerForSession(contextFor(db, actor), { occurrenceId: occurrence.id });
			latencies.push(performance.now() - begin);
			return result;
		})
	);
	const burstMs = performance.now() - started;
	const rows = await db
		.select()
		.from(schema.sessionRegistrations)
		.where(eq(schema.sessionRegistrations.occurrenceId, occurrence.id));
	const confirmed = rows.filter((row) => row.status === 'confirmed');
	const waiting = rows.filter((row) => row.status === 'waiting').sort((a, b) => a.seq - b.seq);
	const positions = new Map(results.map((result) => [result.registrationId, result.position]));
	const inOrder =
		Math.max(...confirmed.map((row) => row.seq)) < Math.min(...waiting.map((row) => row.seq)) &&
		waiting.every((row, index) => positions.get(row.id) === index + 1);
	return { latencies, burstMs, confirmed: confirmed.length, waiting: waiting.length, inOrder };
}

async function run(kind) {
	let handle;
	let cleanup = async () => {};
	if (kind === 'postgres') {
		const database = await freshPostgresDatabase('ep_bench_registration');
		if (!database) return;
		handle = await sources.openDatabase({ kind: 'postgres', url: database.url, maxConnections: pool });
		cleanup = database.drop;
	} else {
		const dataDir = newDataDirectory();
		handle = await sources.openDatabase({ kind: 'pglite', dataDir });
		cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
	}
	try {
		await sources.applyMigrations(handle, join(root, 'migrations'));
		const { organisation, group, actors } = await prepare(handle.db);
		const latencies = [];
		const bursts = [];
		let alwaysCapacity = true;
		let alwaysInOrder = true;
		for (let repetition = 0; repetition < repetitions; repetition += 1) {
			const occurrence = await newOccurrence(handle.db, organisation, group, repetition);
			const outcome = await burst(handle.db, actors, occurrence);
			latencies.push(...outcome.latencies);
			bursts.push(outcome.burstMs);
			alwaysCapacity &&= outcome.confirmed === places && outcome.waiting === people - places;
			alwaysInOrder &&= outcome.inOrder;
		}
		latencies.sort((a, b) => a - b);
		bursts.sort((a, b) => a - b);
		console.log(`${kind}${kind === 'postgres' ? ` (pool of ${pool})` : ''}:`);
		console.log(
			`  confirmed always ${places} and waiting always ${people - places}: ${alwaysCapacity ? 'yes' : 'NO'}`
		);
		console.log(`  waiting list always in arrival order: ${alwaysInOrder ? 'yes' : 'NO'}`);
		console.log(
			`  one registration: p50 ${format(percentile(latencies, 0.5))} ms, p99 ${format(percentile(latencies, 0.99))} ms, max ${format(latencies.at(-1))} ms`
		);
		console.log(
			`  a burst of ${people}: p50 ${format(percentile(bursts, 0.5))} ms, max ${format(bursts.at(-1))} ms (${format((people * 1000) / percentile(bursts, 0.5), 0)} registrations/s)`
		);
	} finally {
		await handle.close();
		await cleanup();
	}
}

console.log(
	`Registration contention: ${people} people at once for ${places} places, ${repetitions} repetitions (load ${loadavg()
		.map((value) => format(value, 2))
		.join(' ')})`
);
for (const kind of databases) await run(kind);
