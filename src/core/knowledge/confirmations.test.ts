import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import {
	BIPOLAR,
	DEPRESSION,
	insertContribution,
	knowledgeScene,
	member,
	VOICES
} from '../../../tests/support/knowledge-responses';
import { contributionConfirmations, contributions } from '../../db/schema';
import { setKnowledgeSubjectHidden } from '../moderation/knowledge-subject';
import type { Actor } from '../shared';
import { confirmContribution, listConfirmations, withdrawConfirmation } from '.';

const db = useTestDatabase();
const DAY_MS = 24 * 60 * 60 * 1000;

describe('confirming a contribution', () => {
	it('keeps one confirmation per person under parallel answers, the last one given', async () => {
		const s = await knowledgeScene(db());
		const ctx = contextFor(db(), s.reader, { clock: s.clock });
		const kinds = ['worked', 'did_not_work', 'worked', 'did_not_work', 'worked', 'did_not_work'] as const;
		const results = await Promise.all(
			kinds.map((kind) => confirmContribution(ctx, { contributionId: s.contributionId, kind }))
		);
		expect(new Set(results.map((result) => result.id)).size).toBe(1);
		const rows = await db()
			.select()
			.from(contributionConfirmations)
			.where(eq(contributionConfirmations.contributionId, s.contributionId));
		expect(rows).toHaveLength(1);
		const tally = (await listConfirmations(ctx, { contributionId: s.contributionId })).tallies;
		expect(tally.worked + tally.did_not_work).toBe(1);
	});

	it('keeps the contribution’s worked count right under parallel answers, withdrawals and moderation', async () => {
		const s = await knowledgeScene(db());
		const people = await Promise.all(Array.from({ length: 6 }, () => member(db(), s.organisation.id)));
		const workedCount = async () =>
			(
				await db()
					.select({ count: contributions.workedCount })
					.from(contributions)
					.where(eq(contributions.id, s.contributionId))
			)[0]!.count;
		const answer = (person: Actor, kind: 'worked' | 'did_not_work') =>
			confirmContribution(contextFor(db(), person, { clock: s.clock }), {
				contributionId: s.contributionId,
				kind
			});
		await Promise.all([
			...people.map((person) => answer(person, 'worked')),
			answer(s.newcomer, 'worked'),
			answer(s.reader, 'did_not_work')
		]);
		// Waiting ones included (the newcomer's): the exact count is checked where it is read.
		expect(await workedCount()).toBe(7);
		await Promise.all([
			answer(people[0]!, 'did_not_work'),
			answer(s.reader, 'worked'),
			withdrawConfirmation(contextFor(db(), people[1]!, { clock: s.clock }), {
				contributionId: s.contributionId
			}),
			withdrawConfirmation(contextFor(db(), people[2]!, { clock: s.clock }), {
				contributionId: s.contributionId
			})
		]);
		expect(await workedCount()).toBe(5);
		const [hidden] = await db()
			.select({ id: contributionConfirmations.id })
			.from(contributionConfirmations)
			.where(eq(contributionConfirmations.accountId, people[3]!.accountId));
		await setKnowledgeSubjectHidden(db(), 'confirmation', hidden!.id, s.clock.now());
		expect(await workedCount()).toBe(4);
		await setKnowledgeSubjectHidden(db(), 'confirmation', hidden!.id, null);
		expect(await workedCount()).toBe(5);
	});

	it('does not count a brand-new account until its seventh day', async () => {
		const s = await knowledgeScene(db());
		const ctx = contextFor(db(), s.newcomer, { clock: s.clock });
		const answer = await confirmContribution(ctx, { contributionId: s.contributionId, kind: 'worked' });
		expect(answer.countsNow).toBe(false);
		expect(answer.countsFrom).toEqual(new Date(s.clock.now().getTime() + 7 * DAY_MS));
		const read = () =>
			listConfirmations(contextFor(db(), s.author, { clock: s.clock }), { contributionId: s.contributionId });
		expect((await read()).tallies.worked).toBe(0);
		s.clock.advance(7 * DAY_MS - 60_000);
		expect((await read()).tallies.worked).toBe(0);
		const mine = await listConfirmations(ctx, { contributionId: s.contributionId });
		expect(mine.mine).toMatchObject({ kind: 'worked', countsNow: false });
		s.clock.advance(60_000);
		expect((await read()).tallies.worked).toBe(1);
	});

	it('requires a nuance for "different" and keeps it within the limit', async () => {
		const s = await knowledgeScene(db());
		const ctx = contextFor(db(), s.reader, { clock: s.clock });
		await expect(
			confirmContribution(ctx, { contributionId: s.contributionId, kind: 'different' })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'nuance', message: 'validation.responses.nuanceRequired' }]
		});
		await expect(
			confirmContribution(ctx, { contributionId: s.contributionId, kind: 'worked', nuance: 'x'.repeat(501) })
		).rejects.toMatchObject({ code: 'INVALID' });
	});

	it('refuses experiences the reader keeps from the audience, or does not list, and never reveals them', async () => {
		const s = await knowledgeScene(db());
		const ctx = contextFor(db(), s.reader, { clock: s.clock });
		for (const experienceIds of [[BIPOLAR], [VOICES, BIPOLAR], ['troubles-psychiques/autisme']])
			await expect(
				confirmContribution(ctx, { contributionId: s.contributionId, kind: 'worked', experienceIds })
			).rejects.toMatchObject({
				code: 'INVALID',
				fields: [{ field: 'experienceIds', message: 'validation.responses.experienceNotShareable' }]
			});
		await confirmContribution(ctx, {
			contributionId: s.contributionId,
			kind: 'different',
			nuance: 'Pour moi, le CMP ne répondait pas le week-end.',
			experienceIds: [VOICES, DEPRESSION]
		});
		const seen = await listConfirmations(contextFor(db(), s.other, { clock: s.clock }), {
			contributionId: s.contributionId
		});
		expect(seen.experiences.map((row) => row.experienceId).sort()).toEqual([DEPRESSION, VOICES].sort());
		expect(seen.experiences.every((row) => row.names.length === 0)).toBe(true);
		expect(seen.nuances).toEqual([
			expect.objectContaining({
				kind: 'different',
				by: null,
				nuance: 'Pour moi, le CMP ne répondait pas le week-end.'
			})
		]);
		// The reader's form offers only what they show to this audience.
		const own = await listConfirmations(ctx, { contributionId: s.contributionId });
		expect(own.eligibleExperiences.map((row) => row.id).sort()).toEqual([DEPRESSION, VOICES].sort());

		// Made private since, the experience leaves the counts.
		const { profileExperiences } = await import('../../db/schema');
		await db()
			.update(profileExperiences)
			.set({ visibility: 'only_me' })
			.where(eq(profileExperiences.experienceId, VOICES));
		const after = await listConfirmations(contextFor(db(), s.other, { clock: s.clock }), {
			contributionId: s.contributionId
		});
		expect(after.experiences.map((row) => row.experienceId)).toEqual([DEPRESSION]);
	});

	it('on a members contribution, only experiences shown to everyone signed in may be named', async () => {
		const s = await knowledgeScene(db(), { audience: 'members' });
		await expect(
			confirmContribution(contextFor(db(), s.reader, { clock: s.clock }), {
				contributionId: s.contributionId,
				kind: 'worked',
				experienceIds: [VOICES]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
	});

	it('names people only with consent, per experience never on a public contribution, and shows visitors no experience', async () => {
		const s = await knowledgeScene(db());
		const publicId = await insertContribution(db(), {
			authorId: s.author.accountId,
			organisationId: s.organisation.id,
			audience: 'public'
		});
		for (const contributionId of [s.contributionId, publicId])
			await confirmContribution(contextFor(db(), s.reader, { clock: s.clock }), {
				contributionId,
				kind: 'did_not_work',
				nuance: 'Trop de démarches à la fois.',
				experienceIds: [DEPRESSION],
				showName: 'on'
			});
		const forMembers = await listConfirmations(contextFor(db(), s.other, { clock: s.clock }), {
			contributionId: s.contributionId
		});
		expect(forMembers.nuances[0]!.by).toBe(s.reader.pseudonym);
		expect(forMembers.experiences).toEqual([
			expect.objectContaining({ count: 1, names: [s.reader.pseudonym] })
		]);
		const onWeb = await listConfirmations(contextFor(db(), s.other, { clock: s.clock }), {
			contributionId: publicId
		});
		expect(onWeb.experiences).toEqual([expect.objectContaining({ count: 1, names: [] })]);
		const visitor = await listConfirmations(contextFor(db(), null, { clock: s.clock }), {
			contributionId: publicId
		});
		expect(visitor.experiences).toEqual([]);
		expect(visitor.nuances[0]!.by).toBeNull();
		expect(visitor.tallies.did_not_work).toBe(1);
	});

	it('is refused to the author, to whoever cannot read it, and withdrawn by its writer', async () => {
		const s = await knowledgeScene(db());
		const answer = (actor: Actor) =>
			confirmContribution(contextFor(db(), actor, { clock: s.clock }), {
				contributionId: s.contributionId,
				kind: 'worked'
			});
		await expect(answer(s.author)).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(answer(s.outsider)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(answer(s.professional)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await answer(s.reader);
		const ctx = contextFor(db(), s.reader, { clock: s.clock });
		await withdrawConfirmation(ctx, { contributionId: s.contributionId });
		await expect(withdrawConfirmation(ctx, { contributionId: s.contributionId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await listConfirmations(ctx, { contributionId: s.contributionId })).mine).toBeNull();
	});
});
