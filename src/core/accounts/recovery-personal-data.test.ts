import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../db/sql-helpers';
import { buildAccount, contextFor, PASSWORD } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { deleteAccount, exportPersonalData } from '../my-data';
import { takeToken } from '../shared';
import { foldPseudonym } from './pseudonym';
import { issueRecoveryCodes } from './issue-recovery-codes';
import { signIn } from './sign-in';

const db = useTestDatabase();
const RULE = { capacity: 20, perSeconds: 60 };

async function bucketKeys(): Promise<string[]> {
	const rows = await selectRows<{ key: string }>(db(), sql`select key from rate_limit_buckets`);
	return rows.map((row) => row.key);
}

describe('rate-limit counters and recovery codes in export and erasure', () => {
	it('exports the counters about the person (no address), and erasure deletes them', async () => {
		const person = await buildAccount(db());
		const other = await buildAccount(db());
		await issueRecoveryCodes(contextFor(db(), null), { accountId: person.accountId });
		const now = new Date();
		await takeToken(db(), `send:${person.accountId}`, RULE, now);
		await takeToken(db(), `send:${other.accountId}`, RULE, now);
		await takeToken(db(), 'sign-in:ip:192.0.2.7', RULE, now);
		// A failed sign-in from an address fills the address, pair and pseudonym buckets.
		await signIn(contextFor(db(), null, { ip: '192.0.2.7' }), {
			pseudonym: person.pseudonym,
			password: 'pas le bon mot de passe'
		}).catch(() => undefined);
		const name = foldPseudonym(person.pseudonym);

		const exported = (await exportPersonalData(contextFor(db(), person))) as unknown as {
			account: {
				rateLimitCounters: { aboutThisAccount: { kind: string }[]; note: string };
				recoveryCodes: unknown[];
			};
		};
		const kinds = exported.account.rateLimitCounters.aboutThisAccount.map((counter) => counter.kind).sort();
		expect(kinds).toEqual(['send:account', 'sign-in:name', 'sign-in:pair'].sort());
		expect(JSON.stringify(exported)).not.toContain('192.0.2.7');
		expect(exported.account.rateLimitCounters.note).toMatch(/network address/);
		expect(exported.account.recoveryCodes).toHaveLength(8);
		expect(JSON.stringify(exported.account.recoveryCodes)).not.toMatch(/hash/i);

		await deleteAccount(contextFor(db(), person), { password: PASSWORD });
		const keys = await bucketKeys();
		expect(keys).not.toContain(`send:${person.accountId}`);
		expect(keys).not.toContain(`sign-in:name:${name}`);
		expect(keys).not.toContain(`sign-in:pair:192.0.2.7:${name}`);
		expect(keys).toContain(`send:${other.accountId}`);
		expect(keys).toContain('sign-in:ip:192.0.2.7');
	});
});
