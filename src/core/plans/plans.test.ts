import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildOrganisation, contextFor, openAccompaniment, PASSWORD } from '../../../tests/support/factories';
import { recoveryPlanShares, recoveryPlans, recoveryPlanVersions } from '../../db/schema';
import { hashToken } from '../accounts/tokens';
import { endAccompaniment } from '../matching';
import { deleteAccount, exportPersonalData } from '../my-data';
import type { Actor } from '../shared';
import {
	createPlanLink,
	getMyPlan,
	isPlanSharedWithMe,
	listPlanShares,
	MAX_LIVE_LINKS,
	printPlan,
	readPlanAsSupporter,
	readPlanByLink,
	revokePlanShare,
	savePlan,
	sharePlanWithSupporter
} from './index';

const db = useTestDatabase();
type PlanRecord = {
	plan: { versions: unknown[]; shares: Array<{ kind: string }>; accesses: unknown[] };
	openedAsSupporter: unknown[];
};
let address = 0;
/** Each reader its own client address, so one test's lookups do not throttle another's. */
const visitor = (clock?: { now(): Date }) =>
	contextFor(db(), null, { ip: `198.51.100.${++address}`, ...(clock ? { clock } : {}) });
const as = (actor: Actor) => contextFor(db(), actor);

async function personWithSupporter() {
	const { members } = await buildOrganisation(db(), { members: ['member', 'peer_supporter', 'member'] });
	const [person, supporter, stranger] = [members[0]!, members[1]!, members[2]!];
	const { accompanimentId } = await openAccompaniment(db(), person, supporter);
	return { person, supporter, stranger, accompanimentId };
}

const PLAN = {
	warningSigns: 'Je ne dors plus, je ne réponds plus au téléphone.',
	whatHelps: 'Marcher le long du canal. Appeler ma sœur.',
	pets: 'Ma voisine a la clé et nourrit le chat.',
	contacts: [{ name: 'Élise (ma sœur)', phone: '06 12 34 56 78' }]
};

