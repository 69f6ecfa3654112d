import type { CrisisPhrase } from './crisis-lexicon';

// Warning signs that, alone, are everyday talk: people give their cat away, thank a group "pour tout",
// have their pills in front of them at bedtime. Suicide-prevention guidance reads them together: a
// person who gives things away *and* puts their affairs in order, or says there is no way out *and*
// that they are a burden, should be asked about suicide. So each phrase here names its kind of sign,
// and the detector alarms only on two different kinds in the same text (see detect-crisis-language.ts).
// This is data, like crisis-lexicon.ts, and is written in the same phrase language.

const FRENCH_WARNING_SIGNS: CrisisPhrase[] = [
	{
		category: 'suicide',
		warningSign: 'giving-away',
		phrase:
			'(donné|donne|offert|offre|légué|lègue|distribué|distribue|confié|confie|placé|trouvé un foyer pour|trouvé une famille pour|revendu|vendu) {adv}(mon|ma|mes|toutes mes|tous mes) (chat|chats|chien|chiens|animaux|lapin|affaires|vêtements|fringues|livres|bijoux|guitare|console|jeux|objets|trucs|possessions|plantes|collection|ordinateur|ordi|vélo|économies|photos|souvenirs)'
	},
	{
		category: 'suicide',
		warningSign: 'giving-away',
		phrase:
			'(veux|voudrais|aimerais) que (tu|vous) (gardes|gardiez|récupères|récupériez|prennes|preniez|aies|ayez) (mon|ma|mes)'
	},
	{
		category: 'suicide',
		warningSign: 'arrangements',
		phrase: '(j ai|j) {adv}tout (réglé|rangé|organisé|préparé|prévu|planifié|mis en ordre|arrangé)',
		followedBy: '{clauseEnd}|pour (ce soir|cette nuit|demain|partir|mon départ|la suite|après|vous)'
	},
	{
		category: 'suicide',
		warningSign: 'arrangements',
		phrase:
			'(je|j) {adv}(prépare|range|règle|organise|mets en ordre|arrange) tout pour (partir|mon départ|après)',
		followedBy: '{clauseEnd}|pour (toujours|de bon)'
	},
	{
		category: 'suicide',
		warningSign: 'arrangements',
		phrase:
			'((mis|mets|met|mettre) (de l ordre|en ordre) (dans )?(mes|mon) (affaires|papiers|comptes)|(fait|rédigé|écrit|préparé) (mon|un) testament|ma décision est prise|j ai pris ma décision|(j ai|j) {adv}(repéré|choisi) (le|un|l|la) (pont|endroit|falaise|immeuble|toit|arbre|viaduc|voie ferrée|jour|date))'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-letter',
		phrase:
			'(la|ma|les|mes) (lettre|lettres|lettre d adieu) (est|sont) {adv}(écrite|écrites|prête|prêtes|posée|posées|terminée|terminées|finie|finies|sur (le|la|mon|ma)|dans (le|la|mon|ma))'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-letter',
		phrase:
			'(écrit|écrire|laissé|laisser|préparé|rédigé|écris|laisse) {adv}(une|des|un|la|les|mes|ma) (lettre|lettres|mot|mots) (pour|à) (chacun|chacune|ma famille|mes proches|mes parents|mes enfants|ma mère|mon père|ma femme|mon mari|ma sœur|mon frère|ceux que j aime|tout le monde)'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase: '(merci|remercier|remercie) (pour|de) tout',
		unless: 'ce que|ce qu|le|la|les|vos|votre|ton|ta|tes|cela'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase:
			'((je|j) (ne )?reviendrai (pas|plus|jamais)|(vous|tu|on) (ne|n) (me )?(reverrez|reverras|reverra|verrez|verras|entendrez|entendras) (plus|plus jamais|jamais)|(vous allez|tu vas) {adv}(tous |toutes )?me manquer|je vous aime (tous|toutes|fort|très fort)|(pardon|désolé|désolée) pour tout|(prenez|prends) {adv}soin de (mon|ma|mes) (chat|chien|enfants|fille|fils|animaux|lapin|mère|maman|père|papa))',
		unless: 'ce|le|la|les|ces|ça|au|aux|sur|ici|à|dans',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase: '(dites|dis) (à|a) (ma|mon|mes) * que je (l|les|t|vous) (aime|aimais)'
	},
	{
		category: 'suicide',
		warningSign: 'means-at-hand',
		phrase:
			'({pills}|corde|lame|lames|rasoir|couteau|arme|flingue|pistolet|fusil) (est |sont )?(devant moi|à côté de moi|dans ma main|dans mes mains|à portée de main|sur mes genoux|sur la table|sur le lit|sur mon lit|prête|prêts|prêtes|prêt)'
	},
	{
		category: 'suicide',
		warningSign: 'hesitation',
		phrase:
			'(me demander|me demande|hésite|hésiter|hésité) (si je (la|les|le|l) (prends|avale|fais|utilise)|à (les|la|le|l) (prendre|avaler|faire|utiliser)|à (tout avaler|le faire ce soir))'
	},
	{
		category: 'suicide',
		warningSign: 'trapped',
		phrase:
			'(aucune|pas d|plus d|plus aucune|pas une seule|pas de|aucun|plus aucun|pas d autre|aucune autre) (issue|solution|sortie|porte de sortie|échappatoire|espoir|avenir|lueur d espoir)',
		followedBy: '{clauseEnd}|pour moi|possible|à ma situation|à tout ça|nulle part|en vue|devant moi|à part',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'trapped',
		phrase:
			'(je suis|me sens|suis|je me sens) {adv}(piégé|piégée|pris au piège|prise au piège|dans une impasse|à bout|au bout du rouleau|au fond du trou|à bout de forces|désespéré|désespérée|sans espoir)',
		followedBy: '{clauseEnd}|dans (ma|cette) (vie|tête|situation)|de partout|de tous les côtés'
	},
	{
		category: 'suicide',
		warningSign: 'unbearable',
		phrase:
			'((j en|en|je n en|n en) (peux|peu|px) (plus|pu|plu)|(je|j) (ne )?(supporte|tiens|tiendrai) (plus|pu|plu) (rien|le coup))',
		followedBy:
			'{clauseEnd}|vraiment|du tout|de (vivre|tout|rien|cette vie|ma vie|souffrir|lutter|me battre)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'unbearable',
		phrase:
			'((la|cette|ma) (douleur|souffrance) (est|devient) {adv}(insupportable|intenable|trop forte|invivable|trop grande)|je souffre (trop|tellement))'
	},
	{
		category: 'suicide',
		warningSign: 'trapped',
		phrase: '((plus )?rien ne me (retient|rattache)|(plus|pu) rien à perdre)',
		unless: '(à|au|aux|en|dans) [a-z]+',
		excusedBy: '{everydayAbsence}',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'unbearable',
		phrase:
			'(plus|pas|pu|plu) (envie|la force|le courage) (de|d) (me battre|lutter|continuer|tenir|avancer|me lever)',
		unless: 'avec|contre|pour|à|au|aux|comme|ce|cette|ces|mon|ma|mes|le|la|les|sur|dans',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'burden',
		phrase:
			'(je suis|suis|je me sens|me sens|j ai l impression d être|impression d être) {adv}(un |une |qu un |qu une |que )?(poids|fardeau|boulet|charge|déchet|erreur|bon à rien|bonne à rien|moins que rien|inutile|de trop|en trop)',
		followedBy:
			'{clauseEnd}|pour (tout le monde|les autres|ma famille|mes proches|vous|eux|mes parents|mes enfants)|sur (cette )?terre|dans ce monde|partout'
	},
	{
		category: 'suicide',
		warningSign: 'burden',
		phrase:
			'((je|j) (gâche|pourris|gâchais|pourrissais) (la vie|l existence) (de|d) (tout le monde|mes proches|ma famille|mes enfants|mes parents|tous)|mieux sans moi|(je|j) (ne |n )?(vaux|sers) (rien|à rien))',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'deadline',
		phrase:
			'((ce soir|cette nuit|demain) c est (la fin|le jour|le grand jour|le grand soir|fini|terminé|décidé)|c est (la fin|fini|terminé) pour moi|c est la fin de tout|(je|j) (vais|compte) le faire (ce soir|cette nuit|demain|bientôt|cette semaine)|plus que (quelques|[0-9]+) (heures|jours) (à tenir|à vivre))'
	}
];

