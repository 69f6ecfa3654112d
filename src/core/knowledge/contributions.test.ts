import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { contextFor } from '../../../tests/support/factories';
import { knowledgeScene, writeContribution } from '../../../tests/support/knowledge';
import { contributionVersions, organisations } from '../../db/schema';
import { getContribution, listVersions, updateContribution, getVersionDiff } from '.';

const db = useTestDatabase();
const read = (actor: Parameters<typeof contextFor>[1], contributionId: string) =>
	getContribution(contextFor(db(), actor), { contributionId });

describe('who reads a contribution', () => {
	it('is 404 to everyone outside its audience, partner professionals and visitors included', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, { organisationId: s.organisation.id });
		expect((await read(s.reader, id)).title).toBe('Préparer la sortie de l’hôpital');
		for (const stranger of [s.professional, s.outsider, null])
			await expect(read(stranger, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		const draft = await writeContribution(db(), s.author, {
			organisationId: s.organisation.id,
			status: 'draft'
		});
		await expect(read(s.reader, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		expect((await read(s.author, draft.id)).can.edit).toBe(true);
	});

	it('hides an anonymous author from readers, not from the organisation’s moderators', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, {
			organisationId: s.organisation.id,
			byline: 'anonymous',
			audience: 'members'
		});
		const byReader = await read(s.outsider, id);
		expect(byReader.author).toBeNull();
		expect(byReader.authorForModerators).toBeNull();
		expect((await read(s.staff, id)).authorForModerators).toBe(s.author.pseudonym);
		const history = await listVersions(contextFor(db(), s.outsider), { contributionId: id });
		expect(history.versions[0]!.editor).toBeNull();
	});

	it('allows the public web only where the organisation does, among the author’s own organisations', async () => {
		const s = await knowledgeScene(db());
		const publicOne = { organisationId: s.organisation.id, audience: 'public' as const };
		await expect(writeContribution(db(), s.author, publicOne)).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'audience', message: 'validation.contribution.publicNotAllowed' }]
		});
		await db()
			.update(organisations)
			.set({ knowledgePublic: true })
			.where(eq(organisations.id, s.organisation.id));
		const { id } = await writeContribution(db(), s.author, publicOne);
		expect((await read(null, id)).audience).toBe('public');
		await expect(writeContribution(db(), s.outsider, publicOne)).rejects.toMatchObject({
			fields: [{ field: 'organisationId', message: 'validation.contribution.organisation' }]
		});
	});
});

describe('what a contribution may hold', () => {
	it('refuses deep nesting, overlong text, unknown experiences and consent without a licence, field by field', async () => {
		const s = await knowledgeScene(db());
		const fieldOf = async (fields: Record<string, unknown>) => {
			const error = await writeContribution(db(), s.author, {
				organisationId: s.organisation.id,
				...fields
			}).catch((caught) => caught);
			return error.fields?.[0];
		};
		expect(await fieldOf({ body: '>'.repeat(5000) + ' profond' })).toEqual({
			field: 'body',
			message: 'validation.contribution.nesting'
		});
		expect(await fieldOf({ body: 'a'.repeat(20_001) })).toEqual({
			field: 'body',
			message: 'validation.contribution.tooLong'
		});
		expect(await fieldOf({ experienceIds: ['pas-dans-le-vocabulaire'] })).toEqual({
			field: 'experienceIds',
			message: 'validation.contribution.experiences'
		});
		expect(await fieldOf({ researchConsent: 'on' })).toEqual({
			field: 'licence',
			message: 'validation.contribution.licence'
		});
	});

	it('renders Markdown inert: no raw HTML, no script, no javascript: link', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, {
			organisationId: s.organisation.id,
			body: '<script>alert(1)</script> [clic](javascript:alert(1)) <img src=x onerror=alert(1)> ![i](https://ailleurs.example/i.png)'
		});
		const { bodyHtml } = await read(s.reader, id);
		expect(bodyHtml).not.toMatch(/<script|<img|javascript:/i);
		expect(bodyHtml).toContain('&lt;script&gt;');
	});

	it('keeps experiences with their labels and the author’s choices for the author only', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, {
			organisationId: s.organisation.id,
			experienceIds: ['troubles-psychiques/entente-de-voix'],
			contentWarnings: ['suicide'],
			researchConsent: true,
			licence: 'CC-BY-SA-4.0'
		});
		const shown = await read(s.reader, id);
		expect(shown.experiences).toEqual([
			{ id: 'troubles-psychiques/entente-de-voix', label: expect.any(String) }
		]);
		expect(shown.contentWarnings).toEqual(['suicide']);
		expect(shown.authorChoices).toBeUndefined();
		expect((await read(s.author, id)).authorChoices?.licence).toBe('CC-BY-SA-4.0');
	});
});

