import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accounts, memberships, sessions } from '../../db/schema';
import { buildAccount, buildOrganisation, contextFor, PASSWORD } from '../../../tests/support/factories';
import { useTestDatabase } from '../../../tests/support/database';
import { signIn } from '../accounts/sign-in';
import { joinOrganisation } from '../organisations/join-organisation';
import { deleteAccount } from './delete-account';
import { exportPersonalData } from './export-personal-data';

const db = useTestDatabase();

describe('exportPersonalData', () => {
	it('contains the account, consent, sessions and memberships, and no secret', async () => {
		const person = await buildAccount(db(), { email: 'camille@exemple.fr' });
		const { organisation } = await buildOrganisation(db(), { joinPolicy: 'open' });
		await joinOrganisation(contextFor(db(), person), { slug: organisation.slug, acceptCharter: true });
		const exported = await exportPersonalData(contextFor(db(), person));
		expect(exported).toMatchObject({
			format: 'entrepairs-export',
			account: {
				pseudonym: person.pseudonym,
				email: 'camille@exemple.fr',
				consentVersion: expect.any(String)
			},
			organisations: [
				{ slug: organisation.slug, role: 'member', status: 'active', charterVersionAccepted: 1 }
			]
		});
		const text = JSON.stringify(exported);
		expect(text).not.toMatch(/argon2|passwordHash|tokenHash/);
	});

	it('requires a signed-in person', async () => {
		await expect(exportPersonalData(contextFor(db(), null))).rejects.toMatchObject({
			code: 'UNAUTHENTICATED'
		});
	});
});

describe('deleteAccount', () => {
	it('erases the account, its sessions and memberships after the password is confirmed', async () => {
		const person = await buildAccount(db());
		const { organisation } = await buildOrganisation(db(), { joinPolicy: 'open' });
		await joinOrganisation(contextFor(db(), person), { slug: organisation.slug, acceptCharter: true });
		await signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD });
		await expect(deleteAccount(contextFor(db(), person), { password: 'pas le bon' })).rejects.toMatchObject({
			code: 'INVALID'
		});
		const ctx = contextFor(db(), person);
		await deleteAccount(ctx, { password: PASSWORD });
		expect(await db().select().from(accounts).where(eq(accounts.id, person.accountId))).toEqual([]);
		expect(await db().select().from(sessions).where(eq(sessions.accountId, person.accountId))).toEqual([]);
		expect(await db().select().from(memberships).where(eq(memberships.accountId, person.accountId))).toEqual(
			[]
		);
		expect(ctx.events.events).toContainEqual({ type: 'account.deleted', accountId: person.accountId });
		await expect(
			signIn(contextFor(db(), null), { pseudonym: person.pseudonym, password: PASSWORD })
		).rejects.toMatchObject({ code: 'INVALID' });
	});

	it('frees the pseudonym for someone else', async () => {
		const person = await buildAccount(db());
		await deleteAccount(contextFor(db(), person), { password: PASSWORD });
		const [row] = await db().select().from(accounts).where(eq(accounts.pseudonym, person.pseudonym));
		expect(row).toBeUndefined();
	});
});