// Signs added with the indirect wording (crisis-indirect-wording.ts): a decision taken, a place at a
// height, a method named without its place, a time set, and the farewells that go with them.
const FRENCH_INDIRECT_SIGNS: CrisisPhrase[] = [
	{
		category: 'suicide',
		warningSign: 'finality',
		phrase:
			'((je suis|suis) (prêt|prête)|(c est|c) (décidé|décidée)|(n en|n|en) aurai (plus|plus jamais|bientôt plus) besoin|(je vais|vais|je veux|veux|j ai envie de) tout (arrêter|arreter|stopper|lâcher))',
		followedBy: '\\.|,|et|je|j|maintenant|ce soir|cette nuit|à partir|pour partir',
		excusedBy: '{everydayAbsence}',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'finality',
		phrase:
			'(quand je ne serai plus là|après ma mort|après mon départ|quand je serai parti|quand je serai partie)',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		warningSign: 'at-the-edge',
		phrase:
			'(je suis|suis|je me trouve|je me tiens|assis|assise|debout|penché|penchée) (sur|au bord du|au bord de la|au bord de|au dessus du|devant|sur le rebord de) (le |la |l |du |de la |mon |ma )?({edgePlace})',
		unless:
			'du bateau|de la gare|pour (réparer|nettoyer|bosser|travailler)|avec (les|mes|des) (amis|enfants|collègues)'
	},
	{
		category: 'suicide',
		warningSign: 'hesitation',
		phrase: '(je )?(regarde|regarder|fixe|fixer) (en bas|le vide|l eau|les rails|la voie|les voitures passer)'
	},
	{
		category: 'suicide',
		warningSign: 'method',
		phrase: '(je vais|vais|je veux|je compte|j ai envie de) (sauter|me jeter|me lancer)',
		followedBy: '\\.|,|et|je|cette fois|maintenant|ce soir|cette nuit|là'
	},
	{
		category: 'suicide',
		warningSign: 'deadline',
		phrase:
			'((ce soir|cette nuit|demain|ce week end|dimanche|tout à l heure) (je|j) (pars|partirai|le fais|le ferai|passe à l acte|m en vais|y vais)|(je|j) (pars|m en vais) (ce soir|cette nuit|pour de bon|pour toujours))',
		unless:
			'en|à|au|aux|pour (le|la|les|l|un|une|mon|ma|voir|travailler)|chez|avec|travailler|voir|faire|bosser|dormir|rejoindre',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		warningSign: 'deadline',
		phrase:
			'(attends|attendre|attendrai) que (tout le monde|les enfants|mon mari|ma femme|mon copain|ma copine|mes parents|ils|elle|il) (dorme|dorment|soit couché|soit couchée|soient couchés|parte|partent|soit parti|soit partie|soient partis)'
	},
	{
		category: 'suicide',
		warningSign: 'deadline',
		phrase: '(c est|c) (fini|la fin|terminé) pour moi'
	},
	{
		category: 'suicide',
		warningSign: 'unbearable',
		phrase:
			'((fatigué|fatiguée|épuisé|épuisée|las|lasse|marre) (de|d) (me battre|lutter|tenir|faire semblant|souffrir)|(je )?(ne )?(peux|peu|px|pourrai) (plus|pu|plu) continuer)',
		followedBy: '{clauseEnd}|comme (ça|ca)|à vivre|ainsi|contre (tout|la vie)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase: 'je vous aime',
		followedBy: '\\.|,|tous|toutes|fort|très fort'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-letter',
		phrase:
			'(écris|écrire|écrit|poste|poster|parle|vous parle|connecte|passe) (ici )?(une|pour la) dernière fois'
	},
	{
		category: 'suicide',
		warningSign: 'means-at-hand',
		phrase: '(j ai|j|ai) ([1-9][0-9]+) ({pillNames})'
	}
];

