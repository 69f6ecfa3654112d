import type { CrisisPhrase } from './crisis-lexicon';

// Indirect wording: what people write when they do not write "je veux mourir". Each phrase is a
// structure rather than a sentence: an intent verb and a means or a place, an ending wished for with a
// subject that is life itself, a purpose clause that names death, violence said in its progressive or
// witnessed form. This is data, like crisis-lexicon.ts, and is written in the same phrase language;
// the words around a match (negation, who is speaking, past, fiction) are judged the same way.

const FRENCH_INDIRECT: CrisisPhrase[] = [
	{
		// Means × swallowing everything: "ce soir j'avale tout ce qui reste dans l'armoire à pharmacie".
		category: 'suicide',
		phrase:
			'(avaler|avale|avalé|prendre|prends|pris|gober|gobe|gobé|vider|vide|vidé) (tout ce qui reste|tout ce qu il reste|tout ce qu il y a|toute ma|tous mes|toutes mes|toute la|tout le|tout mon|tt mes|tt les|ts mes) * ({pills}|armoire à pharmacie|pharmacie)',
		unless:
			'{notMedicine}|comme (prévu|prescrit|d habitude|indiqué|tous les jours)|le matin|le soir|chaque|tous les (jours|soirs|matins)|matin et soir|à heure fixe|au (petit déjeuner|repas)|avec (le|mon) (repas|dîner|petit déjeuner)',
		excusedBy: '{everydayMedicine}'
	},
	{
		category: 'suicide',
		phrase: '(avaler|avale|avalé|prendre|prends|pris|gober|gobe|gobé) {adv}(tous|toutes) les ({pillNames})',
		unless: 'comme|le matin|le soir|chaque|tous les|matin et soir|à heure fixe|au|avec|de la journée|du jour',
		excusedBy: '{everydayMedicine}'
	},
	{
		// A count no prescription reaches: "je viens de prendre 30 cachets de Lexomil".
		category: 'suicide',
		phrase:
			'(pris|prendre|prends|avalé|avaler|avale|gobé|gober) {adv}([1-9][0-9]+|une dizaine de|une vingtaine de|une trentaine de|une quarantaine de|une cinquantaine de|une centaine de) ({pillNames})',
		unless:
			'en (une|un|deux|trois|[0-9]+) (semaine|semaines|mois|an|ans|année)|par (jour|semaine|mois)|depuis'
	},
	{
		category: 'suicide',
		phrase:
			'{will} * (les|la|le) (prendre|avaler|gober) (tous|toutes|tout|d un coup|en une fois|en même temps|ensemble)'
	},
	{
		category: 'suicide',
		phrase:
			'{will} * (et )?(foncer|me jeter|m écraser|me crasher|me planter|me précipiter) (en voiture |avec la voiture |avec ma voiture |en scooter |en moto )?(dans|contre) (un|une|le|la) (arbre|platane|mur|pile|poteau|camion|rambarde|glissière|parapet)',
		unless: 'de (travail|boulot)|des (dossiers|problèmes)'
	},
	{
		category: 'suicide',
		phrase:
			'(regarde|regarder|regardé|fixe|fixer|contemple|contempler) {adv}(la|ma|une|cette) (corde|nœud coulant|lame)',
		unless: 'à (linge|sauter)|de (la balançoire|escalade|guitare|violon|rasoir)|du (rasoir|couteau)'
	},
	{
		category: 'suicide',
		phrase:
			'(j ai|ai|j|have|got|ve got) (la|une|ma|the|a|my) (corde|rope|noose) (prête|ready|tied|set up|nouée|accrochée)'
	},
	{
		category: 'suicide',
		phrase:
			'(garde|gardé|gardés|conserve|mis de côté|mets de côté|stocke|stocké|keep|keeping|saving|saved) * (pour le jour (où|ou)|for the day (when )?i)',
		followedBy:
			'\\.|,|je (craquerai|n en pourrai plus|me déciderai|serai prêt|serai prête)|(i m|i am) ready|i (do it|need them)'
	},
	{
		// An ending wished for, whose subject is life itself: "je veux m'endormir et que ce soit fini".
		category: 'suicide',
		phrase:
			'{wish} * que (ce|tout|ça|ca|cela|la douleur|la souffrance|ma vie|cette vie) soit (fini|finie|terminé|terminée)',
		unless: 'avant|pour|à|d ici|rapidement|vite|le|la|les|ce'
	},
	{
		category: 'suicide',
		phrase: '(mettre|mets|met) (fin|un terme) à (tout|tout ça|tout ca|tout cela)',
		followedBy:
			'\\.|,|ce soir|cette nuit|demain|définitivement|pour de bon|une bonne fois|pour toujours|maintenant'
	},
	{
		category: 'suicide',
		phrase: '{will} * tout (arrêter|arreter|finir|stopper)',
		followedBy: '(, )?(définitivement|pour de bon|pour toujours|une bonne fois|à jamais)'
	},
	{
		category: 'suicide',
		phrase: '{will} * (arrêter|cesser|stopper) (de|d) (vivre|exister|respirer)',
		unless: 'comme|ainsi|pour|dans|à|en|chez|avec|ici'
	},
	{
		category: 'suicide',
		phrase: '(arrêter|cesser|stopper) (de|d) souffrir',
		followedBy: '(, )?(pour toujours|pour de bon|définitivement|une bonne fois|à jamais|pour l éternité)'
	},
	{
		category: 'suicide',
		phrase:
			'personne ne * si je (disparaissais|mourais|partais|me tuais|me suicidais|n étais plus là|m en allais|crevais)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'rien à faire (sur cette terre|sur terre|ici bas|dans ce monde|en ce monde|en ce bas monde|parmi vous|parmi les vivants)',
		followedBy: '{clauseEnd}',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(sert|servirait|sers) (à|a) rien que (je|j) (reste en vie|reste vivant|reste vivante|reste sur terre|reste|sois en vie|sois là|vive|existe|continue à vivre|continue)',
		followedBy: '{clauseEnd}',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(ce|ça|ca|sa|tout|c) (serait|serai|sera|serais) {adv}(plus simple|plus facile|mieux|un soulagement) (pour (tout le monde|tous|eux|vous|ma famille) )?si je (n étais pas là|n existais pas|ne suis plus là|ne me réveillais pas|ne me réveille pas|n étais jamais né|n étais jamais née)',
		carriesNegation: true
	},
	{
		// "Mon geste": the French euphemism for an attempt, in a farewell letter.
		category: 'suicide',
		phrase:
			'(expliquer|pardonner|pardonnez|pardonne|comprendre|comprenez|comprends|excuser|excusez) (moi )?(mon|ce) geste'
	},
	{
		category: 'suicide',
		phrase:
			'(sais|vois) (pas|plus) comment (je|j) (vais|pourrais|peux|pourrai|vai) (passer|tenir|survivre à|tenir jusqu à|finir) (cette nuit|la nuit|jusqu à demain|jusqu au matin|jusqu à ce soir|la soirée)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(envoyé|envoie|envoyer|publié|posté|laissé|écrit|reçu) {adv}(un|une|des|son|sa|ses|leur) (lettre|lettres|mot|message|messages|vidéo|texto|sms) (d adieu|d adieux)'
	},
	{
		category: 'suicide',
		phrase: '(plus|pu|plu) envie (de|d) (être là|être ici|être sur terre|être de ce monde)',
		followedBy: '\\.|,|du tout|pour personne|sur terre|et',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(pardon|pardonnez moi|désolé|désolée) (à|pour|auprès de) (ceux|celles|tous ceux|toutes celles) (que j aime|qui m aiment|que j ai aimés)'
	},
	{
		category: 'suicide',
		phrase:
			'(dose|doses|quantité|qu il faut|nécessaire|suffisante|suffisant|assez) * pour (ne )?(pas|plus|jamais) (me réveiller|me rater|me louper)',
		carriesNegation: true
	},
	{
		// At a height and saying it is now: "je suis sur le pont en ce moment", "I'm on the bridge right now".
		category: 'suicide',
		phrase:
			'(je suis|je me trouve|je me tiens|i m|i am|standing|sitting) (sur|au bord du|au bord de la|au bord de|au dessus du|on|at|on the edge of) (le |la |l |du |de la |the |a |this )?({edgePlace}|bridge|roof|rooftop|ledge|cliff|tracks|overpass)',
		followedBy:
			'(en ce moment|là maintenant|maintenant|right now|rn|now|tonight|ce soir|cette nuit) (\\.|et|and|je|j|i)',
		unless: 'du bateau|de la gare|pour (réparer|nettoyer|bosser|travailler)'
	},
	{
		category: 'suicide',
		phrase:
			'(me suis|m suis) re(coupé|coupée|scarifié|scarifiée|brûlé|brûlée|tailladé|tailladée|mutilé|mutilée)'
	},
	{
		category: 'suicide',
		phrase: 'le moment est venu (pour moi )?(de|d) (partir|dire adieu|en finir|vous quitter)',
		followedBy: '\\.|,|pour (toujours|de bon)|je'
	},
	{
		category: 'suicide',
		phrase: 'peur de ce que je (pourrais|vais|risque de|pourrai) (me faire|faire)',
		followedBy: '\\.|,|ce soir|cette nuit|maintenant|si|quand|je'
	},
	{
		// Suicide-note content: "dis à maman que ce n'est pas de sa faute".
		category: 'suicide',
		phrase:
			'(dis|dites|direz|diras|tell) * (que )?(ce n est|c est|ce n était|c était|it s|it is|it was) (pas|not|never|jamais) (de )?(sa|leur|ta|votre|her|his|their|your) (faute|fault)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase: '(compte|compter|compté|recompte) (les|mes) ({pillNames}) (, )? * * (assez|suffisamment|de quoi)'
	},
	{
		category: 'suicide',
		phrase:
			'personne (n|ne) (aura|devra|aurait) (plus )?(à|a|besoin de) (s occuper|se soucier|s inquiéter|se préoccuper) de moi',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(n ai|ai|n me reste) plus (qu à|que à|qu a) (partir|mourir|disparaître|en finir|crever|me tuer|tout arrêter)',
		carriesNegation: true
	},
	{
		category: 'self_harm',
		phrase:
			'me (suis )?(planté|plantée|plante|enfoncé|enfoncée|enfonce) (un|une|des|le|la|mon|ma) (compas|lame|cutter|aiguille|aiguilles|ciseaux|couteau|stylo|épingle) dans (la|le|les|mon|ma|mes) (cuisse|cuisses|bras|jambe|jambes|ventre|peau|main|poignet|avant bras)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (va|veut|menace de|vont) * (et|puis) (me tuer|me buter|me défoncer|me frapper|me massacrer|me crever|me faire la peau)',
		unless: '{discovery}',
		excusedBy: '{laughter}'
	},
	{
		category: 'suicide',
		phrase: '(je|j) (préfère|préférerais|préférerai) (disparaître|disparaitre)',
		unless: '(de|du|des) [a-z]+|d (?!être )[a-z]+|pour (un|une|quelques|le|la)|quelques|un (moment|temps|peu)'
	},
	{
		category: 'suicide',
		phrase:
			'(quand|lorsque|lorsqu|au moment où) (vous|tu|on|quelqu un) (lirez|liras|lira|verrez|verras|trouverez|trouveras|recevrez|recevras) (ce|mon|cette|ma) (message|mot|lettre|texto)',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		phrase: '(dormir|m endormir) et (de )?(ne )?(plus|jamais) (rien )?(sentir|ressentir|me réveiller)'
	},
	{
		category: 'self_harm',
		phrase: 'me (suis )?(refait|refaite) (du )?mal'
	},
	{
		category: 'self_harm',
		phrase:
			'(scarifications|scarifs|scarif|coupures|me couper|me scarifier|me faire du mal) (me )?(soulagent|soulage|apaisent|apaise|calment|calme|font du bien|fait du bien)'
	},
	{
		category: 'suicide',
		phrase: 'moteur (allumé|qui tourne|tourne|en marche) dans (le|mon|un) (garage fermé|garage)'
	}
];

