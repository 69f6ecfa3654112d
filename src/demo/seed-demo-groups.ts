import type { Database } from '../db/client';
import { memberships, organisations } from '../db/schema';
import { eq } from 'drizzle-orm';
import { answerGroupInvitation, createGroup, decideGroupRequest, joinGroup } from '../core/gatherings';
import type { Actor, Ctx } from '../core/shared';

/** The demo groups' titles: other demo seeds (sessions) find the groups by these exact titles. */
export const DEMO_GROUP_TITLES = {
	talk: 'Groupe de parole du mardi',
	cooking: 'Atelier cuisine',
	intervision: 'Intervision des pair-aidant·es'
} as const;

export interface DemoGroups {
	talkGroupId: string;
	cookingGroupId: string;
	intervisionGroupId: string;
}

const TALK_CHARTER = `Charte du groupe de parole du mardi
- Ce qui se dit dans le groupe reste dans le groupe.
- Chacun·e parle en son nom, de sa propre expérience, sans conseil non demandé.
- On peut se taire, venir écouter, partir avant la fin.
- Le groupe est entre pairs : ni proches ni professionnel·les, sauf une personne accompagnante admise.`;

const COOKING_CHARTER = `Charte de l'atelier cuisine
- On cuisine ensemble, chacun·e à son rythme.
- On respecte les régimes et les goûts de chacun·e.
- On range ensemble à la fin.`;

const INTERVISION_CHARTER = `Charte de l'intervision
- Les situations sont présentées anonymisées.
- Ce qui est dit en intervision reste en intervision.
- On questionne avant de proposer, sans juger la pratique des autres.`;

/**
 * The GEM's groups: a peers-only talk group facilitated by Sacha (peer supporter), which Camille joined on
 * request (Louise coordinates the GEM and sees it; Marin, a relative, does not), and an open cooking
 * workshop with a public programme; in the regional platform, the peer supporters' intervision group.
 */
export async function seedDemoGroups(
	db: Database,
	ctxFor: (actor: Actor) => Ctx,
	people: { louise: Actor; camille: Actor; sacha: Actor; admin: Actor }
): Promise<DemoGroups> {
	const { louise, camille, sacha, admin } = people;
	const talk = await createGroup(ctxFor(louise), {
		slug: 'gem-les-traboules',
		kind: 'talk',
		title: DEMO_GROUP_TITLES.talk,
		purpose: 'Un temps de parole entre pairs, chaque mardi après-midi, pour dire ce qui nous traverse.',
		audience: 'peers',
		joinPolicy: 'request',
		charter: TALK_CHARTER,
		facilitatorId: sacha.accountId
	});
	await answerGroupInvitation(ctxFor(sacha), {
		groupId: talk.groupId,
		answer: 'accept',
		acceptCharter: true
	});
	await joinGroup(ctxFor(camille), {
		groupId: talk.groupId,
		acceptCharter: true,
		message: 'Bonjour, j’aimerais venir écouter.'
	});
	await decideGroupRequest(ctxFor(sacha), {
		groupId: talk.groupId,
		accountId: camille.accountId,
		decision: 'approve'
	});

	const cooking = await createGroup(ctxFor(louise), {
		slug: 'gem-les-traboules',
		kind: 'activity',
		title: DEMO_GROUP_TITLES.cooking,
		purpose: 'On prépare le repas du jeudi ensemble, dans la cuisine du GEM.',
		audience: 'members',
		joinPolicy: 'open',
		charter: COOKING_CHARTER,
		publicProgramme: true
	});

	// Sacha also works as a peer supporter with the regional platform (by invitation there).
	const [platform] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(eq(organisations.slug, 'paires-aura'));
	await db.insert(memberships).values({
		organisationId: platform!.id,
		accountId: sacha.accountId,
		role: 'peer_supporter',
		status: 'active',
		charterVersionAccepted: 1,
		charterAcceptedAt: new Date()
	});
	const intervision = await createGroup(ctxFor(admin), {
		slug: 'paires-aura',
		kind: 'intervision',
		title: DEMO_GROUP_TITLES.intervision,
		purpose: 'Analyse de pratique entre pair-aidant·es de la région, une fois par mois.',
		audience: 'supporters',
		joinPolicy: 'invitation',
		charter: INTERVISION_CHARTER,
		facilitatorId: sacha.accountId
	});
	await answerGroupInvitation(ctxFor(sacha), {
		groupId: intervision.groupId,
		answer: 'accept',
		acceptCharter: true
	});
	return {
		talkGroupId: talk.groupId,
		cookingGroupId: cooking.groupId,
		intervisionGroupId: intervision.groupId
	};
}