const FRENCH_MORE_SIGNS: CrisisPhrase[] = [
	{
		category: 'suicide',
		warningSign: 'finality',
		phrase:
			'(si|if) (je|i) (disparais|meurs|ne suis plus là|ne me réveille pas|disappear|die|am gone|m gone|do not wake up) (demain|ce soir|cette nuit|tomorrow|tonight|un jour)',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase:
			'((sachez|sache) que (je|j) (vous|t) (aimais|ai aimés|ai aimé|aime)|know that i (loved|love) (you|all of you)|(bisous|je vous embrasse) (à )?(tous|toutes|tout le monde))'
	},
	{
		category: 'suicide',
		warningSign: 'trapped',
		phrase: '(ma|la) vie est (finie|terminée|foutue|fichue)',
		excusedBy: '{laughter}'
	},
	{
		category: 'suicide',
		warningSign: 'finality',
		phrase: '(je sais|sais|i know) (comment|how) (faire|m y prendre|le faire|to do it)',
		followedBy: '\\.|,|maintenant|now'
	},
	{
		category: 'suicide',
		warningSign: 'unreachable',
		phrase: '(ne|n) (répond|répondent|décroche) (plus|pas|plus du tout)',
		followedBy: '\\.|,|au téléphone|aux messages|depuis|et'
	},
	{
		category: 'suicide',
		warningSign: 'means-at-hand',
		phrase:
			'(acheté|acheter|pris|sorti|récupéré|caché) {adv}(des|une|le|la|mon|ma|mes|un) (lames|lame|lames de rasoir|rasoir|cutter|corde)',
		unless:
			'pour (le|la|les|l|mon|ma|mes|me raser|raser|bricoler|couper)|de (cuisine|linge|randonnée|escalade)|à (linge|sauter)'
	},
	{
		category: 'suicide',
		warningSign: 'finality',
		phrase: '(je sais|sais) (ce que|ce qu) (je|j) (vais|vai|dois) (en faire|faire)',
		followedBy: '\\.|,|maintenant|ce soir|cette nuit'
	}
];