// Acts that end a life, after an intent or a plan: "je vais passer à l'acte", "ce soir j'ouvre le gaz".
const FRENCH_ENDING_ACTS: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase:
			'{will} * (passer à l acte|faire (quelque chose|un truc) (de grave|d irréparable|de définitif|de stupide|de con)|me laisser (partir|glisser|couler))',
		unless:
			'pour (le|la|les|l|mon|ma|mes|ce|cette)|avec (le|la|les|mon|ma|mes|ce|cette)|dans (le|la|mon|ma|ce|cette)'
	},
	{
		category: 'suicide',
		phrase: '(je|j) (préfère|préférerais|préférerai) (mourir|crever|être mort|être morte)',
		unless:
			'{dieIdiom}|que (?!(de |d )?(continuer|vivre|revivre|souffrir|subir|rester|retourner|recommencer) )[a-z]+'
	},
	{
		category: 'suicide',
		phrase: '(ouvre|ouvrir|ouvrirai|ouvert|laisser|laisse) le gaz',
		unless: 'pour|de la (cuisinière|gazinière)|du (four|barbecue|chauffage)|en grand pour'
	},
	{
		category: 'suicide',
		phrase:
			'((tabouret|chaise|escabeau) sous la corde|corde (au|à la|à une|sur la) (plafond|poutre|branche|rambarde|crochet))'
	},
	{
		category: 'suicide',
		phrase: '(les )?veines (ouvertes|coupées|tailladées|entaillées)'
	},
	{
		category: 'suicide',
		phrase:
			'(bu|bois|avalé|pris|descendu) * (alcool|vodka|whisky|vin|bière|rhum|gin|bouteille) (avec|et) (mes|des|les|tous mes|toutes mes|plein de|ma boîte de|une boîte de) ({pillNames})'
	},
	{
		category: 'suicide',
		phrase: '(ts|tentative) (, )? * * (recommencer|refaire|retenter|réessayer)',
		unless: 'pas|jamais|plus'
	},
	{
		category: 'suicide',
		phrase:
			'(ne )?(passerai|verrai|tiendrai) (pas|plus|jamais) (noël|la nuit|l hiver|le week end|l été|la semaine|mon anniversaire|le nouvel an|la fin de la semaine|jusqu à demain)',
		unless: 'chez|avec|à|en|au|ici|là|seul|seule|ensemble|loin|sans|dehors|sur',
		carriesNegation: true,
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		phrase: '(vous|tu|on) (ne|n) me (reverrez|reverras|reverra) (plus|plus jamais|jamais|pas)',
		followedBy: '\\.|,|je|adieu|merci|prenez|prends',
		carriesNegation: true,
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		phrase: '(écrit|écris|envoyé|envoie|laissé) * * pour (leur|vous|lui|te) dire (au revoir|adieu)',
		excusedBy: '{everydayAbsence}|retraite|départ'
	},
	{
		category: 'suicide',
		phrase:
			'(veux|voudrais|envie|besoin|aimerais) {adv}que (la douleur|la souffrance|tout|ça|ca|ma vie) (s arrête|cesse|finisse|se termine) (pour toujours|définitivement|à jamais|pour de bon)'
	}
];