describe('my plan: versions', () => {
	it('keeps every save as a numbered version and shows earlier ones', async () => {
		const { person } = await personWithSupporter();
		expect((await getMyPlan(as(person))).exists).toBe(false);
		expect(await savePlan(as(person), {})).toEqual({ version: 0, changed: false });
		expect((await getMyPlan(as(person))).exists).toBe(false);
		expect(await savePlan(as(person), PLAN)).toEqual({ version: 1, changed: true });
		expect(await savePlan(as(person), PLAN)).toEqual({ version: 1, changed: false });
		expect(await savePlan(as(person), { ...PLAN, money: 'Le loyer part le 5.' })).toEqual({
			version: 2,
			changed: true
		});
		const current = await getMyPlan(as(person));
		expect(current.content.money).toBe('Le loyer part le 5.');
		expect(current.versions.map((version) => version.number)).toEqual([2, 1]);
		const first = await getMyPlan(as(person), { version: 1 });
		expect(first.content.money).toBe('');
		await expect(getMyPlan(as(person), { version: 3 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});

	it('numbers parallel saves 1..n without a gap or a duplicate', async () => {
		const { person } = await personWithSupporter();
		await Promise.all(
			Array.from({ length: 8 }, (_, index) => savePlan(as(person), { ...PLAN, home: `Version ${index}` }))
		);
		const [plan] = await db()
			.select()
			.from(recoveryPlans)
			.where(eq(recoveryPlans.accountId, person.accountId));
		const versions = await db()
			.select()
			.from(recoveryPlanVersions)
			.where(eq(recoveryPlanVersions.planId, plan!.id));
		expect(plan!.currentVersion).toBe(8);
		expect(versions.map((version) => version.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
	});

	it('refuses a phone number that is not one, naming the field', async () => {
		const { person } = await personWithSupporter();
		await expect(
			savePlan(as(person), { contacts: [{ name: 'Élise', phone: 'appelle-moi' }] })
		).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'contacts.0.phone', message: 'validation.plan.phone' }]
		});
	});

	it('prints an A4 page and a wallet card as PDF', async () => {
		const { person } = await personWithSupporter();
		await expect(printPlan(as(person), { format: 'a4' }, { locale: 'fr' })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await savePlan(as(person), PLAN);
		for (const format of ['a4', 'card'] as const) {
			const started = performance.now();
			const pdf = await printPlan(as(person), { format }, { locale: 'fr' });
			if (process.env.PLAN_PDF_FIGURES)
				console.log(
					`plan pdf ${format}: ${pdf.byteLength} bytes, ${(performance.now() - started).toFixed(1)} ms`
				);
			expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
		}
	});
});

describe('my plan: sharing with my supporter', () => {
	it('lets only the chosen supporter read it, records each opening, and ends with the accompaniment', async () => {
		const { person, supporter, stranger, accompanimentId } = await personWithSupporter();
		await savePlan(as(person), PLAN);
		await expect(readPlanAsSupporter(as(supporter), { accompanimentId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		// Only the person accompanied shares: not the supporter, not a stranger.
		await expect(sharePlanWithSupporter(as(supporter), { accompanimentId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(sharePlanWithSupporter(as(stranger), { accompanimentId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const [first, second] = await Promise.all([
			sharePlanWithSupporter(as(person), { accompanimentId }),
			sharePlanWithSupporter(as(person), { accompanimentId })
		]);
		expect(first.id).toBe(second.id);
		expect(await isPlanSharedWithMe(as(supporter), { accompanimentId })).toBe(true);
		expect(await isPlanSharedWithMe(as(stranger), { accompanimentId })).toBe(false);
		const read = await readPlanAsSupporter(as(supporter), { accompanimentId });
		expect(read.content.whatHelps).toBe(PLAN.whatHelps);
		expect(read.ownerPseudonym).toBe(person.pseudonym);
		await expect(readPlanAsSupporter(as(stranger), { accompanimentId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const listed = await listPlanShares(as(person));
		expect(listed.accesses).toHaveLength(1);
		expect(listed.accesses[0]).toMatchObject({ kind: 'supporter', viewerPseudonym: supporter.pseudonym });
		expect(listed.accompaniments).toEqual([
			{ accompanimentId, supporterPseudonym: supporter.pseudonym, shared: true }
		]);

		await endAccompaniment(as(person), { accompanimentId });
		await expect(readPlanAsSupporter(as(supporter), { accompanimentId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await listPlanShares(as(person))).shares[0]!.state).toBe('ended');
	});
});

describe('my plan: secret links', () => {
	it('opens with the token until revoked, then answers NOT_FOUND; revoking at once twice works', async () => {
		const { person, stranger } = await personWithSupporter();
		await savePlan(as(person), PLAN);
		const link = await createPlanLink(as(person), { recipientName: 'Dr Martin', days: 7 });
		expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const [row] = await db().select().from(recoveryPlanShares).where(eq(recoveryPlanShares.id, link.id));
		expect(row!.tokenHash).toBe(hashToken(link.token));
		expect(JSON.stringify(await listPlanShares(as(person)))).not.toContain(link.token);
		expect((await readPlanByLink(visitor(), { token: link.token })).content.pets).toBe(PLAN.pets);
		await expect(revokePlanShare(as(stranger), { shareId: link.id })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const results = await Promise.all([
			revokePlanShare(as(person), { shareId: link.id }),
			revokePlanShare(as(person), { shareId: link.id }),
			readPlanByLink(visitor(), { token: link.token }).catch((error) => error)
		]);
		expect(results[0]).toEqual({ revoked: true });
		expect(results[1]).toEqual({ revoked: true });
		await expect(readPlanByLink(visitor(), { token: link.token })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		const listed = await listPlanShares(as(person));
		expect(listed.shares[0]!.state).toBe('revoked');
		expect(
			listed.accesses.every((access) => access.kind === 'link' && access.recipientName === 'Dr Martin')
		).toBe(true);
	});

	it('expires after the days chosen, and refuses more than 30', async () => {
		const { person } = await personWithSupporter();
		await savePlan(as(person), PLAN);
		await expect(createPlanLink(as(person), { recipientName: 'Élise', days: 31 })).rejects.toMatchObject({
			code: 'INVALID',
			fields: [{ field: 'days', message: 'validation.plan.days' }]
		});
		const link = await createPlanLink(as(person), { recipientName: 'Élise', days: 2 });
		const later = { now: () => new Date(Date.now() + 2 * 86_400_000 + 1000) };
		await expect(readPlanByLink(visitor(later), { token: link.token })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		expect((await readPlanByLink(visitor(), { token: link.token })).version).toBe(1);
	});

	it('keeps at most five live links under parallel requests', async () => {
		const { person } = await personWithSupporter();
		await savePlan(as(person), PLAN);
		const results = await Promise.allSettled(
			Array.from({ length: MAX_LIVE_LINKS + 4 }, () =>
				createPlanLink(as(person), { recipientName: 'Élise', days: 3 })
			)
		);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(MAX_LIVE_LINKS);
		for (const result of results)
			if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'CONFLICT' });
	});

	it('throttles lookups per client address', async () => {
		const ctx = visitor();
		const token = 'a'.repeat(43);
		const results = await Promise.allSettled(
			Array.from({ length: 35 }, () => readPlanByLink(ctx, { token }))
		);
		const codes = results.map((result) => (result.status === 'rejected' ? result.reason.code : 'ok'));
		expect(codes.filter((code) => code === 'NOT_FOUND')).toHaveLength(30);
		expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(5);
	});
});

describe('my plan: personal data', () => {
	it('is in the export with every version, share and opening, and erasure removes it and its links', async () => {
		const { person, supporter, accompanimentId } = await personWithSupporter();
		await savePlan(as(person), PLAN);
		await savePlan(as(person), { ...PLAN, home: 'Clé chez la voisine.' });
		await sharePlanWithSupporter(as(person), { accompanimentId });
		await readPlanAsSupporter(as(supporter), { accompanimentId });
		const link = await createPlanLink(as(person), { recipientName: 'Élise', days: 3 });
		const exported = (await exportPersonalData(as(person))) as unknown as { plans: PlanRecord };
		const record = exported.plans;
		expect(record.plan.versions).toHaveLength(2);
		expect(record.plan.shares.map((share) => share.kind).sort()).toEqual(['link', 'supporter']);
		expect(record.plan.accesses).toHaveLength(1);
		expect(JSON.stringify(record)).not.toContain(hashToken(link.token));
		const supporterExport = (await exportPersonalData(as(supporter))) as unknown as { plans: PlanRecord };
		expect(supporterExport.plans.openedAsSupporter).toHaveLength(1);
		expect(JSON.stringify(supporterExport)).not.toContain(PLAN.whatHelps);

		await deleteAccount(as(person), { password: PASSWORD });
		expect(
			await db()
				.select()
				.from(recoveryPlanShares)
				.where(eq(recoveryPlanShares.tokenHash, hashToken(link.token)))
		).toEqual([]);
		await expect(readPlanByLink(visitor(), { token: link.token })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await expect(readPlanAsSupporter(as(supporter), { accompanimentId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});
});