describe('editing makes versions', () => {
	it('makes no version for an edit that changes nothing, one with its note otherwise, and a readable diff', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, { organisationId: s.organisation.id });
		const ctx = contextFor(db(), s.author);
		expect(
			await updateContribution(ctx, { contributionId: id, title: 'Préparer la sortie de l’hôpital' })
		).toMatchObject({
			version: 1,
			versionMade: false,
			changed: false
		});
		const edited = await updateContribution(ctx, {
			contributionId: id,
			body: 'Noter les *rendez-vous* dans un agenda.\n\n- le médecin\n- le GEM',
			note: 'agenda'
		});
		expect(edited).toMatchObject({ version: 2, versionMade: true });
		const diff = await getVersionDiff(contextFor(db(), s.reader), { contributionId: id, number: 2 });
		expect(diff.note).toBe('agenda');
		expect(diff.changes.map((change) => change.field)).toEqual(['body']);
		const parts = diff.changes[0]!.parts;
		expect(parts).toContainEqual({ kind: 'removed', text: 'carnet' });
		expect(parts).toContainEqual({ kind: 'added', text: 'agenda' });
	});

	it('lets only the author edit, and publishes a draft without going back', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, {
			organisationId: s.organisation.id,
			status: 'draft'
		});
		await expect(
			updateContribution(contextFor(db(), s.reader), { contributionId: id, title: 'Autre titre' })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const ctx = contextFor(db(), s.author);
		expect(await updateContribution(ctx, { contributionId: id, status: 'published' })).toMatchObject({
			versionMade: false,
			changed: true
		});
		expect((await read(s.reader, id)).status).toBe('published');
		await expect(
			updateContribution(contextFor(db(), s.reader), { contributionId: id, title: 'Autre titre' })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(updateContribution(ctx, { contributionId: id, status: 'draft' })).rejects.toMatchObject({
			code: 'INVALID'
		});
	});

	it('gives concurrent edits consecutive versions', async () => {
		const s = await knowledgeScene(db());
		const { id } = await writeContribution(db(), s.author, { organisationId: s.organisation.id });
		const ctx = contextFor(db(), s.author);
		const results = await Promise.all(
			Array.from({ length: 6 }, (_, index) =>
				updateContribution(ctx, { contributionId: id, title: `Version numéro ${index}` })
			)
		);
		expect(results.map((result) => result.version).sort()).toEqual([2, 3, 4, 5, 6, 7]);
		const numbers = await db()
			.select({ number: contributionVersions.number })
			.from(contributionVersions)
			.where(eq(contributionVersions.contributionId, id));
		expect(numbers.map((row) => row.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});
});

describe('the audience under a concurrent prohibition', () => {
	it('keeps no contribution public once the organisation forbids it', async () => {
		const s = await knowledgeScene(db());
		await db()
			.update(organisations)
			.set({ knowledgePublic: true })
			.where(eq(organisations.id, s.organisation.id));
		const { setKnowledgePublic } = await import('.');
		const writes = Array.from({ length: 5 }, () =>
			writeContribution(db(), s.author, { organisationId: s.organisation.id, audience: 'public' }).then(
				(created) => created.id,
				() => null
			)
		);
		const [ids] = await Promise.all([
			Promise.all(writes),
			setKnowledgePublic(contextFor(db(), s.staff), { slug: s.organisation.slug, allowed: false })
		]);
		for (const id of ids.filter((value): value is string => value !== null))
			await expect(read(null, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
		await expect(
			setKnowledgePublic(contextFor(db(), s.reader), { slug: s.organisation.slug, allowed: true })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});
