#!/usr/bin/env node
// `npm run bench:knowledge-page`: a contribution page with 200 confirmations and 30 versions under load
// (nothing is asserted).
//  - on the demo instance (PostgreSQL, production build), one contribution of the demo GEM for everyone
//    signed in, by Louise, with 30 versions and 200 answers (worked, different with a nuance, did not
//    work) from 200 members, a third of them named: inserted with SQL (what is measured is reading the
//    page, not writing it);
//  - /savoirs/<id> is loaded with autocannon as Camille (signed in), beside the same server's /healthz and
//    a bare node:http hello world in the same sitting (requests/s, p50, p99, ratios to bare): asked again
//    (the page kept for the session), then rendered for every request (a second server, page caches off).
// Needs build/ (npm run build). Options (environment): BENCH_SECONDS (20), BENCH_CONNECTIONS (20),
// BENCH_DATABASE_URL.
import postgres from 'postgres';
import {
	bareNodeHttp,
	describeLoad as describe,
	format,
	freshPostgresDatabase,
	loadTest,
	NOTHING_KEPT,
	signIn,
	startServer
} from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const CONFIRMATIONS = 200;
const VERSIONS = 30;

const load = (url, headers = {}) => loadTest(url, { connections, seconds, headers });

const paragraph = (n) =>
	`Version ${n}. Quand les voix reviennent la nuit, je note dans un carnet ce qu’elles disent, heure par ` +
	`heure, puis j’en parle au groupe le lendemain. ${'Ce qui a changé depuis : une précision de plus. '.repeat(n % 5)}`;

/** The contribution, its versions and answers, in SQL; returns its id. */
async function writeContribution(databaseUrl) {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		const [louise] = await sql`select id from accounts where pseudonym = 'Louise'`;
		const [organisation] = await sql`select id from organisations where slug = 'gem-les-traboules'`;
		const [contribution] = await sql`
			insert into contributions (author_id, organisation_id, audience, form, title, body, helped_with,
				version, experience_ids, worked_count)
			values (${louise.id}, ${organisation.id}, 'members', 'technique', 'Un carnet pour les voix la nuit',
				${paragraph(VERSIONS)}, 'Dormir un peu mieux', ${VERSIONS},
				array['troubles-psychiques/entente-de-voix', 'troubles-psychiques'], 0)
			returning id`;
		await sql`insert into contribution_experiences (contribution_id, experience_id)
			values (${contribution.id}, 'troubles-psychiques/entente-de-voix')`;
		for (let number = 1; number <= VERSIONS; number += 1)
			await sql`insert into contribution_versions (contribution_id, number, title, body, form, editor_id,
					note, created_at)
				values (${contribution.id}, ${number}, 'Un carnet pour les voix la nuit', ${paragraph(number)},
					'technique', ${louise.id}, ${number === 1 ? '' : `Précision ${number}`},
					now() - make_interval(days => ${VERSIONS - number}))`;
		const kinds = ['worked', 'worked', 'different', 'did_not_work'];
		for (let index = 0; index < CONFIRMATIONS; index += 1) {
			const pseudonym = `Banc${index}`;
			const [person] = await sql`
				insert into accounts (pseudonym, pseudonym_key, password_hash, consent_version, consented_at,
					created_at)
				values (${pseudonym}, ${pseudonym.toLowerCase()}, 'x', '1', now(), now() - interval '60 days')
				returning id`;
			const kind = kinds[index % kinds.length];
			await sql`insert into contribution_confirmations (contribution_id, account_id, kind, nuance,
					show_name, counts_from)
				values (${contribution.id}, ${person.id}, ${kind},
					${kind === 'different' ? `Pour moi c’était différent : la nuit n° ${index} le carnet ne suffisait pas.` : ''},
					${index % 3 === 0}, now() - interval '50 days')`;
		}
		await sql`update contributions set worked_count = (select count(*) from contribution_confirmations
			where contribution_id = ${contribution.id} and kind = 'worked') where id = ${contribution.id}`;
		return contribution.id;
	} finally {
		await sql.end();
	}
}

const database = await freshPostgresDatabase('entrepairs_knowledge_page');
if (!database) process.exit(0);
const server = await startServer({ DATABASE_URL: database.url, SEED_DEMO: 'true', NODE_ENV: 'production' });
try {
	const id = await writeContribution(database.url);
	const token = await signIn(server.origin, 'Camille');
	const headers = { cookie: `ep_session=${token}` };
	const path = `/savoirs/${id}`;
	const first = await fetch(server.origin + path, { headers });
	const body = await first.text();
	if (first.status !== 200) throw new Error(`${path}: ${first.status}`);
	console.log(
		`contribution page, ${CONFIRMATIONS} answers and ${VERSIONS} versions: ` +
			`${format(Buffer.byteLength(body) / 1024)} KB of HTML; ${connections} connections, ${seconds} s`
	);
	const page = await load(server.origin + path, headers);
	const health = await load(`${server.origin}/healthz`);
	const hello = await bareNodeHttp(load);
	console.log(`node:http hello world: ${describe(hello)}`);
	console.log(
		`PostgreSQL /healthz (same server): ${describe(health)}, ` +
			`${format(health.requests.average / hello.requests.average, 4)} x bare`
	);
	console.log(
		`PostgreSQL /savoirs/<id> (signed in, asked again: the page kept for the session): ${describe(page)}, ` +
			`${format(page.requests.average / hello.requests.average, 4)} x bare`
	);
	// The same page rendered for every request: a second server on the same database, page caches off.
	const rendering = await startServer({
		DATABASE_URL: database.url,
		SEED_DEMO: 'false',
		NODE_ENV: 'production',
		...NOTHING_KEPT
	});
	try {
		const cookie = `ep_session=${await signIn(rendering.origin, 'Camille')}`;
		const rendered = await load(rendering.origin + path, { cookie });
		console.log(
			`PostgreSQL /savoirs/<id> (signed in, rendered for every request): ${describe(rendered)}, ` +
				`${format(rendered.requests.average / hello.requests.average, 4)} x bare`
		);
	} finally {
		await rendering.stop();
	}
} finally {
	await server.stop();
	await database.drop();
}
