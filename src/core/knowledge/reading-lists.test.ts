import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { selectRows } from '../../db/sql-helpers';
import { useTestDatabase } from '../../../tests/support/database';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { allowPublicKnowledge, insertContribution } from '../../../tests/support/knowledge-search';
import type { Actor } from '../shared';
import { addReadingListItem } from './add-reading-list-item';
import { moveReadingListItem, removeReadingListItem } from './arrange-reading-list';
import { createReadingList } from './create-reading-list';
import { getReadingList } from './get-reading-list';
import { listReadingLists } from './list-reading-lists';
import { deleteReadingList, updateReadingList } from './update-reading-list';
import { LIMITS } from './vocabulary';

const db = useTestDatabase();

async function scene() {
	const { organisation, coordinator, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'peer_supporter']
	});
	const [lead, member, supporter] = members as unknown as [Actor, Actor, Actor];
	const write = (title: string, audience: 'organisation' | 'members' | 'public' = 'members') =>
		insertContribution(db(), {
			authorId: member.accountId,
			organisationId: organisation.id,
			audience,
			title
		});
	return { organisation, admin: coordinator, lead, member, supporter, write };
}

const positions = async (listId: string) =>
	(
		await selectRows<{ position: number }>(
			db(),
			sql`select position from reading_list_items where list_id = ${listId} order by position`
		)
	).map((row) => row.position);

describe('reading lists', () => {
	it('lets coordinators and peer supporters gather a list, and no one else', async () => {
		const { organisation, lead, member, supporter } = await scene();
		const input = { slug: organisation.slug, title: 'Premiers jours', audience: 'organisation' } as const;
		await expect(createReadingList(contextFor(db(), member), input)).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(
			createReadingList(contextFor(db(), lead), { ...input, audience: 'public' })
		).rejects.toMatchObject({
			code: 'INVALID'
		});
		const { listId } = await createReadingList(contextFor(db(), supporter), input);
		await updateReadingList(contextFor(db(), lead), {
			listId,
			title: 'Les premiers jours',
			audience: 'members'
		});
		const outsider = await buildAccount(db());
		expect((await getReadingList(contextFor(db(), outsider), { listId })).title).toBe('Les premiers jours');
		await expect(getReadingList(contextFor(db(), null), { listId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(deleteReadingList(contextFor(db(), outsider), { listId })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		expect((await listReadingLists(contextFor(db(), null), { slug: organisation.slug })).lists).toEqual([]);
		await deleteReadingList(contextFor(db(), lead), { listId });
		await expect(getReadingList(contextFor(db(), lead), { listId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('shows each reader only the items they may read', async () => {
		const { organisation, lead, write } = await scene();
		await allowPublicKnowledge(db(), organisation.id);
		const { listId } = await createReadingList(contextFor(db(), lead), {
			slug: organisation.slug,
			title: 'Après l’hôpital',
			audience: 'public'
		});
		for (const [title, audience] of [
			['Pour l’organisation', 'organisation'],
			['Pour les membres', 'members'],
			['Pour le web', 'public']
		] as const)
			await addReadingListItem(contextFor(db(), lead), {
				listId,
				contributionId: await write(title, audience)
			});
		const titles = async (actor: Actor | null) =>
			(await getReadingList(contextFor(db(), actor), { listId })).items.map((item) => item.title);
		expect(await titles(lead)).toEqual(['Pour l’organisation', 'Pour les membres', 'Pour le web']);
		expect(await titles(await buildAccount(db()))).toEqual(['Pour les membres', 'Pour le web']);
		expect(await titles(null)).toEqual(['Pour le web']);
		const visible = await listReadingLists(contextFor(db(), null), { slug: organisation.slug });
		expect(visible.lists.map((list) => list.title)).toEqual(['Après l’hôpital']);
	});

	it('keeps positions 1..n under concurrent additions, holds the cap, moves and removes without gaps', async () => {
		const { organisation, lead, supporter, write } = await scene();
		const { listId } = await createReadingList(contextFor(db(), lead), {
			slug: organisation.slug,
			title: 'En parallèle',
			audience: 'members'
		});
		const ids = await Promise.all(Array.from({ length: 8 }, (_, index) => write(`Savoir ${index}`)));
		await Promise.all(
			ids.map((contributionId, index) =>
				addReadingListItem(contextFor(db(), index % 2 ? lead : supporter), { listId, contributionId })
			)
		);
		expect(await positions(listId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		await expect(
			addReadingListItem(contextFor(db(), lead), { listId, contributionId: ids[0]! })
		).rejects.toMatchObject({ code: 'CONFLICT' });
		const first = (await getReadingList(contextFor(db(), lead), { listId })).items.map(
			(item) => item.contributionId
		);
		await moveReadingListItem(contextFor(db(), lead), {
			listId,
			contributionId: first[0]!,
			direction: 'down'
		});
		await moveReadingListItem(contextFor(db(), lead), { listId, contributionId: first[0]!, direction: 'up' });
		await moveReadingListItem(contextFor(db(), lead), { listId, contributionId: first[0]!, direction: 'up' });
		await moveReadingListItem(contextFor(db(), lead), { listId, contributionId: first[7]!, direction: 'up' });
		await removeReadingListItem(contextFor(db(), lead), { listId, contributionId: first[3]! });
		const order = (await getReadingList(contextFor(db(), lead), { listId })).items.map(
			(item) => item.contributionId
		);
		expect(order).toEqual([first[0], first[1], first[2], first[4], first[5], first[7], first[6]]);
		expect(await positions(listId)).toEqual([1, 2, 3, 4, 5, 6, 7]);

		const more = await Promise.all(
			Array.from({ length: LIMITS.readingListItems - 7 + 3 }, (_, index) => write(`Encore ${index}`))
		);
		const added = await Promise.allSettled(
			more.map((contributionId) => addReadingListItem(contextFor(db(), lead), { listId, contributionId }))
		);
		expect(added.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(
			LIMITS.readingListItems - 7
		);
		expect(await positions(listId)).toEqual(
			Array.from({ length: LIMITS.readingListItems }, (_, index) => index + 1)
		);
	});
});
