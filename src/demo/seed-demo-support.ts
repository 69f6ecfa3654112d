import { saveProfileExperience, saveSupporterOffer } from '../core/matching';
import type { Actor, Ctx } from '../core/shared';

type ContextFor = (actor: Actor) => Ctx;

/**
 * The demo's peer support: Camille's and Sacha's experience profiles, with mixed visibilities, and Sacha's
 * offer as the GEM's peer supporter, so "Trouver un pair" proposes someone out of the box.
 */
export async function seedDemoSupport(contextFor: ContextFor, people: { camille: Actor; sacha: Actor }) {
	const camille = contextFor(people.camille);
	const sacha = contextFor(people.sacha);
	await saveProfileExperience(camille, {
		experienceId: 'troubles-psychiques/entente-de-voix',
		detail: 'Depuis quelques années, surtout le soir.',
		visibility: 'my_supporters'
	});
	await saveProfileExperience(camille, {
		experienceId: 'troubles-psychiques/trouble-bipolaire',
		visibility: 'only_me'
	});
	await saveProfileExperience(sacha, {
		experienceId: 'troubles-psychiques/entente-de-voix',
		detail: 'J’entends des voix depuis mes vingt ans ; le Réseau des entendeurs de voix m’a aidé.',
		period: 'current',
		visibility: 'my_organisations'
	});
	await saveSupporterOffer(sacha, {
		experienceIds: ['troubles-psychiques/entente-de-voix', 'troubles-psychiques/depression'],
		formats: ['chat', 'phone', 'in_person'],
		languages: ['fr'],
		area: 'Lyon',
		availability: ['tue-12:00-18:00', 'thu-18:00-22:00', 'sat-08:00-12:00'],
		introduction:
			'J’entends des voix depuis longtemps et j’ai traversé une dépression. J’écoute sans juger, à votre rythme ; on peut s’écrire ou se parler au téléphone.',
		capacity: 3
	});
}
