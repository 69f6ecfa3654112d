import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../tests/support/database';
import { buildOrganisation, contextFor } from '../../../tests/support/factories';
import { insertGroup, insertOccurrence, insertRegistration } from '../../../tests/support/gatherings';
import { missionSheets, missionSheetSignatures } from '../../db/schema';
import { pathwayPersonalData } from './personal-data';
import type { Actor } from '../shared';
import {
	acceptEnrolment,
	createMissionSheet,
	createPath,
	endMission,
	enrolInPath,
	leavePath,
	getMissionSheet,
	getPath,
	renewMission,
	reviseMissionSheet,
	signMissionSheet,
	signOffStep
} from '.';

import { listNotifications } from '../notifications';

const db = useTestDatabase();
const as = (actor: Actor) => contextFor(db(), actor);

export const SHEET = {
	role: 'pair_aidant_benevole',
	activities: 'Accueil des nouveaux membres, co-animation du groupe de parole du mardi.',
	limits: 'Pas de suivi médical, pas de conseil sur les traitements, pas d’accompagnement seul à domicile.',
	referent: 'Claire, coordinatrice',
	hours: '4 heures par semaine',
	place: 'GEM, 12 rue des Capucins, Lyon',
	startsOn: '2026-12-01',
	endsOn: '2027-06-30',
	employment: 'volunteer'
} as const;

async function scene() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'member', 'member', 'peer_supporter']
	});
	const [coordinator, person, outsiderOfPath, referent] = members as Actor[] as [Actor, Actor, Actor, Actor];
	return { organisation, coordinator, person, outsiderOfPath, referent };
}

