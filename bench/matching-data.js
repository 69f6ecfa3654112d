// A synthetic Entrepairs instance for the matching bench, generated with set-based SQL (a few statements,
// not one use case call per row). Experiences follow a Zipf-like law over the shipped vocabulary's leaves:
// a few common experiences, a long tail of rare ones. Accounts get ids derived from their number, so the
// statements can refer to "member i" without looking it up.

/** A small seeded pseudo-random generator (mulberry32): the same seed draws the same requests. */
export function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
	};
}

/** The SQL expression of account number `number` (an SQL integer expression) as a uuid. */
const accountId = (number) => `('00000000-0000-4000-8000-' || lpad(to_hex(${number}), 12, '0'))::uuid`;
const organisationId = (number) => `('00000000-0000-4000-9000-' || lpad(to_hex(${number}), 12, '0'))::uuid`;
export const accountIdOf = (number) => `00000000-0000-4000-8000-${number.toString(16).padStart(12, '0')}`;

/**
 * The leaves of the vocabulary in a seeded random order of popularity, with Zipf weights 1 / rank^s, and
 * 10,000 buckets mapping a uniform draw to a leaf (the SQL side of the same distribution).
 */
export function experienceDistribution(vocabulary, { exponent = 1.1, seed = 7 } = {}) {
	const random = seededRandom(seed);
	const leaves = vocabulary.filter((entry) => entry.parentId !== null).map((entry) => entry.id);
	for (let index = leaves.length - 1; index > 0; index--) {
		const other = Math.floor(random() * (index + 1));
		[leaves[index], leaves[other]] = [leaves[other], leaves[index]];
	}
	const weights = leaves.map((_, rank) => 1 / (rank + 1) ** exponent);
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const cumulative = [];
	let running = 0;
	for (const weight of weights) cumulative.push((running += weight / total));
	const buckets = [];
	for (let bucket = 0; bucket < 10_000; bucket++) {
		const point = (bucket + 0.5) / 10_000;
		buckets.push(leaves[cumulative.findIndex((bound) => point <= bound)] ?? leaves.at(-1));
	}
	return {
		leaves,
		buckets,
		draw(randomNumber) {
			const index = cumulative.findIndex((bound) => randomNumber <= bound);
			return leaves[index === -1 ? leaves.length - 1 : index];
		}
	};
}

/** Runs one SQL statement with positional parameters on PGlite or postgres.js, and returns its rows. */
export async function reserveStatementRunner(handle) {
	if (handle.kind === 'pglite') {
		return {
			run: async (text, params = []) => (await handle.pglite.query(text, params)).rows,
			release: () => {}
		};
	}
	// One reserved connection: setseed() then applies to every statement of the generation.
	const connection = await handle.postgresClient.reserve();
	return { run: (text, params = []) => connection.unsafe(text, params), release: () => connection.release() };
}

// The 10,000 buckets as rows (bucket number, leaf): joining a uniform random bucket number draws a leaf.
const BUCKETS = `select value as experience_id, ordinality::int as bucket from json_array_elements_text($1::json) with ordinality`;

/** Accounts, a few organisations: everybody in one (one in fifty still pending), one in ten in a second. */
async function generatePeople(run, { members, supporters, organisations }) {
	const people = members + supporters;
	const isSupporter = (number) => `${number} > ${members}`;
	await run(`insert into accounts (id, pseudonym, pseudonym_key, password_hash, consent_version, consented_at)
		select ${accountId('i')}, 'Membre ' || i, 'membre-bench-' || i, 'no-sign-in', '1', now()
		from generate_series(1, ${people}) i`);
	await run(`insert into organisations (id, slug, name, kind, charter)
		select ${organisationId('o')}, 'bench-' || o, 'Association ' || o, 'gem', 'Charte'
		from generate_series(1, ${organisations}) o`);
	await run(`insert into memberships (organisation_id, account_id, role, status, charter_version_accepted, charter_accepted_at)
		select ${organisationId(`1 + i % ${organisations}`)}, ${accountId('i')},
			case when ${isSupporter('i')} then 'peer_supporter' else 'member' end,
			case when i % 50 = 0 then 'pending' else 'active' end, 1, now()
		from generate_series(1, ${people}) i`);
	if (organisations > 1)
		await run(`insert into memberships (organisation_id, account_id, role, status, charter_version_accepted, charter_accepted_at)
			select ${organisationId(`1 + (i + 1) % ${organisations}`)}, ${accountId('i')},
				case when ${isSupporter('i')} then 'peer_supporter' else 'member' end, 'active', 1, now()
			from generate_series(1, ${people}) i where i % 10 = 0`);
}

