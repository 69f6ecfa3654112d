import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, contextFor, openAccompaniment } from '../../../tests/support/factories';
import {
	insertGroup,
	insertGroupMember,
	insertOccurrence,
	insertRegistration
} from '../../../tests/support/gatherings';
import { useTestDatabase } from '../../../tests/support/database';
import { activityEntries, notifications } from '../../db/schema';
import { sendMessage } from '../conversations';
import { deleteAccount } from '../my-data/delete-account';
import { exportPersonalData } from '../my-data/export-personal-data';
import type { Actor } from '../shared';
import { decideAttestation, listAttestationRequests } from './attest-credential';
import { attestationPdf } from './attestation-pdf';
import { importMyActivity } from './import-activity';
import { issueAttestation } from './issue-attestation';
import { listMyCredentials, visibleCredentials } from './list-credentials';
import { listMyActivity, listOrganisationActivity } from './list-activity';
import { deleteActivity, logActivity } from './log-activity';
import { requestAttestation, setCredentialAudience } from './manage-credential';
import { getAttestation, listMyAttestations, revokeAttestation } from './manage-attestations';
import { listNotifications } from '../notifications';
import { createCredential, updateCredential } from './save-credential';
import { verifyAttestation } from './verify-attestation';

const db = useTestDatabase();
const as = (actor: Actor | null, ip?: string) => contextFor(db(), actor, ip ? { ip } : {});
const code = (promise: Promise<unknown>) =>
	promise.then(
		() => 'ok',
		(error: { code?: string }) => error.code
	);

async function build() {
	const { organisation, members } = await buildOrganisation(db(), {
		members: ['coordinator', 'peer_supporter', 'member', 'moderator']
	});
	const [coordinator, supporter, member, moderator] = members as unknown as Actor[];
	const other = await buildOrganisation(db(), { members: ['coordinator'] });
	return {
		organisation,
		coordinator: coordinator!,
		supporter: supporter!,
		member: member!,
		moderator: moderator!,
		otherCoordinator: other.members[0]! as Actor,
		other: other.organisation
	};
}

const du = {
	kind: 'du_peer_support',
	title: 'DU Pair-aidance en santé mentale',
	issuer: 'Université Lyon 1',
	startedOn: '2025-06-30'
} as const;

describe('credentials', () => {
	it('are attested by a coordinator of the organisation asked, and lose it when their words change', async () => {
		const s = await build();
		const { id } = await createCredential(as(s.supporter), du);
		await requestAttestation(as(s.supporter), { credentialId: id, organisationId: s.organisation.id });
		// Nobody else attests: another organisation's coordinator, a moderator, the owner.
		const { requests } = await listAttestationRequests(as(s.coordinator), { slug: s.organisation.slug });
		const seenVersion = requests[0]!.updatedAt.toISOString();
		for (const [actor, slug] of [
			[s.otherCoordinator, s.other.slug],
			[s.moderator, s.organisation.slug],
			[s.supporter, s.organisation.slug]
		] as const)
			expect(
				await code(decideAttestation(as(actor), { slug, credentialId: id, decision: 'attest', seenVersion }))
			).toBe('NOT_FOUND');
		await decideAttestation(as(s.coordinator), {
			slug: s.organisation.slug,
			credentialId: id,
			decision: 'attest',
			seenVersion
		});
		let [mine] = (await listMyCredentials(as(s.supporter))).credentials;
		expect(mine).toMatchObject({ attestedBy: s.organisation.name });
		// Changing who sees it keeps the attestation; changing its words without confirming is refused.
		await setCredentialAudience(as(s.supporter), { credentialId: id, audience: 'my_organisations' });
		const edit = { credentialId: id, ...du, title: 'DU Pair-aidance (Lyon)' };
		expect(await code(updateCredential(as(s.supporter), edit))).toBe('INVALID');
		expect(await updateCredential(as(s.supporter), { ...edit, confirmLoseAttestation: 'on' })).toMatchObject({
			attestationRemoved: true
		});
		[mine] = (await listMyCredentials(as(s.supporter))).credentials;
		expect(mine).toMatchObject({ attestedAt: null, attestedBy: null, title: 'DU Pair-aidance (Lyon)' });
	});

	it('refuses an attestation of words the coordinator did not read', async () => {
		const s = await build();
		const { id } = await createCredential(as(s.supporter), du);
		await requestAttestation(as(s.supporter), { credentialId: id, organisationId: s.organisation.id });
		const seenVersion = new Date(Date.now() - 60_000).toISOString();
		expect(
			await code(
				decideAttestation(as(s.coordinator), {
					slug: s.organisation.slug,
					credentialId: id,
					decision: 'attest',
					seenVersion
				})
			)
		).toBe('CONFLICT');
	});

	it('are shown per audience on the person’s page', async () => {
		const s = await build();
		const { id } = await createCredential(as(s.supporter), { ...du, audience: 'my_organisations' });
		await createCredential(as(s.supporter), {
			...du,
			title: 'Formation Handicap International',
			kind: 'facilitator_training'
		});
		const outsider = s.otherCoordinator;
		expect(
			(await visibleCredentials(as(s.member), { accountId: s.supporter.accountId })).map((c) => c.id)
		).toEqual([id]);
		expect(await visibleCredentials(as(outsider), { accountId: s.supporter.accountId })).toEqual([]);
		await setCredentialAudience(as(s.supporter), { credentialId: id, audience: 'instance' });
		expect(await visibleCredentials(as(outsider), { accountId: s.supporter.accountId })).toHaveLength(1);
	});
});

