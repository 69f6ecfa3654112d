import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { accounts, memberships } from '../db/schema';
import { signUp } from '../core/accounts';
import { createOrganisation, joinOrganisation, manageMembership } from '../core/organisations';
import { seedDemoGroups } from './seed-demo-groups';
import { seedDemoSupport } from './seed-demo-support';
import { seedDemoSessions } from './seed-demo-sessions';
import { seedDemoIntervision } from './seed-demo-intervision';
import { seedDemoKnowledge } from './seed-demo-knowledge';
import { seedDemoKnowledgeResponses } from './seed-demo-knowledge-responses';
import { seedDemoKnowledgeLists } from './seed-demo-knowledge-lists';
import { seedDemoRecognition } from './seed-demo-recognition';
import { seedDemoPathway } from './seed-demo-pathway';
import { seedDemoOffers } from './seed-demo-offers';
import { RecordingEventSink, systemClock, type Actor, type Ctx } from '../core/shared';

/** The password of every demo account (documented in README.md). */
export const DEMO_PASSWORD = 'demo-entrepairs';

const CHARTER_GEM = `Charte du GEM Les Traboules
1. Ici, chacun·e parle en son nom et à partir de son expérience.
2. Ce qui est dit dans le groupe reste dans le groupe.
3. Personne n'est obligé·e de raconter son histoire.
4. Pas de conseils médicaux : nous partageons ce qui nous a aidés, sans juger.
5. Les professionnel·les ne participent pas aux groupes de pairs, sauf invitation des membres.`;

const CHARTER_DEAF = `Charte de Mains Tendues
1. Nos échanges se font en LSF ou à l'écrit, au choix de chacun·e.
2. Nous respectons le rythme de chacun·e et la confidentialité.
3. Les membres entendant·es sont les bienvenu·es comme proches.`;

const CHARTER_PLATFORM = `Charte de la plateforme Pair·e·s AURA
1. Les pair-aidant·es interviennent dans les limites de leur fiche de mission.
2. L'intervision est un espace protégé : on y analyse sa pratique sans jugement.
3. Chacun·e peut faire une pause ou arrêter à tout moment.`;

function ctxFor(db: Database, actor: Actor | null): Ctx {
	return { db, actor, clock: systemClock, events: new RecordingEventSink() };
}

async function createDemoAccount(db: Database, pseudonym: string): Promise<Actor> {
	const created = await signUp(ctxFor(db, null), { pseudonym, password: DEMO_PASSWORD, consent: true });
	return { accountId: created.accountId, pseudonym, isInstanceAdmin: false };
}

/**
 * Seeds a fictional French instance on an empty database: three organisations and a few members.
 * Does nothing when any account exists, so restarting never duplicates it.
 */
export async function seedDemo(db: Database): Promise<boolean> {
	const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(accounts);
	if (count > 0) return false;

	const alix = await createDemoAccount(db, 'Alix');
	await db.update(accounts).set({ isInstanceAdmin: true }).where(eq(accounts.id, alix.accountId));
	const admin = { ...alix, isInstanceAdmin: true };
	const [louise, camille, sacha, noe, yanis, marin] = await Promise.all(
		['Louise', 'Camille', 'Sacha', 'Noé', 'Yanis', 'Marin'].map((name) => createDemoAccount(db, name))
	);

	const gem = await createOrganisation(ctxFor(db, admin), {
		name: 'GEM Les Traboules',
		slug: 'gem-les-traboules',
		kind: 'gem',
		city: 'Lyon',
		joinPolicy: 'request',
		description:
			"Groupe d'entraide mutuelle de Lyon 1er, parrainé par l'association Pour l'Écoute. Accueil les après-midi, groupes de parole le mardi, sorties le samedi.",
		charter: CHARTER_GEM
	});
	await createOrganisation(ctxFor(db, admin), {
		name: 'Mains Tendues — pairs sourds',
		slug: 'mains-tendues',
		kind: 'association',
		city: 'Paris',
		joinPolicy: 'open',
		description:
			'Association de pair-aidance entre personnes sourdes et malentendantes, en LSF et à l’écrit.',
		charter: CHARTER_DEAF
	});
	await createOrganisation(ctxFor(db, admin), {
		name: 'Plateforme Pair·e·s AURA',
		slug: 'paires-aura',
		kind: 'peer_work_platform',
		city: 'Clermont-Ferrand',
		joinPolicy: 'invitation',
		description:
			'Plateforme régionale du travail pair en Auvergne-Rhône-Alpes : intervision, formation et mise en relation.',
		charter: CHARTER_PLATFORM
	});

	// Louise becomes the GEM's coordinator; Alix, who created it, stays coordinator too.
	for (const person of [louise, camille, sacha, yanis, marin, noe]) {
		await joinOrganisation(ctxFor(db, person!), { slug: 'gem-les-traboules', acceptCharter: true });
	}
	const pending = await db
		.select({ id: memberships.id, accountId: memberships.accountId })
		.from(memberships)
		.where(eq(memberships.organisationId, gem.id));
	const byAccount = new Map(pending.map((row) => [row.accountId, row.id]));
	const manage = (
		person: Actor,
		decision: 'approve' | 'change-role',
		role?: 'coordinator' | 'peer_supporter' | 'relative'
	) =>
		manageMembership(ctxFor(db, admin), {
			slug: 'gem-les-traboules',
			membershipId: byAccount.get(person.accountId)!,
			decision,
			...(role ? { role } : {})
		} as Parameters<typeof manageMembership>[1]);
	for (const person of [louise, camille, sacha, yanis, marin]) await manage(person!, 'approve');
	await manage(louise!, 'change-role', 'coordinator');
	await manage(sacha!, 'change-role', 'peer_supporter');
	await manage(marin!, 'change-role', 'relative');
	await db
		.update(memberships)
		.set({ hiddenFromMemberList: true })
		.where(eq(memberships.id, byAccount.get(yanis!.accountId)!));
	// Noé's request stays pending, so the coordinator has something to decide in the demo.
	await seedDemoSupport((actor) => ctxFor(db, actor), { camille: camille!, sacha: sacha! });
	await seedDemoGroups(db, (actor) => ctxFor(db, actor), {
		louise: louise!,
		camille: camille!,
		sacha: sacha!,
		admin
	});
	await seedDemoSessions(db, louise!);
	await seedDemoIntervision(db, (actor) => ctxFor(db, actor), { sacha: sacha!, gemId: gem.id });
	await seedDemoKnowledge(db);
	await seedDemoKnowledgeResponses(db, (actor) => ctxFor(db, actor), {
		louise: louise!,
		camille: camille!,
		yanis: yanis!,
		marin: marin!,
		gemId: gem.id
	});
	await seedDemoKnowledgeLists(db, (actor) => ctxFor(db, actor), {
		louise: louise!,
		sacha: sacha!,
		camille: camille!,
		gemId: gem.id
	});
	await seedDemoRecognition(db, (actor) => ctxFor(db, actor), {
		sacha: sacha!,
		louise: louise!,
		gemId: gem.id
	});
	await seedDemoPathway(db, (actor) => ctxFor(db, actor), { louise: louise!, sacha: sacha!, yanis: yanis! });
	await seedDemoOffers(db, (actor) => ctxFor(db, actor), {
		admin,
		louise: louise!,
		sacha: sacha!,
		camille: camille!
	});
	return true;
}
