import type { Database } from '../../src/db/client';
import { createContribution } from '../../src/core/knowledge';
import type { Actor } from '../../src/core/shared';
import { buildAccount, buildOrganisation, contextFor } from './factories';

/** An organisation with two members, a partner professional, and someone from elsewhere. */
export async function knowledgeScene(db: Database) {
	const { organisation, coordinator, members } = await buildOrganisation(db, {
		members: ['coordinator', 'member', 'member', 'professional']
	});
	const [staff, author, reader, professional] = members as unknown as [Actor, Actor, Actor, Actor];
	const outsider = await buildAccount(db);
	return { organisation, admin: coordinator, staff, author, reader, professional, outsider };
}

/** A contribution written through the use case (defaults: for the organisation, published). */
export async function writeContribution(
	db: Database,
	author: Actor,
	fields: Partial<Parameters<typeof createContribution>[1]> & { organisationId?: string | null }
) {
	return createContribution(contextFor(db, author), {
		title: 'Préparer la sortie de l’hôpital',
		body: 'Noter les *rendez-vous* sur un carnet.\n\n- le médecin\n- le GEM',
		form: 'procedure',
		audience: 'organisation',
		...fields
	});
}
