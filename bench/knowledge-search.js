#!/usr/bin/env node
// `npm run bench:knowledge`: prints the knowledge-search figures (nothing is asserted).
//  - generates N contributions in SQL (`insert … select` over generate_series): French text from a few
//    hundred templates (bench/knowledge-search-data.js) with the experience vocabulary, audiences mixed
//    (members, public, another organisation's), each tagged with its experience, a fifth with one to three confirmations;
//    the lexicon from the templates' words;
//  - times searchKnowledge (the use case behind /savoirs and the API: typo check against the lexicon,
//    synonyms, visibility, filters, ranking by text, confirmations and rarity, page of 20) for two-word
//    queries with an experience-branch or form filter, as a signed-in member, after a warm-up;
//  - prints p50/p95/p99/max and the sizes of the matching and period indexes and of the table.
// Options (environment): BENCH_CONTRIBUTIONS (default 1,000,000 on PostgreSQL, 100,000 on PGlite: set it to
// run both smaller), BENCH_QUERIES (300), BENCH_DATABASES ("pglite,postgres"), BENCH_DATABASE_URL,
// BENCH_KEEP_DATABASE=1 (keeps the PostgreSQL database and prints its address), BENCH_REUSE_DATABASE (the
// address of a kept one: its rows are timed again after the newer migrations and a vacuum analyze, without
// generating them; PostgreSQL only).
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { runnerImport } from 'vite';
import { knowledgeTemplates, QUERIES } from './knowledge-search-data.js';
import { format, freshPostgresDatabase, newDataDirectory, percentile, root } from './support.js';

const sizes = {
	postgres: Number(process.env.BENCH_CONTRIBUTIONS ?? 1_000_000),
	pglite: Number(process.env.BENCH_CONTRIBUTIONS ?? 100_000)
};
const queryCount = Number(process.env.BENCH_QUERIES ?? 300);
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const WARM_UP = 20;
const FORMS = ['action', 'technique', 'procedure', 'understanding', 'lived_path'];

const { module: sources } = await runnerImport(join(root, 'bench/knowledge-search-sources.ts'), {
	logLevel: 'error'
});
const { sql, selectRows } = sources;
const seconds = (since) => format((performance.now() - since) / 1000);
const load = () =>
	loadavg()
		.map((value) => format(value, 2))
		.join(' ');

/** Migrations, vocabulary, then the rows, all in SQL. */
async function generate(handle, count) {
	const started = performance.now();
	await sources.applyMigrations(handle, join(root, 'migrations'));
	await sources.syncExperienceVocabulary(handle.db);
	const db = handle.db;
	const templates = knowledgeTemplates(300);
	await db.execute(sql`create table bench_templates (id int primary key, title text, body text)`);
	await db.execute(sql`insert into bench_templates select row_number() over (), t.title, t.body
		from jsonb_to_recordset(${JSON.stringify(templates)}::jsonb) as t(title text, body text)`);
	await db.execute(sql`create table bench_experiences as
		select row_number() over (order by id) as n, id, parent_id, lower(label_fr) as label
		from experiences where status = 'approved' and parent_id is not null`);
	await db.execute(sql`insert into organisations (slug, name, kind, charter)
		values ('bench-autre', 'Une autre organisation', 'gem', 'Charte')`);
	await db.execute(sql`
		insert into contributions (organisation_id, audience, form, title, body, helped_with, created_at,
			experience_ids, worked_count, worked_counts_from)
		select case when g % 10 = 0 then (select id from organisations where slug = 'bench-autre') end,
			case when g % 10 = 0 then 'organisation' when g % 3 = 0 then 'public' else 'members' end,
			(${sql.raw(`array['${FORMS.join("','")}']`)})[1 + g % 5],
			replace(t.title, '{e}', e.label), replace(t.body, '{e}', e.label), e.label,
			now() - make_interval(mins => g::int),
			-- What tagContribution and recountWorked keep in step in the app, written here at once.
			array_remove(array[e.id, e.parent_id], null), case when (g / 7) % 5 = 0 then 1 + g % 3 else 0 end,
			case when (g / 7) % 5 = 0 then timestamptz '2020-01-01' end
		from generate_series(1::bigint, ${count}) g
		join bench_templates t on t.id = 1 + (g * 7919) % 300
		join bench_experiences e on e.n = 1 + ((g * 104729) % (select count(*) from bench_experiences))`);
	await db.execute(sql`insert into contribution_experiences (contribution_id, experience_id)
		select c.id, e.id from contributions c join bench_experiences e on e.label = c.helped_with`);
	await db.execute(sql`insert into contribution_confirmations (contribution_id, kind, counts_from)
		select c.id, 'worked', '2020-01-01' from contributions c, generate_series(1, 3) k
		where k <= c.worked_count`);
	await db.execute(sql`insert into experience_frequencies (key, people)
		select id, 1 + abs(hashtext(id)) % 500 from experiences on conflict (key) do update set people = excluded.people`);
	await db.execute(sql`insert into knowledge_lexicon (word)
		select word from ts_stat('select to_tsvector(''entrepairs_fr'', title || '' '' || body) from bench_templates
			union all select to_tsvector(''entrepairs_fr'', label) from bench_experiences')
		where length(word) between 3 and 40 on conflict do nothing`);
	await db.execute(sql`vacuum analyze`);
	console.log(
		`  generation (migrations, vocabulary, ${count} contributions, vacuum analyze): ${seconds(started)} s`
	);
}

