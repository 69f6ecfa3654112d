import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { contributionConfirmations, contributions } from '../db/schema';
import { confirmContribution, proposeRevision } from '../core/knowledge';
import { recountWorked } from '../core/knowledge/confirmation-counts';
import { writeFirstVersion } from '../core/knowledge/versions';
import type { Actor, Ctx } from '../core/shared';

type ContextFor = (actor: Actor) => Ctx;

/** A fixed id, so the demo (and its browser journey) can link to this contribution on every instance. */
export const DEMO_RESPONSES_CONTRIBUTION_ID = '6c1f5e2a-8b3d-4f0a-9e7c-2d4b6a8c0e11';
export const DEMO_RESPONSES_TITLE = 'Tenir un carnet de ses voix avant le rendez-vous au CMP';

const FIELDS = {
	title: DEMO_RESPONSES_TITLE,
	body: 'Pendant la semaine, je note dans un petit carnet **quand** les voix sont là, ce qu’elles disent en gros et ce que je faisais à ce moment-là.\n\nAu rendez-vous, je lis le carnet au lieu d’essayer de me souvenir :\n\n- je parle plus facilement ;\n- on voit ensemble les moments où ça monte ;\n- je repars avec une ou deux idées à essayer.',
	helpedWith: 'Parler des voix sans me sentir jugé·e, et ne rien oublier le jour du rendez-vous.',
	easyReadSummary: 'J’écris dans un carnet quand j’entends des voix. Je lis le carnet au rendez-vous.',
	form: 'technique' as const
};

/**
 * The demo's answers to a piece of knowledge: Louise, the GEM's coordinator, shares a technique with the
 * GEM's members; Yanis and Camille say it worked for them, Marin that it was different (with a nuance), and
 * Yanis proposes a revision that waits for Louise on /savoirs/…/propositions. The demo accounts are new,
 * so their confirmations would wait seven days: the demo counts them at once, as for established members.
 */
export async function seedDemoKnowledgeResponses(
	db: Database,
	contextFor: ContextFor,
	people: { louise: Actor; camille: Actor; yanis: Actor; marin: Actor; gemId: string }
) {
	const now = new Date();
	await db.transaction(async (tx) => {
		await tx.insert(contributions).values({
			id: DEMO_RESPONSES_CONTRIBUTION_ID,
			authorId: people.louise.accountId,
			organisationId: people.gemId,
			audience: 'organisation',
			...FIELDS,
			createdAt: now,
			updatedAt: now
		});
		await writeFirstVersion(tx, DEMO_RESPONSES_CONTRIBUTION_ID, FIELDS, {
			editorId: people.louise.accountId,
			at: now
		});
	});
	const contributionId = DEMO_RESPONSES_CONTRIBUTION_ID;
	await confirmContribution(contextFor(people.yanis), { contributionId, kind: 'worked' });
	await confirmContribution(contextFor(people.camille), { contributionId, kind: 'worked', showName: true });
	await confirmContribution(contextFor(people.marin), {
		contributionId,
		kind: 'different',
		nuance:
			'Comme proche, j’ai tenu le carnet avec mon frère : ça l’a aidé, mais seulement quand c’était lui qui décidait quoi noter.'
	});
	await db
		.update(contributionConfirmations)
		.set({ countsFrom: now })
		.where(eq(contributionConfirmations.contributionId, contributionId));
	await recountWorked(db, contributionId);
	await proposeRevision(contextFor(people.yanis), {
		contributionId,
		...FIELDS,
		body: `${FIELDS.body}\n\nOn peut aussi noter ce qui a aidé à faire baisser les voix : une marche, de la musique, appeler quelqu’un.`,
		note: 'Ajouter ce qui aide, pas seulement quand les voix sont là.'
	});
	return contributionId;
}