describe('training paths', () => {
	it('completes attendance and signature steps by themselves and others by a referent’s sign-off', async () => {
		const s = await scene();
		const group = await insertGroup(db(), { organisationId: s.organisation.id, title: 'Découverte' });
		const { pathId } = await createPath(as(s.coordinator), {
			slug: s.organisation.slug,
			title: 'Devenir pair-aidant',
			steps: [
				{ title: 'Formation découverte', completion: 'attendance', groupId: group.id },
				{ title: 'Fiche de mission signée', completion: 'signature' },
				{ title: 'Mise en situation', completion: 'sign_off' }
			]
		});
		const { enrolmentId, status } = await enrolInPath(as(s.coordinator), {
			pathId,
			accountId: s.person.accountId,
			referentId: s.referent.accountId
		});
		expect(status).toBe('proposed');
		await expect(
			signOffStep(as(s.referent), {
				enrolmentId,
				stepId: (await getPath(as(s.person), { pathId })).steps[2]!.id
			})
		).rejects.toMatchObject({ code: 'CONFLICT' });
		await acceptEnrolment(as(s.person), { enrolmentId });
		let mine = (await getPath(as(s.person), { pathId })).mine!;
		expect(mine.doneCount).toBe(0);
		expect(mine.current).toBe(mine.steps[0]!.id);

		const { occurrence } = await insertOccurrence(db(), {
			groupId: group.id,
			organisationId: s.organisation.id,
			startsAt: new Date('2026-11-20T14:00:00Z')
		});
		await insertRegistration(db(), {
			occurrenceId: occurrence.id,
			accountId: s.person.accountId,
			attended: true
		});
		const { sheetId } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.person.accountId,
			fields: SHEET
		});
		await signMissionSheet(as(s.person), { sheetId, version: 1 });
		mine = (await getPath(as(s.person), { pathId })).mine!;
		expect(mine.steps.map((step) => step.done)).toEqual([true, false, false]);
		await signMissionSheet(as(s.coordinator), { sheetId, version: 1 });
		mine = (await getPath(as(s.person), { pathId })).mine!;
		expect(mine.steps.map((step) => step.done)).toEqual([true, true, false]);

		const lastStep = mine.steps[2]!.id;
		await expect(signOffStep(as(s.person), { enrolmentId, stepId: lastStep })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(signOffStep(as(s.outsiderOfPath), { enrolmentId, stepId: lastStep })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await signOffStep(as(s.referent), { enrolmentId, stepId: lastStep });
		await expect(signOffStep(as(s.coordinator), { enrolmentId, stepId: lastStep })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		mine = (await getPath(as(s.person), { pathId })).mine!;
		expect(mine.current).toBeNull();
		// A member sees only their own enrolment; the referent sees the one naming them.
		expect((await getPath(as(s.outsiderOfPath), { pathId })).others).toEqual([]);
		expect((await getPath(as(s.referent), { pathId })).others.map((e) => e.accountId)).toEqual([
			s.person.accountId
		]);
	});

	it('tells the person of a proposed enrolment, and each side of a sheet waiting for its signature', async () => {
		const s = await scene();
		const kinds = async (actor: Actor) =>
			(await listNotifications(as(actor))).notifications.map((notification) => notification.kind);
		const { pathId } = await createPath(as(s.coordinator), {
			slug: s.organisation.slug,
			title: 'Devenir pair-aidant',
			steps: [{ title: 'Découverte', completion: 'sign_off' }]
		});
		await enrolInPath(as(s.outsiderOfPath), { pathId });
		expect(await kinds(s.outsiderOfPath)).not.toContain('path.enrolment_proposed');
		await enrolInPath(as(s.coordinator), { pathId, accountId: s.person.accountId });
		expect(await kinds(s.person)).toContain('path.enrolment_proposed');

		const { sheetId } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.person.accountId,
			fields: SHEET
		});
		const [toSign] = (await listNotifications(as(s.person))).notifications.filter(
			(notification) => notification.kind === 'mission_sheet.to_sign'
		);
		expect(toSign?.href).toBe(`/organisations/${s.organisation.slug}/fiches-mission/${sheetId}`);
		expect(await kinds(s.coordinator)).not.toContain('mission_sheet.to_sign');
		await signMissionSheet(as(s.person), { sheetId, version: 1 });
		expect(await kinds(s.coordinator)).toContain('mission_sheet.to_sign');
	});

	it('lets only coordinators define paths, with groups of their own organisation', async () => {
		const s = await scene();
		const other = await buildOrganisation(db());
		const foreign = await insertGroup(db(), { organisationId: other.organisation.id });
		const steps = [{ title: 'Découverte', completion: 'sign_off' as const }];
		await expect(
			createPath(as(s.person), { slug: s.organisation.slug, title: 'Parcours', steps })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(
			createPath(as(s.coordinator), {
				slug: s.organisation.slug,
				title: 'Parcours',
				steps: [{ title: 'Découverte', completion: 'attendance', groupId: foreign.id }]
			})
		).rejects.toMatchObject({ code: 'INVALID' });
		const { pathId } = await createPath(as(s.coordinator), {
			slug: s.organisation.slug,
			title: 'Parcours',
			steps
		});
		const { enrolmentId } = await enrolInPath(as(s.person), { pathId });
		await expect(enrolInPath(as(s.person), { pathId })).rejects.toMatchObject({ code: 'CONFLICT' });
		// Having left, the person may enrol again (the same enrolment back), once even when asked twice at once.
		await leavePath(as(s.person), { enrolmentId });
		const again = await Promise.allSettled([
			enrolInPath(as(s.person), { pathId }),
			enrolInPath(as(s.person), { pathId })
		]);
		expect(again.filter((result) => result.status === 'fulfilled')).toEqual([
			{ status: 'fulfilled', value: { enrolmentId, status: 'active' } }
		]);
		const stranger = (await buildOrganisation(db(), { members: ['member'] })).members[0]!;
		await expect(enrolInPath(as(stranger), { pathId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});

describe('mission sheets', () => {
	it('needs both signatures on the very version, and both again after a change', async () => {
		const s = await scene();
		const { sheetId } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.person.accountId,
			fields: SHEET
		});
		await expect(getMissionSheet(as(s.outsiderOfPath), { sheetId })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await signMissionSheet(as(s.person), { sheetId, version: 1 });
		await expect(signMissionSheet(as(s.person), { sheetId, version: 1 })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await signMissionSheet(as(s.coordinator), { sheetId, version: 1 });
		let read = await getMissionSheet(as(s.person), { sheetId });
		expect(read.inForce).toBe(true);
		expect(read.currentSignatures.map((sig) => [sig.side, sig.signerName, sig.textHash])).toEqual([
			['supporter', s.person.pseudonym, read.current.textHash],
			['organisation', s.coordinator.pseudonym, read.current.textHash]
		]);

		await reviseMissionSheet(as(s.coordinator), {
			sheetId,
			fields: { ...SHEET, hours: '6 heures par semaine' }
		});
		read = await getMissionSheet(as(s.person), { sheetId });
		expect(read.current.version).toBe(2);
		expect(read.inForce).toBe(false);
		expect(read.versions.map((v) => v.version)).toEqual([2, 1]);
		expect(read.versions[0]!.textHash).not.toBe(read.versions[1]!.textHash);
		// Signing what one read: the old version no longer can be.
		await expect(signMissionSheet(as(s.person), { sheetId, version: 1 })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
		await expect(reviseMissionSheet(as(s.person), { sheetId, fields: SHEET })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await signMissionSheet(as(s.person), { sheetId, version: 2 });
		await signMissionSheet(as(s.coordinator), { sheetId, version: 2 });
		expect((await getMissionSheet(as(s.coordinator), { sheetId })).inForce).toBe(true);
	});

	it('takes both sides’ simultaneous signatures, and one of two simultaneous signatures of one side', async () => {
		const s = await scene();
		const { sheetId } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.person.accountId,
			fields: SHEET
		});
		const [supporterSide, organisationSide] = await Promise.allSettled([
			signMissionSheet(as(s.person), { sheetId, version: 1 }),
			signMissionSheet(as(s.coordinator), { sheetId, version: 1 })
		]);
		expect([supporterSide.status, organisationSide.status]).toEqual(['fulfilled', 'fulfilled']);
		const { sheetId: second } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.referent.accountId,
			fields: SHEET
		});
		const twice = await Promise.allSettled(
			Array.from({ length: 6 }, () => signMissionSheet(as(s.referent), { sheetId: second, version: 1 }))
		);
		expect(twice.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rows = await db()
			.select()
			.from(missionSheetSignatures)
			.where(eq(missionSheetSignatures.sheetId, second));
		expect(rows).toHaveLength(1);
	});

	it('does not sign a version replaced at the same moment', async () => {
		const s = await scene();
		const { sheetId } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.person.accountId,
			fields: SHEET
		});
		const [signed] = await Promise.allSettled([
			signMissionSheet(as(s.person), { sheetId, version: 1 }),
			reviseMissionSheet(as(s.coordinator), { sheetId, fields: { ...SHEET, place: 'En ligne' } })
		]);
		const read = await getMissionSheet(as(s.person), { sheetId });
		// Either the signature landed on version 1 before the change, or it was refused: never on version 2.
		expect(read.current.version).toBe(2);
		expect(read.currentSignatures).toEqual([]);
		const onFirst = read.signatures.filter((sig) => sig.version === 1);
		expect(onFirst).toHaveLength(signed.status === 'fulfilled' ? 1 : 0);
	});

	it('records renewing (a new version to sign) and ending, once under simultaneous ends', async () => {
		const s = await scene();
		const { sheetId } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.person.accountId,
			fields: SHEET
		});
		await expect(renewMission(as(s.person), { sheetId, endsOn: '2027-12-31' })).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(renewMission(as(s.coordinator), { sheetId, endsOn: '2026-01-01' })).rejects.toMatchObject({
			code: 'INVALID'
		});
		await renewMission(as(s.coordinator), { sheetId, endsOn: '2027-12-31', reason: 'Un an de plus' });
		let read = await getMissionSheet(as(s.person), { sheetId });
		expect(read.current.endsOn).toBe('2027-12-31');
		expect(read.acts.map((a) => [a.kind, a.by, a.reason])).toEqual([
			['renewed', s.coordinator.pseudonym, 'Un an de plus']
		]);
		const ends = await Promise.allSettled([
			endMission(as(s.person), { sheetId, reason: 'Trop confrontant pour le moment' }),
			endMission(as(s.coordinator), { sheetId })
		]);
		expect(ends.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		read = await getMissionSheet(as(s.person), { sheetId });
		expect(read.sheet.status).toBe('ended');
		expect(read.acts.filter((a) => a.kind === 'ended')).toHaveLength(1);
		await expect(signMissionSheet(as(s.person), { sheetId, version: 2 })).rejects.toMatchObject({
			code: 'CONFLICT'
		});
	});
});

describe('personal data', () => {
	it('exports a supporter’s sheets with versions and signatures; erasure removes them and unnames signers', async () => {
		const s = await scene();
		const { sheetId } = await createMissionSheet(as(s.coordinator), {
			slug: s.organisation.slug,
			supporterId: s.person.accountId,
			fields: SHEET
		});
		await signMissionSheet(as(s.person), { sheetId, version: 1 });
		await signMissionSheet(as(s.coordinator), { sheetId, version: 1 });
		const exported = await db().transaction((tx) => pathwayPersonalData.exportFor(tx, s.person.accountId));
		const sheet = (exported as { missionSheets: Array<{ versions: unknown[]; signatures: unknown[] }> })
			.missionSheets[0]!;
		expect([sheet.versions.length, sheet.signatures.length]).toEqual([1, 2]);
		await db().transaction((tx) => pathwayPersonalData.eraseFor(tx, s.coordinator.accountId));
		const signatures = await db()
			.select()
			.from(missionSheetSignatures)
			.where(eq(missionSheetSignatures.sheetId, sheetId));
		expect(signatures.find((sig) => sig.side === 'organisation')).toMatchObject({
			accountId: null,
			signerName: ''
		});
		await db().transaction((tx) => pathwayPersonalData.eraseFor(tx, s.person.accountId));
		expect(await db().select().from(missionSheets).where(eq(missionSheets.id, sheetId))).toEqual([]);
	});
});