const ENGLISH_INDIRECT_SIGNS: CrisisPhrase[] = [
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase: '(goodbye|farewell)',
		followedBy: '\\.|,|forever|for good|and thank'
	},
	{
		category: 'suicide',
		warningSign: 'trapped',
		phrase: '(nothing matters|nothing matters anymore|what s the point)'
	},
	{
		category: 'suicide',
		warningSign: 'unreachable',
		phrase: '(not|is not|isn t|stopped) (answering|replying|picking up|responding)'
	},
	{
		category: 'suicide',
		warningSign: 'means-at-hand',
		phrase:
			'(pills|meds|tablets|sleeping pills|painkillers) (saved up|saved|stockpiled|hidden|stashed|hoarded)'
	},
	{
		category: 'suicide',
		warningSign: 'finality',
		phrase: '((i m|i am) (ready to go|done)|done with (everything|it all|life|living|all of (this|it)))',
		followedBy: '\\.|,|and|i|now|tonight',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		warningSign: 'at-the-edge',
		phrase:
			'(i m|i am|standing|sitting|stood|sat) (on|at|by|near) (the|a|this|my) (edge of (the|a) )?(bridge|roof|rooftop|ledge|cliff|tracks|railway|balcony|platform edge|overpass)'
	},
	{
		category: 'suicide',
		warningSign: 'deadline',
		phrase: '(going to|gonna|will|l|about to) {advEn}(finally )?do it',
		followedBy: '\\.|,|tonight|today|now|this (weekend|week)|tomorrow|soon|and'
	},
	{
		category: 'suicide',
		warningSign: 'deadline',
		phrase:
			'(decided|made up my mind|know) (that )?(tonight|today|tomorrow|this weekend) (is|will be) (when|the (night|day))'
	}
];

