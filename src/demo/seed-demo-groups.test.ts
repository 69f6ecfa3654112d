import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { signIn } from '../core/accounts';
import { listGroups } from '../core/gatherings';
import { DEMO_GROUP_TITLES } from './seed-demo-groups';
import { DEMO_PASSWORD, seedDemo } from './seed-demo';

const db = useTestDatabase();

async function asDemo(pseudonym: string) {
	const { accountId } = await signIn(contextFor(db(), null), { pseudonym, password: DEMO_PASSWORD });
	return contextFor(db(), { accountId, pseudonym, isInstanceAdmin: false });
}

describe('demo groups', () => {
	it('has the peers-only talk group Camille is in, which Marin (a relative) does not see', async () => {
		await seedDemo(db());
		const camille = await listGroups(await asDemo('Camille'), { slug: 'gem-les-traboules' });
		expect(camille.groups.map((group) => [group.title, group.myStatus])).toEqual([
			[DEMO_GROUP_TITLES.cooking, null],
			[DEMO_GROUP_TITLES.talk, 'active']
		]);
		const marin = await listGroups(await asDemo('Marin'), { slug: 'gem-les-traboules' });
		expect(marin.groups.map((group) => group.title)).toEqual([DEMO_GROUP_TITLES.cooking]);
		const sacha = await listGroups(await asDemo('Sacha'), { slug: 'paires-aura' });
		expect(sacha.groups).toMatchObject([{ title: DEMO_GROUP_TITLES.intervision, myRole: 'facilitator' }]);
		expect((await listGroups(await asDemo('Louise'), { slug: 'gem-les-traboules' })).canCreate).toBe(true);
	});
});
