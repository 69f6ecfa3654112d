import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { accounts } from '../db/schema';
import { searchDirectory } from '../core/directory';
import { listJobOffers, myOffersSpace } from '../core/offers';
import { seedDemo } from './seed-demo';

const db = useTestDatabase();

describe('the demo peer-work platform', () => {
	it('lists the demo organisations on real communes, the hospital’s mission and Camille’s vouchers', async () => {
		await seedDemo(db());
		const nearLyon = await searchDirectory(contextFor(db(), null), {
			place: '69003',
			radius: '10',
			organisationKind: 'gem'
		});
		expect(nearLyon.organisations.map((entry) => entry.slug)).toEqual(['gem-les-traboules']);
		const inIlleEtVilaine = await searchDirectory(contextFor(db(), null), { place: '35' });
		expect(inIlleEtVilaine.organisations.map((entry) => entry.slug)).toEqual(['ch-de-l-ille']);
		const offers = await listJobOffers(contextFor(db(), null));
		expect(offers.map((offer) => offer.organisationSlug)).toEqual(['ch-de-l-ille']);
		const [camille] = await db().select().from(accounts).where(eq(accounts.pseudonym, 'Camille'));
		const space = await myOffersSpace(
			contextFor(db(), { accountId: camille!.id, pseudonym: 'Camille', isInstanceAdmin: false })
		);
		expect(space.vouchers).toHaveLength(3);
		expect(space.vouchers[0]).toMatchObject({ funder: 'GEM Les Traboules' });
	});
});
