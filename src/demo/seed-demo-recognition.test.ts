import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { accounts } from '../db/schema';
import { importMyActivity, listMyActivity, listMyCredentials } from '../core/recognition';
import { seedDemo } from './seed-demo';

const database = useTestDatabase();

describe('seedDemoRecognition', () => {
	it('gives Sacha a declared DU, an attested training and months of activity, sessions still to import', async () => {
		await seedDemo(database());
		const [sacha] = await database().select().from(accounts).where(eq(accounts.pseudonym, 'Sacha'));
		const ctx = contextFor(database(), { accountId: sacha!.id, pseudonym: 'Sacha', isInstanceAdmin: false });
		const { credentials } = await listMyCredentials(ctx);
		expect(credentials.find((entry) => entry.kind === 'du_peer_support')).toMatchObject({ attestedAt: null });
		expect(credentials.find((entry) => entry.kind === 'association_training')).toMatchObject({
			attestedBy: 'GEM Les Traboules'
		});
		expect((await listMyActivity(ctx)).entries).toHaveLength(5);
		expect((await importMyActivity(ctx)).added).toBe(16);
	});
});
