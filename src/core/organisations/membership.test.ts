import { describe, expect, it } from 'vitest';
import { buildAccount, buildOrganisation, contextFor } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { acceptInvitation, findInvitation } from './accept-invitation';
import { createInvitation } from './create-invitation';
import { joinOrganisation } from './join-organisation';
import { leaveOrganisation } from './leave-organisation';
import { listMembers } from './list-members';
import { manageMembership } from './manage-membership';
import { setMemberListVisibility } from './set-member-list-visibility';
import { updateOrganisation } from './update-organisation';

const db = useTestDatabase();

describe('joining an organisation', () => {
	it('makes a person an active member of an open organisation, with the charter version recorded', async () => {
		const { organisation } = await buildOrganisation(db(), { joinPolicy: 'open' });
		const person = await buildAccount(db());
		const ctx = contextFor(db(), person);
		const joined = await joinOrganisation(ctx, { slug: organisation.slug, acceptCharter: true });
		expect(joined.status).toBe('active');
		const { members } = await listMembers(ctx, { slug: organisation.slug });
		expect(members.map((member) => member.pseudonym)).toContain(person.pseudonym);
		expect(ctx.events.events).toContainEqual(
			expect.objectContaining({ type: 'membership.changed', accountId: person.accountId })
		);
	});

	it('keeps a request pending until a coordinator approves it', async () => {
		const { organisation, coordinator } = await buildOrganisation(db(), { joinPolicy: 'request' });
		const person = await buildAccount(db());
		const { membershipId, status } = await joinOrganisation(contextFor(db(), person), {
			slug: organisation.slug,
			acceptCharter: 'on'
		});
		expect(status).toBe('pending');
		await expect(listMembers(contextFor(db(), person), { slug: organisation.slug })).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
		await manageMembership(contextFor(db(), coordinator), {
			slug: organisation.slug,
			membershipId,
			decision: 'approve'
		});
		await expect(listMembers(contextFor(db(), person), { slug: organisation.slug })).resolves.toBeDefined();
	});

	it('requires the charter to be accepted, and refuses a charter that changed meanwhile', async () => {
		const { organisation, coordinator } = await buildOrganisation(db(), { joinPolicy: 'open' });
		const person = await buildAccount(db());
		await expect(
			joinOrganisation(contextFor(db(), person), { slug: organisation.slug } as never)
		).rejects.toMatchObject({
			fields: [{ field: 'acceptCharter', message: 'validation.charter' }]
		});
		await updateOrganisation(contextFor(db(), coordinator), {
			slug: organisation.slug,
			name: organisation.name,
			kind: 'gem',
			joinPolicy: 'open',
			charter: 'Une nouvelle charte, plus longue que la précédente.'
		});
		await expect(
			joinOrganisation(contextFor(db(), person), {
				slug: organisation.slug,
				acceptCharter: true,
				charterVersion: 1
			})
		).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'error.charterChanged' });
	});

	it('refuses direct joining of an invitation-only organisation', async () => {
		const { organisation } = await buildOrganisation(db(), { joinPolicy: 'invitation' });
		const person = await buildAccount(db());
		await expect(
			joinOrganisation(contextFor(db(), person), { slug: organisation.slug, acceptCharter: true })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});

	it('answers NOT_FOUND for an unknown organisation', async () => {
		const person = await buildAccount(db());
		await expect(
			joinOrganisation(contextFor(db(), person), { slug: 'nexiste-pas', acceptCharter: true })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});
});

