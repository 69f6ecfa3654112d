import type { Database } from '../db/client';
import { saveDirectoryListing } from '../core/directory';
import { grantVouchers, publishJobOffer, publishService } from '../core/offers';
import { createOrganisation } from '../core/organisations';
import type { Actor, Ctx } from '../core/shared';

const CHARTER_HOSPITAL = `Charte de l'équipe de pair-aidance du Centre hospitalier de l'Ille
1. Les médiateur·ices de santé-pairs font partie de l'équipe de soin, à part entière.
2. Ils et elles ne posent pas de diagnostic et ne prescrivent pas.
3. Ce qu'une personne confie reste entre elle et l'équipe, dans le respect du secret partagé.`;

/**
 * The peer-work platform in the demo: directory entries on real communes (Lyon, Paris, Clermont-Ferrand,
 * Rennes), a fictional hospital in Rennes publishing a peer-worker mission, Sacha's coaching funded by
 * the GEM, and three funded sessions the GEM gives Camille.
 */
export async function seedDemoOffers(
	_db: Database,
	ctxFor: (actor: Actor | null) => Ctx,
	people: { admin: Actor; louise: Actor; sacha: Actor; camille: Actor }
) {
	const { admin, louise, sacha, camille } = people;
	const hospital = await createOrganisation(ctxFor(admin), {
		name: 'Centre hospitalier de l’Ille',
		slug: 'ch-de-l-ille',
		kind: 'hospital',
		city: 'Rennes',
		joinPolicy: 'invitation',
		description:
			'Établissement public de santé mentale (fictif) : pôles de psychiatrie adulte, CMP et hôpitaux de jour sur Rennes et son agglomération.',
		charter: CHARTER_HOSPITAL
	});
	const listings = [
		{
			organisation: 'gem-les-traboules',
			address: '12 rue Sainte-Catherine',
			postcode: '69001',
			communeName: 'Lyon',
			openingHours: 'Du mardi au samedi, de 14 h à 18 h. Groupe de parole le mardi à 18 h 30.',
			phone: '04 78 00 00 00',
			email: 'contact@gem-traboules.example',
			themes: ['troubles-psychiques'],
			accessibility: ['wheelchair'] as const
		},
		{
			organisation: 'mains-tendues',
			address: '8 passage de la Main-d’Or',
			postcode: '75011',
			communeName: 'Paris',
			openingHours: 'Permanence en LSF le mercredi, de 10 h à 13 h ; le reste du temps, à l’écrit.',
			email: 'bonjour@mains-tendues.example',
			online: true,
			themes: [],
			accessibility: ['hearing'] as const
		},
		{
			organisation: 'paires-aura',
			address: '3 place de Jaude',
			postcode: '63000',
			communeName: 'Clermont-Ferrand',
			openingHours: 'Sur rendez-vous, du lundi au vendredi.',
			website: 'https://paires-aura.example',
			online: true,
			themes: [],
			accessibility: [] as const
		},
		{
			organisation: hospital.slug,
			address: '108 boulevard de la Liberté',
			postcode: '35000',
			communeName: 'Rennes',
			openingHours: 'Accueil du pôle de psychiatrie adulte : du lundi au vendredi, de 9 h à 17 h.',
			phone: '02 99 00 00 00',
			themes: ['troubles-psychiques'],
			accessibility: ['wheelchair', 'easy_read'] as const
		}
	];
	for (const { accessibility, ...listing } of listings) {
		await saveDirectoryListing(ctxFor(admin), {
			...listing,
			accessibility: [...accessibility],
			published: true,
			inPerson: true
		});
	}
	await publishJobOffer(ctxFor(admin), {
		organisation: hospital.slug,
		title: 'Médiateur·rice de santé-pair — pôle de psychiatrie adulte',
		description:
			'Au sein de l’équipe du CMP de Rennes-Centre, vous accompagnez des personnes suivies en psychiatrie à partir de votre propre expérience du rétablissement : entretiens individuels, groupe d’entraide hebdomadaire, participation aux réunions d’équipe.\n\nLa mission n’inclut ni diagnostic ni traitement. Intervision mensuelle et référent·e désigné·e. Formation DU ou licence de médiateur de santé-pair appréciée, mais pas exigée.',
		contract: 'employment',
		hours: '0,6 ETP (trois jours par semaine)',
		place: 'CMP Rennes-Centre, Rennes',
		departement: '35',
		payMin: '1900',
		payMax: '2200',
		payPeriod: 'month'
	});
	const coaching = await publishService(ctxFor(sacha), {
		kind: 'coaching',
		title: 'Coaching entre pairs : vie affective et estime de soi',
		description:
			'Quatre à six séances d’une heure, en visio ou au GEM, pour reprendre confiance dans sa vie affective après un trouble psychique. À partir de mon expérience, sans jugement et sans conseil médical.',
		formats: ['online', 'in_person'],
		postcode: '69001',
		communeName: 'Lyon',
		areaDepartements: ['69'],
		languages: ['fr'],
		themes: ['troubles-psychiques'],
		priceKind: 'funded',
		price: '40'
	});
	await grantVouchers(ctxFor(louise), {
		serviceId: coaching.id,
		funder: 'gem-les-traboules',
		holderPseudonym: camille.pseudonym,
		count: 3
	});
	return { hospitalSlug: hospital.slug, coachingId: coaching.id };
}
