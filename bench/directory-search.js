#!/usr/bin/env node
// `npm run bench:directory`: prints the directory-search figures (nothing is asserted).
//  - generates, in SQL, N organisations with a published directory entry (nine in ten) on real communes of
//    the shipped places file (src/core/directory/data/places-fr.json), two themes each, a quarter
//    wheelchair-accessible, and M services of those organisations (their commune, a kind, a format, a
//    theme, a fifth serving their whole département); peer supporters' own services are left out (they
//    would need accounts) and search the same table;
//  - times searchDirectory (the use case behind /annuaire and the API: both lists, page of 20) for four
//    kinds of query: around a postcode within 20 km + a theme branch, a département + a service kind, around
//    a commune named within 10 km + wheelchair access, a theme alone; p50/p95/p99/max after a warm-up;
//  - serves the built app on that database and loads /annuaire?place=<postcode>&radius=20&theme=… with
//    autocannon, beside a bare node:http hello world of the same sitting (the ratio).
// Options (environment): BENCH_ORGANISATIONS (20,000), BENCH_SERVICES (100,000), BENCH_QUERIES (400),
// BENCH_DATABASES ("pglite,postgres"), BENCH_PAGE=0 (skips the page load runs), BENCH_SECONDS (10),
// BENCH_CONNECTIONS (10).
import { existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import {
	bareNodeHttp,
	describeLoad,
	format,
	freshPostgresDatabase,
	loadTest,
	newDataDirectory,
	percentile,
	root,
	startServer
} from './support.js';

const organisationCount = Number(process.env.BENCH_ORGANISATIONS ?? 20_000);
const serviceCount = Number(process.env.BENCH_SERVICES ?? 100_000);
const queryCount = Number(process.env.BENCH_QUERIES ?? 400);
const databases = (process.env.BENCH_DATABASES ?? 'pglite,postgres').split(',');
const withPage = process.env.BENCH_PAGE !== '0';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const WARM_UP = 20;
const KINDS = [
	'gem',
	'association',
	'clubhouse',
	'peer_work_platform',
	'care_team',
	'hospital',
	'medico_social',
	'mdph',
	'company',
	'other'
];
const SERVICE_KINDS = [
	'listening',
	'coaching',
	'group_facilitation',
	'testimony',
	'professional_training',
	'consulting'
];
const BRANCHES = ['troubles-psychiques', 'addictions', 'handicap-moteur', 'maladies-chroniques'];

const { module: sources } = await runnerImport(join(root, 'bench/directory-search-sources.ts'), {
	logLevel: 'error'
});
const { sql, selectRows } = sources;
const communes = await sources.allCommunes();
const elapsed = (since) => format((performance.now() - since) / 1000);
const load = () =>
	loadavg()
		.map((value) => format(value, 2))
		.join(' ');
const textArray = (values) => sql.raw(`array['${values.join("','")}']`);

async function generate(handle) {
	const started = performance.now();
	await sources.applyMigrations(handle, join(root, 'migrations'));
	await sources.syncExperienceVocabulary(handle.db);
	const db = handle.db;
	const rows = communes.map((commune) => ({
		code: commune.code,
		name: commune.name,
		dep: commune.departement,
		postcode: commune.postcodes[0] ?? null,
		lat: commune.latitude,
		lng: commune.longitude,
		approx: commune.approximate
	}));
	await db.execute(sql`create table bench_communes as select row_number() over () as n, c.*
		from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
		as c(code text, name text, dep text, postcode text, lat float8, lng float8, approx boolean)`);
	await db.execute(sql`create table bench_themes as select row_number() over (order by id) as n, id
		from experiences where parent_id is not null`);
	const [{ communeTotal, themeTotal }] = await selectRows(
		db,
		sql`select (select count(*) from bench_communes)::int as "communeTotal",
			(select count(*) from bench_themes)::int as "themeTotal"`
	);
	await db.execute(sql`insert into organisations (slug, name, kind, charter)
		select 'bench-' || g, 'Structure ' || g, (${textArray(KINDS)})[1 + g % ${KINDS.length}], 'Charte'
		from generate_series(1, ${organisationCount}) g`);
	await db.execute(sql`insert into directory_listings (organisation_id, published, address, postcode,
			commune_code, commune_name, departement, latitude, longitude, place_approximate, opening_hours,
			in_person, online, accessibility, themes)
		select o.id, o.g % 10 <> 0, o.g || ' rue de la République', c.postcode, c.code, c.name, c.dep, c.lat,
			c.lng, c.approx, 'Du lundi au vendredi, de 14 h à 18 h', true, o.g % 3 = 0,
			case when o.g % 4 = 0 then array['wheelchair'] else '{}'::text[] end, array[t1.id, t2.id]
		from (select id, substring(slug from 7)::int as g from organisations where slug like 'bench-%') o
		join bench_communes c on c.n = 1 + (o.g * 7919) % ${communeTotal}
		join bench_themes t1 on t1.n = 1 + (o.g * 7) % ${themeTotal}
		join bench_themes t2 on t2.n = 1 + (o.g * 13) % ${themeTotal}`);
	await db.execute(sql`create table bench_listings as
		select row_number() over (order by organisation_id) as n, * from directory_listings`);
	await db.execute(sql`insert into peer_services (organisation_id, kind, title, formats, commune_code,
			commune_name, departement, latitude, longitude, area_departements, languages, accessibility, themes,
			price_kind, price_cents)
		select l.organisation_id, (${textArray(SERVICE_KINDS)})[1 + g % ${SERVICE_KINDS.length}],
			'Service ' || g,
			case g % 3 when 0 then array['in_person'] when 1 then array['online', 'in_person'] else array['phone'] end,
			l.commune_code, l.commune_name, l.departement, l.latitude, l.longitude,
			case when g % 5 = 0 then array[l.departement] else '{}'::text[] end, array['fr'], l.accessibility,
			array[t.id], (array['free', 'paid', 'funded'])[1 + g % 3], case when g % 3 = 0 then null else 4000 end
		from generate_series(1::bigint, ${serviceCount}) g
		join bench_listings l on l.n = 1 + (g * 104729) % ${organisationCount}
		join bench_themes t on t.n = 1 + (g * 31) % ${themeTotal}`);
	await db.execute(sql`vacuum analyze`);
	console.log(
		`  generation (migrations, vocabulary, ${organisationCount} organisations on ${communeTotal} communes, ` +
			`${serviceCount} services, vacuum analyze): ${elapsed(started)} s`
	);
}

/** Four kinds of query, in turn, on communes picked with a fixed stride (reproducible). */
function queries() {
	const inputs = [];
	for (let index = 0; index < WARM_UP + queryCount; index++) {
		const commune = communes[(index * 7727) % communes.length];
		const theme = BRANCHES[index % BRANCHES.length];
		switch (index % 4) {
			case 0:
				inputs.push({
					kind: 'postcode',
					input: { place: commune.postcodes[0] ?? commune.departement, radius: '20', theme }
				});
				break;
			case 1:
				inputs.push({
					kind: 'departement',
					input: { place: commune.departement, serviceKind: SERVICE_KINDS[index % 6] }
				});
				break;
			case 2:
				inputs.push({
					kind: 'commune',
					input: { place: commune.name, radius: '10', accessibility: ['wheelchair'] }
				});
				break;
			default:
				inputs.push({ kind: 'theme', input: { theme } });
		}
	}
	return inputs;
}

async function timeQueries(handle) {
	const ctx = { db: handle.db, actor: null, clock: { now: () => new Date() }, events: { emit: () => {} } };
	const inputs = queries();
	for (const { input } of inputs.slice(0, WARM_UP)) await sources.searchDirectory(ctx, input);
	const byKind = new Map();
	const all = [];
	let found = 0;
	const loadBefore = load();
	for (const { kind, input } of inputs.slice(WARM_UP)) {
		const begin = performance.now();
		const result = await sources.searchDirectory(ctx, input);
		const latency = performance.now() - begin;
		all.push(latency);
		byKind.set(kind, [...(byKind.get(kind) ?? []), latency]);
		found += result.organisations.length + result.services.length;
	}
	const describe = (latencies) => {
		latencies.sort((a, b) => a - b);
		return (
			`p50 ${format(percentile(latencies, 0.5))} ms, p95 ${format(percentile(latencies, 0.95))} ms, ` +
			`p99 ${format(percentile(latencies, 0.99))} ms, max ${format(latencies.at(-1))} ms`
		);
	};
	console.log(
		`  searchDirectory (both lists, page of 20), ${queryCount} queries after ${WARM_UP} warm-up: ${describe(all)}; ` +
			`${format(found / queryCount)} results per query`
	);
	const labels = {
		postcode: 'around a postcode, 20 km, theme branch',
		departement: 'département + service kind',
		commune: 'around a commune named, 10 km, wheelchair',
		theme: 'theme branch alone, by name'
	};
	for (const [kind, latencies] of byKind) console.log(`    ${labels[kind]}: ${describe(latencies)}`);
	console.log(`  load average before / after: ${loadBefore} / ${load()}`);
}

const PAGE = '/annuaire?place=35000&radius=20&theme=troubles-psychiques';
async function timePage(label, env) {
	const server = await startServer({ ...env, SEED_DEMO: 'true', NODE_ENV: 'production' }, PAGE);
	try {
		const page = await loadTest(server.origin + PAGE, { connections, seconds });
		const hello = await bareNodeHttp((url) => loadTest(url, { connections, seconds }));
		console.log(`  page ${PAGE} (${connections} connections, ${seconds} s): ${describeLoad(page)}`);
		console.log(
			`  bare node:http hello world, same sitting: ${describeLoad(hello)}; page = ` +
				`${format(page.requests.average / hello.requests.average, 4)} x bare`
		);
	} finally {
		await server.stop();
	}
}

console.log(`Entrepairs directory-search figures; load average ${load()}`);
if (withPage && (!existsSync(join(root, 'build/index.js')) || process.env.BENCH_BUILD === '1')) {
	console.log('Building…');
	spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: 'ignore'
	});
}

if (databases.includes('pglite')) {
	const dataDir = newDataDirectory();
	try {
		console.log('\nPGlite (temporary directory)');
		const handle = await sources.openDatabase({ kind: 'pglite', dataDir });
		try {
			await generate(handle);
			await timeQueries(handle);
		} finally {
			await handle.close();
		}
		if (withPage) await timePage('PGlite', { DATA_DIR: dataDir, DATABASE_URL: '' });
	} finally {
		rmSync(dataDir, { recursive: true, force: true });
	}
}

if (databases.includes('postgres')) {
	const database = await freshPostgresDatabase('entrepairs_bench_directory');
	if (database) {
		console.log('\nPostgreSQL (fresh database)');
		try {
			const handle = await sources.openDatabase({ kind: 'postgres', url: database.url });
			try {
				await generate(handle);
				await timeQueries(handle);
			} finally {
				await handle.close();
			}
			if (withPage) await timePage('PostgreSQL', { DATABASE_URL: database.url });
		} finally {
			await database.drop();
		}
	}
}