const FRENCH_DANGER_NOW: CrisisPhrase[] = [
	{
		category: 'danger',
		phrase: '({aggressor}) (est|était) (armé|armée|armés)',
		followedBy: '\\.|,|et|d un|d une|avec|dans|chez|devant',
		unless: 'de patience|de courage|jusqu aux dents pour'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (est en train de|est en train d|essaie de|essaye de|tente de|veut|va) (défoncer|enfoncer|casser|forcer|fracasser|briser) (la|ma|les|mes|une) (porte|fenêtre|vitre|fenêtres|vitres)',
		unless:
			'avec (son|sa|un|une) (ballon|balle|vélo|trottinette)|en (jouant|faisant)|de (la|ma) (voiture|cuisine|salle de bain)'
	},
	{
		// Violence witnessed at home: the person writing is in the house where it happens.
		category: 'danger',
		phrase:
			'({aggressor}) * (bat|frappe|tape sur|cogne|étrangle|tabasse|est en train de (frapper|battre|taper|étrangler|tabasser)) (ma mère|maman|mon père|papa|mon frère|ma sœur|mes frères|mes sœurs|mes enfants|les enfants|mon fils|ma fille|mon petit frère|ma petite sœur|le bébé|ma copine|mon copain)',
		unless:
			'(toujours |tout le temps |encore )?(à|aux|au) (?!coups )[a-z]+|en jouant|sans (faire )?exprès|avec (son|sa|un|une|le|la|des) (ballon|balle|raquette|jouet|coussin|oreiller|peluche)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (m a|me|m) (poussé|poussée|pousse|balancé|balancée|jeté|jetée|projeté|projetée) (dans|contre|par|du haut de) * (escalier|escaliers|mur|murs|terre|fenêtre|porte)',
		unless: 'à (l eau|la piscine)|dans (la piscine|l eau)|en jouant|sans (faire )?exprès'
	},
	{
		category: 'danger',
		phrase:
			'(quelqu un|un homme|un type|un mec|des hommes|des types) (est en train d|essaie d|essaye d|tente d|veut|a essayé d) (entrer|rentrer|forcer) (chez moi|dans (ma|mon|la|l) (maison|appartement|appart|chambre)|la porte)'
	}
];

