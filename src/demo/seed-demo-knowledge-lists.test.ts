import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { accounts } from '../db/schema';
import { getReadingList, listReadingLists, searchKnowledge } from '../core/knowledge';
import { seedDemo } from './seed-demo';

const db = useTestDatabase();

describe('the demo reading list', () => {
	it('gives GEM Les Traboules a public list whose items each reader sees as far as they may', async () => {
		await seedDemo(db());
		const lists = await listReadingLists(contextFor(db(), null), { slug: 'gem-les-traboules' });
		const list = lists.lists.find((entry) => entry.title === 'Premiers jours après une hospitalisation')!;
		expect(list.audience).toBe('public');
		const [camille] = await db().select().from(accounts).where(eq(accounts.pseudonym, 'Camille'));
		const member = { accountId: camille!.id, pseudonym: 'Camille', isInstanceAdmin: false };
		const asMember = await getReadingList(contextFor(db(), member), { listId: list.id });
		expect(asMember.items.map((item) => item.title)).toEqual([
			'Les trois premiers jours à la maison',
			'Retrouver le sommeil après l’hôpital',
			'Préparer le premier rendez-vous au CMP après la sortie'
		]);
		const asVisitor = await getReadingList(contextFor(db(), null), { listId: list.id });
		expect(asVisitor.items.map((item) => item.title)).toEqual(['Les trois premiers jours à la maison']);
		const found = await searchKnowledge(contextFor(db(), member), { q: 'hospitalisation sous contrainte' });
		expect(found.results.length).toBeGreaterThanOrEqual(3);
	});
});