async function timeQueries(handle) {
	// The server settings the figures depend on (PGlite: its own, set in src/db/client.ts).
	const [settings] = await selectRows(
		handle.db,
		sql`select current_setting('server_version') as version, current_setting('shared_buffers') as buffers,
			current_setting('jit') as jit`
	);
	console.log(
		`  PostgreSQL ${settings.version}, shared_buffers ${settings.buffers}, jit ${settings.jit} ` +
			'(search needs its table and indexes in shared_buffers for its tail: README, production)'
	);
	const branches = (
		await selectRows(handle.db, sql`select distinct parent_id as id from bench_experiences order by 1`)
	).map((row) => row.id);
	const actor = { accountId: randomUUID(), pseudonym: 'Banc', isInstanceAdmin: false };
	const ctx = { db: handle.db, actor, clock: { now: () => new Date() }, events: { emit: () => {} } };
	const inputs = Array.from({ length: WARM_UP + queryCount }, (_, index) => ({
		q: QUERIES[index % QUERIES.length],
		...(index % 2
			? { experience: branches[index % branches.length] }
			: { form: FORMS[index % FORMS.length], minConfirmations: 1 })
	}));
	for (const input of inputs.slice(0, WARM_UP)) await sources.searchKnowledge(ctx, input);
	const latencies = [];
	let results = 0;
	const loadBefore = load();
	for (const input of inputs.slice(WARM_UP)) {
		const begin = performance.now();
		const found = await sources.searchKnowledge(ctx, input);
		latencies.push(performance.now() - begin);
		results += found.results.length;
	}
	latencies.sort((a, b) => a - b);
	console.log(
		`  searchKnowledge (two words + experience branch or form and ≥ 1 confirmation, ranked, page of 20), ` +
			`${queryCount} queries after ${WARM_UP} warm-up: p50 ${format(percentile(latencies, 0.5))} ms, ` +
			`p95 ${format(percentile(latencies, 0.95))} ms, p99 ${format(percentile(latencies, 0.99))} ms, ` +
			`max ${format(latencies.at(-1))} ms; ${format(results / queryCount)} results per query`
	);
	const analysis = [];
	for (const input of inputs.slice(WARM_UP)) {
		const begin = performance.now();
		await sources.analyseQuery(handle.db, sources.queryWords(input.q));
		analysis.push(performance.now() - begin);
	}
	analysis.sort((a, b) => a - b);
	console.log(
		`  of which the query's analysis (lexicon, typos, synonyms): p50 ${format(percentile(analysis, 0.5))} ms, ` +
			`p99 ${format(percentile(analysis, 0.99))} ms`
	);
	console.log(`  load average before / after: ${loadBefore} / ${load()}`);
	const [size] = await selectRows(
		handle.db,
		sql`select pg_size_pretty(pg_relation_size('contributions_matching_index')) as search_index,
			pg_size_pretty(pg_relation_size('contributions_period_index')) as period_index,
			pg_size_pretty(pg_total_relation_size('contributions')) as contributions_total,
			pg_size_pretty(pg_relation_size('knowledge_lexicon_trigram_index')) as lexicon_index`
	);
	console.log(
		`  sizes: matching index (GIN: words and facets) ${size.search_index}, period index (the same, by ` +
			`period) ${size.period_index}, contributions with indexes and TOAST ` +
			`${size.contributions_total}, lexicon trigram index ${size.lexicon_index}`
	);
}

async function bench(label, handle, count) {
	console.log(`\n${label}, ${count} contributions`);
	await generate(handle, count);
	await timeQueries(handle);
}

console.log(`Entrepairs knowledge-search figures; load average ${load()}`);

if (databases.includes('pglite')) {
	const dataDir = newDataDirectory();
	const handle = await sources.openDatabase({ kind: 'pglite', dataDir });
	try {
		await bench('PGlite (temporary directory)', handle, sizes.pglite);
	} finally {
		await handle.close();
		rmSync(dataDir, { recursive: true, force: true });
	}
}

if (process.env.BENCH_REUSE_DATABASE) {
	const handle = await sources.openDatabase({ kind: 'postgres', url: process.env.BENCH_REUSE_DATABASE });
	try {
		const started = performance.now();
		await sources.applyMigrations(handle, join(root, 'migrations'));
		await handle.db.execute(sql`vacuum analyze`);
		const [{ count }] = await selectRows(handle.db, sql`select count(*)::int as count from contributions`);
		console.log(`\nPostgreSQL (kept database), ${count} contributions`);
		console.log(`  newer migrations and vacuum analyze: ${seconds(started)} s`);
		await timeQueries(handle);
	} finally {
		await handle.close();
	}
} else if (databases.includes('postgres')) {
	const database = await freshPostgresDatabase('entrepairs_bench_knowledge');
	if (database) {
		const handle = await sources.openDatabase({ kind: 'postgres', url: database.url });
		try {
			await bench('PostgreSQL (fresh database)', handle, sizes.postgres);
		} finally {
			await handle.close();
			// BENCH_KEEP_DATABASE=1 keeps it to study query plans (EXPLAIN ANALYZE by hand).
			if (process.env.BENCH_KEEP_DATABASE) {
				console.log(`  kept: ${database.url}`);
				await database.release();
			} else await database.drop();
		}
	}
}