const ENGLISH_INDIRECT: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase:
			'(the world|everyone|everybody|things|life|my family) (would|will|d|l) be (a )?(better|happier|nicer|easier) (place )?without me',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'self_harm',
		phrase:
			'(cutting|self harm|hurting myself|burning myself) (is the only thing that|helps|calms|makes me feel)'
	},
	{
		category: 'suicide',
		phrase:
			'(counting|counted|count) (the|my) (pills|meds|tablets|sleeping pills|painkillers) * * (enough|plenty)'
	},
	{
		category: 'suicide',
		phrase:
			'(not going to|not gonna|wo not|will not|never going to|never gonna|will never) {advEn}wake up (tomorrow|again|in the morning|ever)',
		unless: 'before|until|till|early|at|in time|on time',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(scared|afraid|frightened|terrified) (of )?what i (might|will|could|m going to|may) (do to myself|do)',
		followedBy: '\\.|,|tonight|now|if|when|to myself'
	},
	{
		category: 'suicide',
		phrase:
			'(no|any|not any) way out (but|except|other than|apart from|besides) (death|dying|suicide|to die|killing myself)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(says|said|keeps saying|told me|is saying|texted|texted me) (that )?(he|she|they) (wants|want|wanted|is going|s going|will|l|is gonna) to (die|kill (himself|herself|themselves)|end (it|his life|her life))',
		unless: 'her hair|his hair|their hair|of (laughter|embarrassment)|laughing'
	},
	{
		category: 'suicide',
		phrase:
			'(better off|better|happier|easier) (if|when|once) i {advEn}(died|was gone|were gone|was dead|were dead|did not exist|never existed|was not here|were not here|killed myself|disappeared)'
	},
	{
		category: 'suicide',
		phrase:
			'i (l |will |m going to |m gonna |m about to |am going to )?{advEn}end (it|it all|my life|things)',
		followedBy: '\\.|,|tonight|today|now|for good|once and for all|this (time|week|weekend)|soon'
	},
	{
		category: 'suicide',
		phrase: '(last|final) (night|day|hours|moments|breath) (alive|on earth|of my life)'
	},
	{
		category: 'suicide',
		phrase: '(engine|motor|car) (is |s )?running in (the|a|my) (closed |shut )?garage'
	},
	{
		category: 'suicide',
		phrase:
			'(cut|cutting|slit|slitting|slash|slashing|slashed|opened|open) (open )?my (wrists|wrist|veins|throat)',
		unless: 'on|while|when|by accident|accidentally|in the kitchen|cooking|shaving|at work|falling|playing'
	}
];

