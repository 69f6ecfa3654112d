// Generated French text for the knowledge-search bench: a few hundred "real-sounding" templates built from
// openings, practices and outcomes, each mentioning an experience of the vocabulary ({e}). Deterministic.

const OPENINGS = [
	'Quand {e} revient la nuit,',
	'Les premiers jours après une hospitalisation, avec {e},',
	'Avant un rendez-vous chez le psychiatre, quand on vit {e},',
	'Au travail, quand {e} prend trop de place,',
	'Le matin, avec {e},',
	'Pendant une crise liée à {e},',
	'En sortant de l’hôpital, avec {e},',
	'Quand la famille ne comprend pas {e},',
	'Dans les transports, quand {e} se fait sentir,',
	'Au moment de reprendre un traitement, avec {e},',
	'Quand on attend une place au CMP, avec {e},',
	'Le week-end, seul chez soi, avec {e},',
	'Face aux démarches administratives, avec {e},',
	'Quand le sommeil se dérègle à cause de {e},',
	'En groupe de parole au GEM, quand on parle de {e},'
];
const PRACTICES = [
	'j’écris dans un carnet ce qui se passe, heure par heure',
	'je prépare une liste de questions à poser au médecin',
	'je marche vingt minutes dehors avant de décider quoi que ce soit',
	'j’appelle une personne du groupe d’entraide que je connais bien',
	'je garde sur moi une carte avec les numéros utiles',
	'je découpe la journée en petites tâches faciles',
	'je demande à un proche de venir avec moi aux rendez-vous',
	'je note mes médicaments et les effets que je remarque',
	'je me répète une phrase qui me rassure',
	'je range mon logement une pièce à la fois',
	'je prépare mes papiers la veille dans une pochette',
	'je fais une pause dans un endroit calme, loin du bruit',
	'je parle à voix basse avec les voix au lieu de les combattre',
	'j’écoute de la musique douce avec un casque',
	'je demande un rendez-vous avec l’assistante sociale',
	'je tiens un agenda partagé avec mon infirmière',
	'je cuisine un repas simple pour garder un rythme',
	'je m’autorise à dire non aux invitations trop lourdes'
];
const OUTCOMES = [
	'Ça m’a aidé à retrouver un peu de contrôle.',
	'Cela ne marche pas à chaque fois, mais souvent.',
	'Mon entourage a mieux compris ce que je vivais.',
	'Les soignants ont pris mes remarques au sérieux.',
	'J’ai dormi plus longtemps les nuits suivantes.',
	'La sortie de l’hôpital a été moins brutale.',
	'J’ai pu garder mon travail pendant cette période.',
	'Je me suis senti moins seul face à la crise.',
	'Les démarches ont avancé plus vite que prévu.',
	'Il m’a fallu plusieurs essais avant que ça tienne.'
];
const TITLES = [
	'Un carnet pour {e}',
	'Préparer la sortie avec {e}',
	'Tenir le coup la nuit avec {e}',
	'Ce qui m’aide au travail avec {e}',
	'Les rendez-vous médicaux et {e}',
	'Parler de {e} à sa famille',
	'Reprendre un rythme avec {e}',
	'Les démarches quand on vit {e}',
	'Se poser au calme malgré {e}',
	'Traverser une crise avec {e}'
];

/** About `count` templates: { title, body } with {e} where the experience's label goes. */
export function knowledgeTemplates(count = 300) {
	const templates = [];
	for (let index = 0; templates.length < count; index++) {
		const opening = OPENINGS[index % OPENINGS.length];
		const practice = PRACTICES[(index * 7) % PRACTICES.length];
		const second = PRACTICES[(index * 11 + 3) % PRACTICES.length];
		const outcome = OUTCOMES[(index * 3) % OUTCOMES.length];
		templates.push({
			title: TITLES[(index * 13) % TITLES.length],
			body: `${opening} ${practice}. Ensuite, ${second}. ${outcome}`
		});
	}
	return templates;
}

/** Two-word queries people type, with words from the templates (run against the generated rows). */
export const QUERIES = [
	'carnet nuit',
	'sortie hôpital',
	'rendez-vous médecin',
	'démarches papiers',
	'crise seul',
	'travail rythme',
	'famille comprendre',
	'sommeil nuits',
	'musique calme',
	'assistante sociale',
	'traitement effets',
	'voix basse',
	'proche rendez-vous',
	'marcher dehors',
	'agenda infirmière',
	'repas rythme'
];