describe('activity log', () => {
	async function withSessions() {
		const s = await build();
		const past = new Date(Date.now() - 7 * 86_400_000);
		const talk = await insertGroup(db(), { organisationId: s.organisation.id, kind: 'talk' });
		await insertGroupMember(db(), {
			groupId: talk.id,
			accountId: s.supporter.accountId,
			role: 'facilitator'
		});
		const facilitated = await insertOccurrence(db(), {
			groupId: talk.id,
			organisationId: s.organisation.id,
			startsAt: past,
			durationMinutes: 90
		});
		// A future occurrence is not activity yet.
		await insertOccurrence(db(), {
			groupId: talk.id,
			organisationId: s.organisation.id,
			startsAt: new Date(Date.now() + 86_400_000)
		});
		const intervision = await insertGroup(db(), {
			organisationId: s.organisation.id,
			kind: 'intervision',
			audience: 'supporters'
		});
		const attended = await insertOccurrence(db(), {
			groupId: intervision.id,
			organisationId: s.organisation.id,
			startsAt: past,
			durationMinutes: 120
		});
		await insertRegistration(db(), {
			occurrenceId: attended.occurrence.id,
			accountId: s.supporter.accountId,
			attended: true
		});
		return { ...s, facilitated, attended };
	}

	it('fills itself from sessions and accompaniments, once, even with imports running at the same time', async () => {
		const s = await withSessions();
		const { conversationId } = await openAccompaniment(db(), s.member, s.supporter);
		for (const body of ['Bonjour', 'Je suis là'])
			await sendMessage(as(s.supporter), { conversationId, body, messageId: randomUUID() });
		const results = await Promise.all(Array.from({ length: 6 }, () => importMyActivity(as(s.supporter))));
		expect(results.reduce((sum, result) => sum + result.added, 0)).toBe(3);
		const { entries, totals } = await listMyActivity(as(s.supporter));
		expect(entries.map((entry) => [entry.kind, entry.durationMinutes, entry.source]).sort()).toEqual([
			['accompaniment', null, 'accompaniment'],
			['group_facilitation', 90, 'session'],
			['intervision', 120, 'session']
		]);
		expect(totals.find((total) => total.kind === 'intervision')).toEqual({
			kind: 'intervision',
			count: 1,
			minutes: 120
		});
		// A dismissed automatic entry does not come back.
		const facilitation = entries.find((entry) => entry.kind === 'group_facilitation')!;
		await deleteActivity(as(s.supporter), { entryId: facilitation.id });
		expect((await importMyActivity(as(s.supporter))).added).toBe(0);
		expect((await listMyActivity(as(s.supporter))).entries).toHaveLength(2);
	});

	it('is read by the supporter and that organisation’s coordinators only, without the private note', async () => {
		const s = await build();
		await logActivity(as(s.supporter), {
			kind: 'testimony',
			occurredOn: '2026-10-01',
			durationMinutes: '60',
			organisationId: s.organisation.id,
			note: 'note privée'
		});
		expect(
			await code(
				logActivity(as(s.supporter), { kind: 'other', occurredOn: '2026-10-01', organisationId: s.other.id })
			)
		).toBe('INVALID');
		const seen = await listOrganisationActivity(as(s.coordinator), {
			slug: s.organisation.slug,
			accountId: s.supporter.accountId
		});
		expect(seen.entries).toHaveLength(1);
		expect(seen.entries[0]).not.toHaveProperty('note');
		for (const actor of [s.member, s.moderator, s.supporter])
			expect(await code(listOrganisationActivity(as(actor), { slug: s.organisation.slug }))).toBe(
				'NOT_FOUND'
			);
		const elsewhere = await listOrganisationActivity(as(s.otherCoordinator), {
			slug: s.other.slug,
			accountId: s.supporter.accountId
		});
		expect(elsewhere.entries).toEqual([]);
	});
});