describe('invitations', () => {
	it('lets a single-use link be used once, with the role it carries', async () => {
		const { organisation, coordinator } = await buildOrganisation(db(), { joinPolicy: 'invitation' });
		const invitation = await createInvitation(contextFor(db(), coordinator), {
			slug: organisation.slug,
			role: 'peer_supporter',
			uses: 1
		});
		expect(await findInvitation(db(), invitation.token, new Date())).toMatchObject({
			role: 'peer_supporter'
		});
		const first = await buildAccount(db());
		const second = await buildAccount(db());
		await expect(
			acceptInvitation(contextFor(db(), first), { token: invitation.token, acceptCharter: true })
		).resolves.toMatchObject({
			role: 'peer_supporter'
		});
		await expect(
			acceptInvitation(contextFor(db(), second), { token: invitation.token, acceptCharter: true })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('refuses expired links and links to nowhere', async () => {
		const { organisation, coordinator } = await buildOrganisation(db());
		const invitation = await createInvitation(contextFor(db(), coordinator), {
			slug: organisation.slug,
			days: 1
		});
		expect(
			await findInvitation(db(), invitation.token, new Date(Date.now() + 2 * 24 * 3600 * 1000))
		).toBeNull();
		const person = await buildAccount(db());
		await expect(
			acceptInvitation(contextFor(db(), person), { token: 'x'.repeat(43), acceptCharter: true })
		).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('only lets coordinators create invitations', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['moderator'] });
		await expect(
			createInvitation(contextFor(db(), members[0]!), { slug: organisation.slug })
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
	});
});

describe('member list', () => {
	it('hides a member who asked to be hidden, except from themselves and in the coordinators’ view', async () => {
		const { organisation, coordinator, members } = await buildOrganisation(db(), {
			members: ['member', 'member']
		});
		const [hidden, other] = members;
		await setMemberListVisibility(contextFor(db(), hidden!), { slug: organisation.slug, hidden: 'true' });
		const seenByOther = await listMembers(contextFor(db(), other!), { slug: organisation.slug });
		expect(seenByOther.members.map((member) => member.accountId)).not.toContain(hidden!.accountId);
		const seenByThemself = await listMembers(contextFor(db(), hidden!), { slug: organisation.slug });
		expect(seenByThemself.members.map((member) => member.accountId)).toContain(hidden!.accountId);
		const management = await listMembers(contextFor(db(), coordinator), {
			slug: organisation.slug,
			view: 'management'
		});
		expect(
			management.members.find((member) => member.accountId === hidden!.accountId)?.hiddenFromMemberList
		).toBe(true);
	});

	it('is not found for visitors, outsiders and professional partners', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['professional'] });
		const outsider = await buildAccount(db());
		for (const actor of [null, outsider, members[0]!]) {
			await expect(listMembers(contextFor(db(), actor), { slug: organisation.slug })).rejects.toMatchObject({
				code: 'NOT_FOUND'
			});
		}
	});

	it('does not give members the coordinators’ view', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['peer_supporter'] });
		await expect(
			listMembers(contextFor(db(), members[0]!), { slug: organisation.slug, view: 'management' })
		).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
	});
});

describe('managing memberships', () => {
	it('changes roles and removes members', async () => {
		const { organisation, coordinator, members } = await buildOrganisation(db(), {
			members: ['member', 'member']
		});
		const ctx = contextFor(db(), coordinator);
		await manageMembership(ctx, {
			slug: organisation.slug,
			membershipId: members[0]!.membershipId,
			decision: 'change-role',
			role: 'peer_supporter'
		});
		await manageMembership(ctx, {
			slug: organisation.slug,
			membershipId: members[1]!.membershipId,
			decision: 'remove'
		});
		const { members: listed } = await listMembers(ctx, { slug: organisation.slug });
		expect(listed.find((member) => member.accountId === members[0]!.accountId)?.role).toBe('peer_supporter');
		expect(listed.map((member) => member.accountId)).not.toContain(members[1]!.accountId);
	});

	it('keeps at least one coordinator', async () => {
		const { organisation, coordinator } = await buildOrganisation(db());
		const { members } = await listMembers(contextFor(db(), coordinator), { slug: organisation.slug });
		const own = members.find((member) => member.accountId === coordinator.accountId)!;
		await expect(
			manageMembership(contextFor(db(), coordinator), {
				slug: organisation.slug,
				membershipId: own.membershipId,
				decision: 'change-role',
				role: 'member'
			})
		).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'error.lastCoordinator' });
		await expect(
			leaveOrganisation(contextFor(db(), coordinator), { slug: organisation.slug })
		).rejects.toMatchObject({ code: 'CONFLICT' });
	});

	it('does not resolve a membership id from another organisation', async () => {
		const first = await buildOrganisation(db(), { members: ['member'] });
		const second = await buildOrganisation(db());
		await expect(
			manageMembership(contextFor(db(), second.coordinator), {
				slug: second.organisation.slug,
				membershipId: first.members[0]!.membershipId,
				decision: 'remove'
			})
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});

	it('is not possible for moderators, and invisible to outsiders', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['moderator', 'member'] });
		const outsider = await buildAccount(db());
		const target = {
			slug: organisation.slug,
			membershipId: members[1]!.membershipId,
			decision: 'remove' as const
		};
		await expect(manageMembership(contextFor(db(), members[0]!), target)).rejects.toMatchObject({
			code: 'FORBIDDEN'
		});
		await expect(manageMembership(contextFor(db(), outsider), target)).rejects.toMatchObject({
			code: 'NOT_FOUND'
		});
	});

	it('lets a member leave', async () => {
		const { organisation, members } = await buildOrganisation(db(), { members: ['member'] });
		await leaveOrganisation(contextFor(db(), members[0]!), { slug: organisation.slug });
		await expect(
			listMembers(contextFor(db(), members[0]!), { slug: organisation.slug })
		).rejects.toMatchObject({ code: 'NOT_FOUND' });
	});
});