/**
 * Profile experiences for everybody (0 to 4, Zipf); an offer for each supporter (formats, languages, area,
 * gender, capacity; about 10 % paused) accompanying their own experiences and a few more.
 */
async function generateExperiences(run, { members, supporters }, buckets) {
	const people = members + supporters;
	// 10 % list nothing, then 1, 2, 3 or 4 experiences for 40, 30, 15 and 5 % of people.
	await run(
		`insert into profile_experiences (account_id, experience_id, period, visibility)
		select ${accountId('draws.i')}, buckets.experience_id,
			case when random() < 0.7 then 'current' else 'past' end,
			(array['only_me', 'my_supporters', 'my_organisations', 'instance'])[1 + floor(random() * 4)::int]
		from (
			select person.i, 1 + floor(random() * 10000)::int as bucket
			from (select i, random() as r from generate_series(1, ${people}) i offset 0) person
			cross join lateral generate_series(1, case when r < 0.1 then 0 when r < 0.5 then 1 when r < 0.8 then 2
				when r < 0.95 then 3 else 4 end)
			offset 0
		) draws
		join (${BUCKETS}) buckets on buckets.bucket = draws.bucket
		on conflict do nothing`,
		[buckets]
	);
	await run(`insert into supporter_offers (account_id, formats, languages, area, gender, capacity, paused)
		select ${accountId('i')},
			coalesce(nullif(array_remove(array[
				case when random() < 0.75 then 'chat' end, case when random() < 0.5 then 'phone' end,
				case when random() < 0.4 then 'video' end, case when random() < 0.3 then 'in_person' end], null),
				'{}'), array['chat']),
			coalesce(nullif(array_remove(array[
				case when random() < 0.95 then 'fr' end, case when random() < 0.2 then 'en' end,
				case when random() < 0.05 then 'es' end, case when random() < 0.05 then 'ar' end,
				case when random() < 0.03 then 'lsf' end, case when random() < 0.03 then 'pt' end,
				case when random() < 0.02 then 'de' end, case when random() < 0.02 then 'it' end], null),
				'{}'), array['fr']),
			case when random() < 0.7 then lpad((1 + floor(random() * 95))::int::text, 2, '0') end,
			(array['woman', 'woman', 'woman', 'man', 'man', 'non_binary', null, null])[1 + floor(random() * 8)::int],
			1 + floor(random() * 5)::int, random() < 0.1
		from generate_series(${members + 1}, ${people}) i`);
	// Supporters accompany what they lived, and 0 to 2 more experiences (1 to 3 when their profile is empty).
	await run(`insert into offer_experiences (account_id, experience_id)
		select account_id, experience_id from profile_experiences
		where account_id in (select account_id from supporter_offers)`);
	await run(
		`insert into offer_experiences (account_id, experience_id)
		select ${accountId('draws.i')}, buckets.experience_id
		from (
			select supporter.i, 1 + floor(random() * 10000)::int as bucket
			from (select i, floor(random() * 3)::int
					+ case when exists (select 1 from profile_experiences p where p.account_id = ${accountId('i')})
						then 0 else 1 end as extra
				from generate_series(${members + 1}, ${people}) i offset 0) supporter
			cross join lateral generate_series(1, supporter.extra)
			offset 0
		) draws
		join (${BUCKETS}) buckets on buckets.bucket = draws.bucket
		on conflict do nothing`,
		[buckets]
	);
}

