import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { joinOrganisation, manageMembership } from '../organisations';
import { whatWaits } from './what-waits';

const db = useTestDatabase();

describe('what waits for a person (the header badges)', () => {
	it('counts join requests for coordinators only, and nothing for others', async () => {
		const { organisation, coordinator } = await buildOrganisation(db(), { joinPolicy: 'request' });
		const newcomer = await buildAccount(db());
		expect(await whatWaits(contextFor(db(), coordinator))).toMatchObject({ pendingJoins: 0 });
		expect(await whatWaits(contextFor(db(), newcomer))).toEqual({
			notifications: 0,
			pendingJoins: null,
			contactRequests: null
		});
		const { membershipId } = await joinOrganisation(contextFor(db(), newcomer), {
			slug: organisation.slug,
			acceptCharter: true
		});
		expect(await whatWaits(contextFor(db(), coordinator))).toMatchObject({ pendingJoins: 1 });
		await manageMembership(contextFor(db(), coordinator), {
			slug: organisation.slug,
			membershipId,
			decision: 'approve'
		});
		expect(await whatWaits(contextFor(db(), coordinator))).toMatchObject({ pendingJoins: 0 });
		expect(await whatWaits(contextFor(db(), newcomer))).toMatchObject({ pendingJoins: null });
	});
});
