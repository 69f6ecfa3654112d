import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { accounts } from '../db/schema';
import { getMissionSheet, myPathway } from '../core/pathway';
import { seedDemo } from './seed-demo';

const db = useTestDatabase();

describe('the demo pathway', () => {
	it('has Yanis half-way along the GEM’s path, with a mission sheet both sides signed', async () => {
		await seedDemo(db());
		const [yanis] = await db().select().from(accounts).where(eq(accounts.pseudonym, 'Yanis'));
		const actor = { accountId: yanis!.id, pseudonym: 'Yanis', isInstanceAdmin: false };
		const mine = await myPathway(contextFor(db(), actor));
		expect(mine.enrolments.map((e) => [e.path, e.doneCount, e.steps.length])).toEqual([
			['Devenir pair-aidant au GEM', 2, 4]
		]);
		const sheet = await getMissionSheet(contextFor(db(), actor), { sheetId: mine.sheets[0]!.id });
		expect(sheet.inForce).toBe(true);
	});
});