/** Open accompaniments (about 15 % of supporters at capacity), ended ones, contact requests and blocks. */
async function generateActivity(run, { members, supporters }) {
	await run(`insert into accompaniments (requester_id, supporter_id, status)
		select ${accountId(`1 + floor(random() * ${members})::int`)}, offer.account_id, 'open'
		from (select account_id, case when random() < 0.15 then capacity else floor(random() * capacity)::int end as load
			from supporter_offers offset 0) offer
		cross join lateral generate_series(1, offer.load)`);
	await run(`insert into accompaniments (requester_id, supporter_id, status, ended_at)
		select ${accountId(`1 + floor(random() * ${members})::int`)}, ${accountId(`${members} + 1 + floor(random() * ${supporters})::int`)},
			'ended', now()
		from generate_series(1, ${supporters}) i`);
	await run(`insert into contact_requests (requester_id, supporter_id, status)
		select ${accountId(`1 + floor(random() * ${members})::int`)}, ${accountId(`${members} + 1 + floor(random() * ${supporters})::int`)},
			(array['pending', 'accepted', 'declined'])[1 + floor(random() * 3)::int]
		from generate_series(1, ${supporters} * 2) i`);
	await run(`insert into blocks (blocker_id, blocked_id)
		select ${accountId(`1 + floor(random() * ${members})::int`)}, ${accountId(`${members} + 1 + floor(random() * ${supporters})::int`)}
		from generate_series(1, greatest(${members} / 50, 10)) i
		on conflict do nothing`);
}

/** Fills the database with `members` members and `supporters` peer supporters (see the three steps above). */
export async function generateInstance(handle, distribution, sizes) {
	const { run, release } = await reserveStatementRunner(handle);
	try {
		await run('select setseed(0.42)');
		await generatePeople(run, sizes);
		await generateExperiences(run, sizes, JSON.stringify(distribution.buckets));
		await generateActivity(run, sizes);
		// What autovacuum would have done on a live instance: statistics and the visibility map.
		await run('vacuum analyze');
	} finally {
		release();
	}
}

/** How many distinct people list each experience (profile or offer), as loadRarity counts them. */
export async function experienceFrequencies(handle) {
	const { run, release } = await reserveStatementRunner(handle);
	try {
		const rows = await run(`select experience_id, count(distinct account_id)::int as people from (
			select account_id, experience_id from profile_experiences
			union all select account_id, experience_id from offer_experiences) listed group by experience_id`);
		return new Map(rows.map((row) => [row.experience_id, row.people]));
	} finally {
		release();
	}
}

const FORMAT_SHARES = [
	['chat', 0.6],
	['phone', 0.35],
	['video', 0.25],
	['in_person', 0.2]
];

/**
 * `count` help requests of random active members: 1 to 3 experiences drawn from the same law (50, 35,
 * 15 %), 1 or 2 formats, mostly French, sometimes an area or a gender preference.
 */
export function drawHelpRequests(distribution, { members, count, seed = 11 }) {
	const random = seededRandom(seed);
	const requests = [];
	while (requests.length < count) {
		const number = 1 + Math.floor(random() * members);
		if (number % 50 === 0) continue; // a pending membership: they cannot look for a peer yet
		const wanted = random() < 0.5 ? 1 : random() < 0.7 ? 2 : 3;
		const experienceIds = new Set();
		while (experienceIds.size < wanted) experienceIds.add(distribution.draw(random()));
		let formats = FORMAT_SHARES.filter(([, share]) => random() < share).map(([format]) => format);
		if (formats.length === 0) formats = ['chat'];
		const language = random() < 0.9 ? 'fr' : random() < 0.7 ? 'en' : 'es';
		requests.push({
			requester: { accountId: accountIdOf(number), pseudonym: `Membre ${number}`, isInstanceAdmin: false },
			input: {
				experienceIds: [...experienceIds],
				formats,
				language,
				area: random() < 0.5 ? String(1 + Math.floor(random() * 95)).padStart(2, '0') : undefined,
				preferredGender: random() < 0.1 ? (random() < 0.7 ? 'woman' : 'man') : undefined
			}
		});
	}
	return requests;
}
