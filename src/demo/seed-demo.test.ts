import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../tests/support/database';
import { contextFor } from '../../tests/support/factories';
import { signIn } from '../core/accounts';
import { createHelpRequest, findMatches } from '../core/matching';
import { listMembers, listOrganisations } from '../core/organisations';
import { DEMO_PASSWORD, seedDemo } from './seed-demo';

const db = useTestDatabase();

describe('seedDemo', () => {
	it('creates the documented French demo once, and the documented logins work', async () => {
		expect(await seedDemo(db())).toBe(true);
		expect(await seedDemo(db())).toBe(false);
		const organisations = await listOrganisations(contextFor(db(), null));
		expect(organisations.map((organisation) => organisation.slug).sort()).toEqual([
			'ch-de-l-ille',
			'gem-les-traboules',
			'mains-tendues',
			'paires-aura'
		]);
		const camille = await signIn(contextFor(db(), null), { pseudonym: 'Camille', password: DEMO_PASSWORD });
		const { members } = await listMembers(
			contextFor(db(), { accountId: camille.accountId, pseudonym: 'Camille', isInstanceAdmin: false }),
			{
				slug: 'gem-les-traboules'
			}
		);
		expect(members.map((member) => member.pseudonym)).toEqual(
			expect.arrayContaining(['Camille', 'Louise', 'Sacha'])
		);
		expect(members.map((member) => member.pseudonym)).not.toContain('Yanis');

		// "Trouver un pair" proposes Sacha to Camille out of the box, saying they share hearing voices.
		const asCamille = contextFor(db(), {
			accountId: camille.accountId,
			pseudonym: 'Camille',
			isInstanceAdmin: false
		});
		const request = await createHelpRequest(asCamille, {
			experienceIds: ['troubles-psychiques/entente-de-voix'],
			formats: ['chat']
		});
		const { matches } = await findMatches(asCamille, { helpRequestId: request.id });
		expect(matches.map((match) => match.pseudonym)).toEqual(['Sacha']);
		expect(matches[0]!.explanations).toEqual([
			expect.objectContaining({ experienceId: 'troubles-psychiques/entente-de-voix', livedToo: true })
		]);
	});
});