const ENGLISH_ENDING_ACTS: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase:
			'(going to|gonna|want to|wanna|will|l|about to|thinking about|think about|plan to|planning to) {advEn}(drive|driving|crash|crashing|steer|swerve) (my car |the car |my bike |myself )?(into|off) (a|the) (wall|tree|bridge|cliff|river|truck|lorry|pole|barrier|oncoming traffic)'
	},
	{
		category: 'suicide',
		phrase:
			'(i l|il|i will|i m going to|i am going to|gonna|going to) {advEn}be dead (by|before|tomorrow|tonight|soon)'
	},
	{
		category: 'suicide',
		phrase:
			'(no|not any|nothing|not a) (reason|point) (for me )?to (be here|be alive|stay|exist|keep going|stay alive)',
		followedBy: 'anymore|any more|any longer|\\.|,',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(want|wish|need) (the pain|it|everything|it all|this|my life) to (stop|end) (forever|for good|permanently)'
	},
	{
		category: 'suicide',
		phrase:
			'(vodka|alcohol|whiskey|whisky|wine|booze|beer|gin|rum) (and|with) (all )?(my|the|some|a bunch of|a handful of) (pills|meds|antidepressants|sleeping pills|painkillers|benzos|tablets)'
	},
	{
		category: 'suicide',
		phrase:
			'(texted|sent|messaged|wrote|posted) (me|us|everyone|on [a-z]+) (a )?(goodbye|farewell|suicide note)'
	},
	{
		// Someone close saying it now: the panel's lines answer relatives too.
		category: 'suicide',
		phrase:
			'(going to|gonna|wants to|want to|threatening to|threatened to|threatens to|will|l|trying to|tried to|about to|plans to|planning to) {advEn}(kill|hang|overdose|end) (herself|himself|themselves|her life|his life)',
		unless: 'laughing|with laughter|over|for|at (work|the gym)|working|studying'
	}
];

const ENGLISH_DANGER_NOW: CrisisPhrase[] = [
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) (is|s) {advEn}(strangling|choking|beating|hitting|stabbing|hurting|attacking|kicking|punching|beating up) (my|our) (mom|mum|mother|dad|father|sister|brother|kids|children|son|daughter|baby|little brother|little sister)',
		unless: 'at|in (a|the) (game|match)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) * (locked|locks|has locked|is locking|keeps locking) me (in|inside|up|in the [a-z]+)'
	},
	{
		category: 'danger',
		phrase:
			'(someone|somebody|a man|a guy|some guy|some men|a stranger|people) (is |s |are |re )?(breaking|trying to break|forcing (his|her|their) way|getting) (into|in) (my|the|our) (house|home|flat|apartment|room|place)',
		unless: 'for (a|the) (show|film|movie|game)'
	}
];

export const INDIRECT_WORDING_PHRASES: readonly CrisisPhrase[] = [
	...FRENCH_INDIRECT,
	...FRENCH_ENDING_ACTS,
	...FRENCH_DANGER_NOW,
	...ENGLISH_INDIRECT,
	...ENGLISH_ENDING_ACTS,
	...ENGLISH_DANGER_NOW
];
