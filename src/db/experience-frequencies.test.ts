import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildAccount } from '../../tests/support/factories';
import { useTestDatabase } from '../../tests/support/database';
import { selectRows, textArray } from './sql-helpers';

const db = useTestDatabase();
const VOICES = 'troubles-psychiques/entente-de-voix';
const BIPOLAR = 'troubles-psychiques/trouble-bipolaire';
const ALCOHOL = 'addictions/alcool';
const MENTAL_HEALTH = 'troubles-psychiques';

/**
 * experience_frequencies as matching used to count it on every request: distinct people over both tables,
 * profile lines only when shown at least to members (migration 0016).
 */
async function recounted(): Promise<Record<string, number>> {
	const rows = await selectRows<{ key: string; people: number }>(
		db(),
		sql`with people as (
			select account_id, experience_id from profile_experiences
			where visibility in ('my_organisations', 'instance')
			union
			select account_id, experience_id from offer_experiences
		)
		select entry.id as key, (select count(distinct people.account_id)::int from people
			join experiences listed on listed.id = people.experience_id
			where people.experience_id = entry.id or (entry.parent_id is null and listed.parent_id = entry.id)) as people
		from experiences entry
		union all
		select '*', (select count(distinct account_id)::int from people)`
	);
	return Object.fromEntries(rows.filter((row) => row.people > 0).map((row) => [row.key, row.people]));
}

async function stored(): Promise<Record<string, number>> {
	const rows = await selectRows<{ key: string; people: number }>(
		db(),
		sql`select key, people from experience_frequencies where people <> 0`
	);
	return Object.fromEntries(rows.map((row) => [row.key, row.people]));
}

async function list(
	table: 'profile_experiences' | 'offer_experiences',
	accountId: string,
	ids: string[],
	visibility = 'my_organisations'
) {
	if (table === 'offer_experiences') {
		await db().execute(
			sql`insert into supporter_offers (account_id) values (${accountId}) on conflict do nothing`
		);
		await db().execute(sql`insert into offer_experiences (account_id, experience_id)
			select ${accountId}, unnest(${textArray(ids)})`);
		return;
	}
	await db().execute(sql`insert into profile_experiences (account_id, experience_id, visibility)
		select ${accountId}, unnest(${textArray(ids)}), ${visibility}`);
}

// The triggers of migrations 0005 and 0016 keep the counts; each step compares them with a full recount.
describe('experience frequencies', () => {
	it('count each person once per experience, per branch and overall, whichever table lists them, and only what members may see', async () => {
		const [ana, ben, chloe] = await Promise.all([buildAccount(db()), buildAccount(db()), buildAccount(db())]);
		const steps: Array<() => Promise<unknown>> = [
			() => list('profile_experiences', ana!.accountId, [VOICES, ALCOHOL]),
			() => list('offer_experiences', ana!.accountId, [VOICES, BIPOLAR]),
			() => list('profile_experiences', ben!.accountId, [BIPOLAR]),
			// What people keep to themselves or show only to their supporters is not counted...
			() => list('profile_experiences', chloe!.accountId, [VOICES], 'only_me'),
			() => list('profile_experiences', chloe!.accountId, [ALCOHOL], 'my_supporters'),
			// ...until they show it to members; and no longer once they hide it again.
			() =>
				db().execute(
					sql`update profile_experiences set visibility = 'my_organisations' where account_id = ${chloe!.accountId}`
				),
			() =>
				db().execute(
					sql`update profile_experiences set visibility = 'only_me', detail = 'à moi' where account_id = ${ben!.accountId}`
				),
			() => list('offer_experiences', chloe!.accountId, [MENTAL_HEALTH, ALCOHOL]),
			() =>
				db().execute(
					sql`update profile_experiences set visibility = 'instance', period = 'past' where account_id = ${ana!.accountId}`
				),
			// A merge re-points listings: one person may end up with the same experience on both sides.
			() =>
				db().execute(
					sql`update profile_experiences set experience_id = ${VOICES} where experience_id = ${BIPOLAR}`
				),
			() => db().execute(sql`delete from offer_experiences where account_id = ${ana!.accountId}`),
			() => db().execute(sql`delete from profile_experiences where experience_id = ${ALCOHOL}`),
			() => db().execute(sql`delete from accounts where id = ${chloe!.accountId}`)
		];
		for (const step of steps) {
			await step();
			expect(await stored()).toEqual(await recounted());
		}
	});

	it('recount when an experience moves to another branch', async () => {
		const person = await buildAccount(db());
		await db().execute(sql`insert into experiences (id, parent_id, label_fr, label_en, origin)
			values ('test-branch', null, 'Branche', 'Branch', 'local'), ('test-branch/leaf', 'test-branch', 'Feuille', 'Leaf', 'local')`);
		await list('profile_experiences', person.accountId, ['test-branch/leaf', ALCOHOL]);
		expect(await stored()).toMatchObject({ 'test-branch': 1, 'test-branch/leaf': 1 });

		await db().execute(
			sql`update experiences set parent_id = ${MENTAL_HEALTH} where id = 'test-branch/leaf'`
		);
		expect(await stored()).toEqual(await recounted());
		expect((await stored())['test-branch']).toBeUndefined();
	});
});