describe('attestations', () => {
	it('are issued with a code anyone verifies, say only what they say, and can be revoked', async () => {
		const s = await build();
		await logActivity(as(s.supporter), {
			kind: 'group_facilitation',
			occurredOn: '2026-03-10',
			durationMinutes: 90,
			organisationId: s.organisation.id
		});
		await logActivity(as(s.supporter), {
			kind: 'group_facilitation',
			occurredOn: '2027-01-10',
			durationMinutes: 90,
			organisationId: s.organisation.id
		});
		expect(
			await code(
				issueAttestation(as(s.supporter), {
					slug: s.organisation.slug,
					accountId: s.supporter.accountId,
					periodStart: '2026-01-01',
					periodEnd: '2026-12-31'
				})
			)
		).toBe('NOT_FOUND');
		const attestation = await issueAttestation(as(s.coordinator), {
			slug: s.organisation.slug,
			accountId: s.supporter.accountId,
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31'
		});
		expect(attestation.code).toMatch(/^[0-9A-Z]{20}$/);
		expect(attestation.totals).toEqual([{ kind: 'group_facilitation', count: 1, minutes: 90 }]);
		const told = await db()
			.select()
			.from(notifications)
			.where(
				and(eq(notifications.accountId, s.supporter.accountId), eq(notifications.kind, 'attestation.issued'))
			);
		expect(told).toHaveLength(1);

		const typed = attestation.code
			.toLowerCase()
			.replace(/(.{4})/g, '$1-')
			.slice(0, -1);
		const verified = await verifyAttestation(as(null, '192.0.2.1'), { code: typed });
		expect(verified).toEqual({
			found: true,
			supporterName: s.supporter.pseudonym,
			organisationName: s.organisation.name,
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31',
			totals: [{ kind: 'group_facilitation', count: 1, minutes: 90 }],
			totalMinutes: 90,
			issuedAt: attestation.issuedAt,
			revoked: false,
			revokedAt: null
		});
		expect(await verifyAttestation(as(null, '192.0.2.1'), { code: 'ABCD-EFGH-JKMN-PQRS-TV12' })).toEqual({
			found: false
		});

		const pdf = await attestationPdf(
			await getAttestation(as(s.supporter), { attestationId: attestation.id }),
			{
				locale: 'fr',
				verifyUrl: 'https://exemple.org/attestations/verifier'
			}
		);
		expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
		expect(await code(getAttestation(as(s.member), { attestationId: attestation.id }))).toBe('NOT_FOUND');

		expect(
			await code(
				revokeAttestation(as(s.otherCoordinator), {
					slug: s.other.slug,
					attestationId: attestation.id,
					reason: 'Période mal saisie'
				})
			)
		).toBe('NOT_FOUND');
		await revokeAttestation(as(s.coordinator), {
			slug: s.organisation.slug,
			attestationId: attestation.id,
			reason: 'Période mal saisie'
		});
		const [mine] = await listMyAttestations(as(s.supporter));
		expect(mine).toMatchObject({ id: attestation.id, revokedReason: 'Période mal saisie' });
		const { notifications: revokedNotices } = await listNotifications(as(s.supporter));
		expect(revokedNotices.map((notification) => notification.kind)).toContain('attestation.revoked');
		expect(await verifyAttestation(as(null, '192.0.2.2'), { code: attestation.code })).toMatchObject({
			found: true,
			revoked: true
		});
		// The public page says "revoked", never why.
		expect(
			JSON.stringify(await verifyAttestation(as(null, '192.0.2.2'), { code: attestation.code }))
		).not.toContain('mal saisie');
		expect(
			await code(
				revokeAttestation(as(s.coordinator), {
					slug: s.organisation.slug,
					attestationId: attestation.id,
					reason: 'Encore une fois'
				})
			)
		).toBe('CONFLICT');
	});

	it('throttles lookups per address, also when they arrive at once', async () => {
		const lookups = await Promise.all(
			Array.from({ length: 25 }, () =>
				code(verifyAttestation(as(null, '198.51.100.7'), { code: 'ABCD-EFGH-JKMN-PQRS-TV12' }))
			)
		);
		expect(lookups.filter((result) => result === 'ok')).toHaveLength(10);
		expect(lookups.filter((result) => result === 'RATE_LIMITED')).toHaveLength(15);
		// Another address is not affected.
		expect(await code(verifyAttestation(as(null, '198.51.100.8'), { code: 'nonsense' }))).toBe('INVALID');
	});

	it('leave with the supporter’s erasure; their export holds them', async () => {
		const s = await build();
		await createCredential(as(s.supporter), du);
		await logActivity(as(s.supporter), {
			kind: 'other',
			occurredOn: '2026-03-10',
			organisationId: s.organisation.id
		});
		const attestation = await issueAttestation(as(s.coordinator), {
			slug: s.organisation.slug,
			accountId: s.supporter.accountId,
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31'
		});
		const exported = (await exportPersonalData(as(s.supporter))) as unknown as Record<
			string,
			{ credentials: unknown[]; activity: unknown[]; attestations: unknown[] }
		>;
		expect(exported.recognition).toMatchObject({
			credentials: [expect.anything()],
			activity: [expect.anything()],
			attestations: [expect.anything()]
		});
		await deleteAccount(as(s.supporter), { password: 'correct horse battery', confirm: true } as never);
		expect(
			await db().select().from(activityEntries).where(eq(activityEntries.accountId, s.supporter.accountId))
		).toEqual([]);
		expect(await verifyAttestation(as(null, '192.0.2.9'), { code: attestation.code })).toEqual({
			found: false
		});
	});
});
