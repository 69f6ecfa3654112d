import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { accounts } from '../db/schema';
import { listConfirmations, listRevisions } from '../core/knowledge';
import { seedDemo } from './seed-demo';
import { DEMO_RESPONSES_CONTRIBUTION_ID } from './seed-demo-knowledge-responses';

const db = useTestDatabase();

async function demoActor(pseudonym: string) {
	const [row] = await db().select().from(accounts).where(eq(accounts.pseudonym, pseudonym));
	return { accountId: row!.id, pseudonym, isInstanceAdmin: row!.isInstanceAdmin };
}

describe('the demo answers to a piece of knowledge', () => {
	it('gives Louise’s technique three counted answers, one nuance and a proposal waiting for her', async () => {
		await seedDemo(db());
		const louise = await demoActor('Louise');
		const contributionId = DEMO_RESPONSES_CONTRIBUTION_ID;
		const answers = await listConfirmations(contextFor(db(), await demoActor('Sacha')), { contributionId });
		expect(answers.tallies).toEqual({ worked: 2, different: 1, did_not_work: 0 });
		expect(answers.nuances).toEqual([expect.objectContaining({ kind: 'different', by: null })]);
		expect(answers.canRespond).toBe(true);
		const proposals = await listRevisions(contextFor(db(), louise), { contributionId });
		expect(proposals.pending).toEqual([expect.objectContaining({ proposer: 'Yanis', stale: false })]);
	});
});
