// Cues: single words and short phrases that alone say little ("la lame", "mon poignet", "pour toujours",
// "ce soir") but together, in one sentence written in the first person, say what a phrase list cannot
// foresee: "je tiens la lame au-dessus de mon poignet", "d'ici demain matin tout sera terminé pour moi".
// Each family has a weight; a sentence alarms when the families it holds reach the rule's threshold.
// A family counts once per sentence, whatever the number of its cues. The words around each cue are
// judged like a lexicon match (negation, the person addressed, past and fiction), and one everyday cue
// in the sentence ("mon traitement du soir", "à l'hôtel") silences it. This is data, written in the
// phrase language of compile-crisis-pattern.ts; score-crisis-cues.ts applies it.

import type { CrisisCategory } from './crisis-lexicon';

export interface CueFamily {
	name: string;
	weight: number;
	phrase: string;
	unless?: string;
}

export interface CueRule {
	category: CrisisCategory;
	families: readonly CueFamily[];
	/** The sum of the weights of the families found in one sentence that alarms. */
	threshold: number;
	/** What a warning sign (crisis-warning-signs.ts) in the sentence adds, as one more family. */
	warningSignWeight?: number;
}

const MEANS: CueFamily = {
	name: 'means',
	weight: 1,
	phrase:
		'(lame|lames|rasoir|cutter|corde|nœud coulant|{pillNames}|armoire à pharmacie|pharmacie|gaz|arme|fusil|pistolet|flingue|revolver|garde corps|rambarde|parapet|rebord|falaise|rails|voie ferrée|blade|blades|razor|rope|noose|pills|meds|medicine cabinet|medication|sleeping pills|gun|pistol|rifle|railing|ledge|rooftop|cliff|tracks)'
};

const ACT: CueFamily = {
	name: 'act',
	weight: 1,
	phrase:
		'(poignet|poignets|veines|gorge|tempe|dans (la|ma) main|dans mes mains|au dessus de (mon|ma|mes)|contre (mon|ma) (poignet|gorge|tempe|peau|bras)|enjambé|enjamber|enjambe|passé par dessus|jambes dans le vide|tout avaler|tout avalé|vidé (la|le|les|ma|mon|mes)|tout pris|tt pris|wrist|wrists|veins|throat|in my hand|in my hands|against my|climbed over|climb over|over the edge|legs over|(swallow|swallowed) (them|all|everything)|take them all|took them all|lined up|laid out|counted out)'
};

const ENDING: CueFamily = {
	name: 'ending',
	weight: 1.5,
	phrase:
		'(à jamais|définitivement|une bonne fois pour toutes|plus de ce monde|tout sera (fini|terminé)|(sera|serai|serait) (fini|finie|terminé|terminée) pour moi|le moment est venu|quand le moment (sera venu|viendra)|le moment venu|ma dernière (nuit|soirée|journée)|my last (night|day)|en finir|me retirer|partir loin|all be over|be over for me|when the time comes|once and for all|la faute de personne|pas (de )?(ta|sa|votre|leur) faute|not (your|her|his|their|anyone s) fault|nobody s fault|no one s fault)',
	unless: 'avec (ce|cette|ces|le|la|les|mon|ma|mes|l|un|une) (?!(vie|souffrance|douleur) )[a-z]+'
};

const DEATH: CueFamily = {
	name: 'death',
	weight: 1,
	phrase: '(mourir|crever|me tuer|me suicider|kill myself|die|dying|dead|not be here)',
	unless:
		'{dieIdiom}|of (laughter|embarrassment|shame|boredom|cringe)|laughing|tired|her hair|his hair|my hair'
};

const NOW: CueFamily = {
	name: 'now',
	weight: 1,
	phrase:
		'(ce soir|cette nuit|là maintenant|en ce moment|tout de suite|d ici demain|avant (l aube|demain|le lever du soleil|ce soir)|demain matin|tonight|right now|rn|by tomorrow|before (morning|dawn|tomorrow)|an hour ago|il y a une heure)'
};

const DISTRESS: CueFamily = {
	name: 'distress',
	weight: 0.5,
	phrase:
		'((vais|va) (céder|craquer|lâcher prise)|(plus|pu|plu) la force|à bout|au bout du rouleau|en peux plus|manque trop|no way out|any way out|can not (take|do) (it|this)|peur de ce que je (pourrais|vais|risque de) (me )?faire|(scared|afraid) of what i (might|could|will|m going to) do)',
	unless: 'de (ce|cette|ces|mon|ma|mes) [a-z]+|avec (ce|cette|ces|mon|ma|mes) [a-z]+'
};

// Danger: a named person (not a bare "il", too common), something they do to the writer, and fear.
const SOMEONE: CueFamily = {
	name: 'someone',
	weight: 1,
	phrase:
		'(un homme|un type|un mec|un inconnu|des hommes|quelqu un|mon (mari|ex|copain|conjoint|compagnon|père|beau père|frère|voisin|coloc)|ma (femme|copine|conjointe|compagne|mère|belle mère|voisine|coloc)|someone|somebody|a man|a guy|a stranger|some guy|my (husband|boyfriend|partner|ex|dad|father|stepdad|mom|mum|mother|brother|neighbour|neighbor|roommate|flatmate))'
};

const AGAINST_ME: CueFamily = {
	name: 'against-me',
	weight: 1,
	phrase:
		'(me suit|me suivait|m a suivie|m a suivi|me poursuit|me poursuivait|me traque|me guette|me frappe|me bat|me menace|following me|followed me|stalking me|chasing me|hitting me|hurting me|threatening me|couteau|fusil|pistolet|flingue|knife|gun)'
};

const FEAR: CueFamily = {
	name: 'fear',
	weight: 1,
	phrase:
		'(j ai peur|peur|terrifiée|terrifié|terrorisée|terrorisé|n ose pas|n ose plus|au secours|à l aide|aidez moi|scared|terrified|afraid|frightened|help me|please help)'
};

// One of these in the sentence gives it an everyday reason, and the cues in it count for nothing.
export const EVERYDAY_CUES =
	'((prendre|prends|pris|take|taking|took) (mon|ma|mes|my) ({pillNames}|pills|meds|medication|tablets)|traitement|prescrit|prescrits|ordonnance|comme (d habitude|prévu)|cuisine|cuisiner|recette|hôtel|vacances|retraite|ballon|match|film|série|livre|ordi|exam|examen|fête|anniversaire|bébé|concert|cours|pilulier|semainier|périmé|périmés|périmées|expired|pour la semaine|de la semaine|for the week|this week s|as usual|prescribed|pill organiser|pill organizer|pill box|recipe|kitchen|cooking|hotel|holiday|holidays|vacation|game|movie|show|licence|license|party|baby|exam|class|shaving)';

/** Words that say the writer, or someone close to them, is the one concerned. */
export const PERSON_CUES = '(je|j|me|m|moi|mon|ma|mes|i|me|my|myself)';

export const CUE_RULES: readonly CueRule[] = [
	{
		category: 'suicide',
		families: [MEANS, ACT, ENDING, DEATH, NOW, DISTRESS],
		threshold: 2,
		warningSignWeight: 1
	},
	{ category: 'danger', families: [SOMEONE, AGAINST_ME, FEAR], threshold: 3 }
];
