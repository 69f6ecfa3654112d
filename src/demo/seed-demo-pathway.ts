import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { organisations, peerGroups } from '../db/schema';
import {
	createMissionSheet,
	createPath,
	enrolInPath,
	getPath,
	signMissionSheet,
	signOffStep
} from '../core/pathway';
import type { Actor, Ctx } from '../core/shared';
import { DEMO_GROUP_TITLES } from './seed-demo-groups';

/**
 * The GEM's path to becoming a peer supporter (discovery, signed mission sheet, placement, intervision),
 * Yanis half-way along it (discovery signed off by Louise, his mission sheet signed by both), and Sacha's
 * mission sheet as a peer supporter, signed and in force.
 */
export async function seedDemoPathway(
	db: Database,
	ctxFor: (actor: Actor) => Ctx,
	people: { louise: Actor; sacha: Actor; yanis: Actor }
): Promise<void> {
	const [gem] = await db.select().from(organisations).where(eq(organisations.slug, 'gem-les-traboules'));
	if (!gem) return;
	const [intervision] = await db
		.select({ id: peerGroups.id })
		.from(peerGroups)
		.where(and(eq(peerGroups.organisationId, gem.id), eq(peerGroups.title, DEMO_GROUP_TITLES.intervision)));
	const { louise, sacha, yanis } = people;
	const { pathId } = await createPath(ctxFor(louise), {
		slug: gem.slug,
		title: 'Devenir pair-aidant au GEM',
		description:
			'Le chemin que nous proposons à celles et ceux qui veulent accompagner d’autres membres : deux demi-journées de découverte, une fiche de mission signée ensemble, quelques mois en binôme dans l’équipe d’accueil, et l’intervision une fois par mois.',
		steps: [
			{ title: 'Formation découverte (deux demi-journées)', completion: 'sign_off' },
			{ title: 'Fiche de mission signée', completion: 'signature' },
			{ title: 'Mise en situation en binôme à l’accueil', completion: 'sign_off' },
			intervision
				? { title: 'Première intervision', completion: 'attendance', groupId: intervision.id }
				: { title: 'Première intervision', completion: 'sign_off' }
		]
	});
	const { enrolmentId } = await enrolInPath(ctxFor(yanis), { pathId });
	const path = await getPath(ctxFor(louise), { pathId });
	await signOffStep(ctxFor(louise), { enrolmentId, stepId: path.steps[0]!.id });

	const yanisSheet = await createMissionSheet(ctxFor(louise), {
		slug: gem.slug,
		supporterId: yanis.accountId,
		fields: {
			role: 'pair_aidant_benevole',
			activities:
				'Accueillir les nouveaux membres le jeudi après-midi avec Sacha ; présenter le GEM et ses groupes ; proposer un café et un temps d’écoute.',
			limits:
				'Pas de conseil sur les traitements ni de diagnostic ; pas d’accompagnement seul hors du GEM ; en cas d’urgence, passer le relais à la coordinatrice ou au 3114.',
			referent: 'Louise, coordinatrice du GEM',
			hours: '3 heures par semaine, le jeudi de 14 h à 17 h',
			place: 'GEM Les Traboules, Lyon 1er',
			startsOn: '2026-11-02',
			endsOn: '2027-04-30',
			employment: 'volunteer'
		}
	});
	await signMissionSheet(ctxFor(yanis), { sheetId: yanisSheet.sheetId, version: 1 });
	await signMissionSheet(ctxFor(louise), { sheetId: yanisSheet.sheetId, version: 1 });

	const sachaSheet = await createMissionSheet(ctxFor(louise), {
		slug: gem.slug,
		supporterId: sacha.accountId,
		fields: {
			role: 'pair_aidant_benevole',
			activities:
				'Accompagnements individuels par écrit et en rendez-vous au GEM ; co-animation du groupe de parole du mardi ; participation à l’intervision mensuelle.',
			limits:
				'Trois accompagnements au plus en même temps ; pas de suivi médical ni social ; pas de contact en dehors des créneaux choisis.',
			referent: 'Louise, coordinatrice du GEM',
			hours: '5 heures par semaine',
			place: 'GEM Les Traboules et en ligne',
			startsOn: '2026-09-01',
			endsOn: '',
			employment: 'volunteer'
		}
	});
	await signMissionSheet(ctxFor(sacha), { sheetId: sachaSheet.sheetId, version: 1 });
	await signMissionSheet(ctxFor(louise), { sheetId: sachaSheet.sheetId, version: 1 });
}