const ENGLISH_WARNING_SIGNS: CrisisPhrase[] = [
	{
		category: 'suicide',
		warningSign: 'giving-away',
		phrase:
			'(gave|giving|give|given) (away )?(my|all my|away my|away all my) (stuff|things|cat|dog|pets|clothes|books|guitar|belongings|possessions|games|console|savings|jewelry|jewellery)'
	},
	{
		category: 'suicide',
		warningSign: 'arrangements',
		phrase:
			'((made|make) up my mind|my mind is made up|(put|putting|got|getting) my (affairs|things|stuff|papers) in order|(wrote|written|made|updated) (my|a) will|everything is (ready|set|planned|sorted)|i (have|ve got|ve made) a plan|i know (how|when|where) i m going to do it)'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-letter',
		phrase:
			'((left|leaving|leave) (a|my) (note|letter|letters) (on|in|under|by)|(the|my) (letter|letters|note|notes) (is|are) (written|ready|finished|done|on the)|(wrote|written|leave|left|writing) (a |some |my )?(letter|letters|note|notes) (for|to) (my|everyone|each|you))'
	},
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase:
			'((thank you|thanks) (all |guys |everyone |so much )?for everything|i love you all|(sorry|i m sorry) for everything|(wo not|will not|will never|l never) see me again|take care of my (cat|dog|kids|children|mom|mum|sister|brother|pets)|(wo not|will not) be coming back)',
		unless: 'you (do|did|ve done)|you guys do',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'farewell-words',
		phrase: 'tell (my|him|her|them) * (i love|that i love)'
	},
	{
		category: 'suicide',
		warningSign: 'means-at-hand',
		phrase:
			'(pills|meds|tablets|rope|blade|blades|razor|gun) (are |is )?(in front of me|next to me|in my hand|in my hands|on my lap|laid out|lined up|counted out|right here)'
	},
	{
		category: 'suicide',
		warningSign: 'hesitation',
		phrase:
			'((wondering|deciding|trying to decide|not sure) (if|whether) (i should|to) (take|swallow|do) (them|it)|(staring|looking) at (the|my) (pills|bottle|rope|blade|knife))'
	},
	{
		category: 'suicide',
		warningSign: 'trapped',
		phrase:
			'(no way out|no escape|nothing (left )?to lose|(i m|i feel|feel|feeling) {advEn}(trapped|hopeless)|i give up on (life|everything|living))',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'unbearable',
		phrase: '(the pain is (unbearable|too much)|everything hurts)'
	},
	{
		category: 'suicide',
		warningSign: 'unbearable',
		phrase: '(can not|ca not|could not|can no longer) (take|handle|bear|stand|do) (it|this)',
		followedBy: '\\.|,|anymore|any more|any longer|and|i',
		carriesNegation: true
	},
	{
		category: 'suicide',
		warningSign: 'burden',
		phrase:
			'((i m|i am|i feel like|feel like) {advEn}(a|such a|just a|nothing but a) (burden|waste of space|waste of oxygen)|i ruin everything|better off without me)'
	},
	{
		category: 'suicide',
		warningSign: 'deadline',
		phrase:
			'(tonight (is|s) the night|(it|this|it all) ends (tonight|today)|my last (night|day) (on earth|alive))'
	}
];

export const WARNING_SIGN_PHRASES: readonly CrisisPhrase[] = [
	...FRENCH_WARNING_SIGNS,
	...FRENCH_INDIRECT_SIGNS,
	...FRENCH_MORE_SIGNS,
	...ENGLISH_WARNING_SIGNS,
	...ENGLISH_INDIRECT_SIGNS
];
