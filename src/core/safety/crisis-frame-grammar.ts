// The crisis frames: four small grammars over normalised text, for what people say in words no phrase
// list foresees. A frame is a structure, not a phrase: its slots are closed word classes (who speaks, the
// auxiliaries of any tense and mood, the act, the means, a quantity, an intent) and any filling of the
// slots alarms. Written in the phrase language of compile-crisis-pattern.ts; crisis-frames.ts applies it.
//   self          first person + any chain of auxiliaries + a self-killing act ("et si je me tuais",
//                 "j'ai pensé à me pendre", "je pourrais me foutre en l'air", "I might just end it all");
//   dependent     first person + a harm done to the child they care for ("j'ai peur de faire du mal à mon
//                 fils", "je vais la secouer" when the text names a baby or a child);
//   means         an intent + a quantity + a means ("avaler toutes mes pilules", "prendre 30 comprimés",
//                 "mettre mes somnifères de côté");
//   intoxication  the means already taken ("j'ai tout pris", "je viens d'avaler la boîte") or its effects
//                 felt now after taking it ("j'ai pris mes cachets, la tête me tourne");
//   farewell      a leave-taking beside a finality or a preparation ("merci pour tout, je ne reviendrai
//                 pas", "prenez soin de maman, j'ai tout rangé"), or "vous serez mieux sans moi".
// Negation, the person addressed, reported questions, past and fiction are judged as for the lexicon
// (judge-crisis-context.ts); `excusedBy` words in the sentence give it an everyday reason.
// This is data maintained by people: the file is long on purpose.

import type { CrisisCategory } from './crisis-lexicon';

export type CrisisFrame = 'self' | 'dependent' | 'means' | 'intoxication' | 'farewell';
export const CRISIS_FRAMES: readonly CrisisFrame[] = [
	'self',
	'dependent',
	'means',
	'intoxication',
	'farewell'
];

/** The part a farewell rule plays: two different parts in one text alarm (a leave-taking and a finality...). */
export type FarewellPart = 'leave-taking' | 'apology' | 'finality' | 'arranging' | 'entrusting' | 'letter';

export interface FrameRule {
	frame: CrisisFrame;
	category: CrisisCategory;
	phrase: string;
	unless?: string;
	followedBy?: string;
	/** The phrase holds its own negation ("ne plus me réveiller"): a negation before it is no denial. */
	carriesNegation?: boolean;
	/** The rule counts only when the whole text also holds these words ("je vais la secouer" + "le bébé"). */
	requires?: string;
	/** Words in the match's sentence that give it an everyday reason. */
	excusedBy?: string;
	/**
	 * Words of which any match holds one, when the compiler cannot work them out (see anchor-words.ts):
	 * the rule then runs only on texts that hold one of them, which keeps everyday text fast.
	 */
	anchors?: string;
	/** Farewell rules only: the part this one plays. */
	part?: FarewellPart;
}

export const FRAME_MACROS = {
	// Who speaks. "moi je" and "si je", "et si je" are "je"; SMS spellings are expanded by normalisation.
	firstPerson: 'je|j|i',
	// Any chain of auxiliaries, modals and adverbs between the subject and the act, in any tense or mood:
	// "je vais", "je pourrais", "j'ai pensé à", "j'ai envie de", "je compte", "je vais finir par", "et si je".
	// Never a negation, a subject or "que": the chain stays in the writer's own clause and is never denied.
	chain:
		'((vais|vai|va|vé|veux|veu|voulais|voudrais|voudrai|voulu|peux|peu|pourrais|pourrai|pourait|pouvais|dois|devrais|devrai|devais|compte|comptais|pense|pensais|pensé|penserai|songe|songeais|songé|ai|avais|aurais|aurai|eu|suis|serais|serai|étais|été|essaie|essaye|essayerai|essaierai|tente|tenterai|tenté|tentée|finir|finirai|finirais|finis|par|risque|risquerais|préférerais|préfère|aimerais|aimerai|envie|envi|besoin|hâte|prêt|prête|capable|décidé|décidée|l intention|l idée|idée|le courage|la force|rêve|prie|oser|ose|oserai|vraiment|juste|peut être|sûrement|probablement|finalement|enfin|encore|déjà|sérieusement|carrément|limite|grave|presque|bientôt|direct|simplement|tout simplement|à|de|d|aller|allais|irai|irais|m|me|en train|sens|sentais|crois|commence|commencé|continue|souvent|parfois|tout le temps|tjrs|toujours|du coup|bien|tellement|trop) ){0,7}',
	chainEn:
		'((m|am|ll|will|d|would|could|might|may|should|want|wanted|to|going|think|thinking|thought|about|of|keep|kept|just|really|seriously|finally|probably|maybe|plan|planning|planned|on|have|ve|been|ready|tempted|decided|wish|can|feel|like|try|trying|tried|gonna|wana|actually|honestly|literally|so|go|get|got|soon|definitely|totally|will|truly|still|always|often|sometimes) ){0,7}',
	// The self-killing acts. Weak words ("mourir", "disparaître") need a wish and are in the lexicon.
	selfKill:
		'(me|m) (tuer|tue|tues|tuerai|tuerais|tuerait|tuais|tuait|suicider|suicide|suiciderai|suiciderais|suicidais|supprimer|supprime|buter|bute|flinguer|flingue|foutre en l air|fous en l air|fout en l air|foutrai en l air|foutrais en l air|foutais en l air|pendre|pends|pend|pendrai|pendrais|pendais|empoisonner|immoler|(jeter|jette|jetais|jetterai|jetterais|lancer|lançais|balancer) sous (un|le|une|la|les) (train|trains|métro|rer|tram|camion|voiture|bus|roues)|jeter dans le vide|jette dans le vide|jeter par la fenêtre|jette par la fenêtre|jeter du haut|jeter d un pont|jeter du pont|laisser mourir|laisser crever|ouvrir les veines|ouvre les veines|ouvrirai les veines|ouvrirais les veines|taillader les veines|trancher les veines|couper les veines|trancher la gorge|tirer une balle|tire une balle|mettre une balle|faire sauter la cervelle|faire sauter le caisson)|mettre fin à (mes jours|ma vie)|mets fin à (mes jours|ma vie)|mettrai fin à (mes jours|ma vie)|mettrais fin à (mes jours|ma vie)|(sauter|saute|sauterai|sauterais|sautais) (du pont|d un pont|du toit|d un toit|par la fenêtre|dans le vide|du balcon|sous (un|le|une|la) (train|métro|rer|tram|camion|voiture|bus))|(ne )?(plus|jamais) (jamais )?me (réveiller|réveille|relever)|me (réveillerai|réveillerais) (pas|plus|jamais)',
	selfKillEn:
		'(kill|killed|killing|hang|hanged|hanging|drown|drowned|shoot|shot|poison|poisoned|off|unalive) myself|end (it all|it tonight|my life|everything|things)|slit my (wrists|throat)|overdose|od|(jump|jumped|jumping) (off|from) (a|the|my|our) (bridge|roof|rooftop|building|balcony|cliff|tower|overpass|car park|parking garage|window|ledge)|(jump|jumped|jumping|step|stepped|throw myself) in front of (a|the) (train|bus|truck|lorry|car|tube)|not wake up|never wake up',
	// A child or a person the writer cares for.
	dependent:
		'bébé|bebe|bb|fils|fille|filles|enfant|enfants|petit|petite|petits|nourrisson|gamin|gamine|gamins|gosse|gosses|môme|mômes|neveu|nièce|baby|son|daughter|kid|kids|child|children|toddler|newborn',
	// The text names a child: possessed, or a word that is a child whatever its article ("la petite").
	dependentInText:
		'(mon|ma|mes|notre|nos|my|our) ({dependent})|pleure|pleurs|hurle|couches|berceau|nuits blanches|crying|screaming|diaper|nappy|cot|crib|(le|la|les|un|une|ce|cette|the) (bébé|bebe|bb|nourrisson|enfant|enfants|petite|gamin|gamine|gosse|gosses|môme|baby|newborn|toddler)',
	harm: 'faire du mal|faire mal|frapper|secouer|étrangler|étouffer|noyer|lever la main sur|levé la main sur|lève la main sur|cogner|jeter par la fenêtre|jeter contre le mur',
	harmToNoun: '{harm}|tuer|blesser',
	harmEn:
		'hurt|hurting|harm|harming|shake|shaking|hit|hitting|smother|smothering|strangle|strangling|kill|killing|drown|drowning',
	// Means one takes, and the containers that hold them ("la boîte de chocolats" holds none: notMedicine).
	means:
		'{pillNames}|somnifère|anxiolytique|antidépresseur|neuroleptique|gélule|opiacés|morphine|tramadol|codéine|lamaline|ibuprofène|advil|insuline',
	notMeans: '(de|d) (?!(mes|ses|ces|mon|ma|un coup|une traite|une seule fois|{means}) )[a-z]+',
	container: 'boîte|boîtes|boite|boites|flacon|flacons|plaquette|plaquettes|tube|tubes|stock|réserve',
	manyWords:
		'(beaucoup |bien |largement |vraiment )?([5-9]|[1-9][0-9]+|dix|quinze|vingt|trente|quarante|cinquante|cent|une dizaine d|une dizaine de|une vingtaine de|une trentaine de|une poignée de|une poignée d|plein de|plein d|trop de|trop d|des dizaines de)',
	// A quantity of a means: all of them, a whole container, or many.
	quantityMeans:
		'((tout|toute|tous|toutes|tt) (le|la|les|mon|ma|mes|ce|cette|ces|l) ({means}|{container})|((les|mes|ces|deux|trois|quatre|plusieurs) ({container})|(la|une|ma|cette) ({container}) (entière|entier))( (de|d) (mes |ces |mon )?({means}))?|{manyWords} ({means}))',
	intentTake:
		'prendre|prends|prendrai|prendrais|avaler|avale|avalerai|avalerais|gober|engloutir|stocker|stocke|accumuler|accumule|mélanger|mélange|aligné|alignés|aligne|compté|comptés|compte|étalé|étalés|étale|sorti|sortis',
	stockpile:
		'(mets|mis|mettre|met|garde|gardé|garder|gardais|stocke|stocké|stocker|accumule|accumulé|accumuler|économise|économisé|cache|caché|planque|planqué) (de côté|en réserve|en cachette|depuis|sous mon lit|dans mon tiroir|au cas où|pour le jour où|pour plus tard)',
	taken:
		'pris|pri|prit|prises|avalé|avalés|avalée|avalées|gobé|gobés|gobées|bu|englouti|engloutis|ingéré|ingérés|ingurgité|ingurgités|vidé|vidée|pris tout|avalé tout',
	recently:
		'(j ai|ai|a|en train de|en train d|je viens de|je viens d|viens de|viens d|vient de|vien de|vien d|j avais|avais|et|puis)',
	symptom:
		'(la|ma) tête (qui |me )?tourne|tête qui tourne|tout tourne|(me sens|sens) partir|(du mal|mal) à respirer|respire mal|(vois|voir|vu) (tout )?(flou|trouble|double)|sens plus (mes|mon|ma)|coeur (qui )?(s emballe|ralentit)|engourdi|engourdie|plus la force de bouger|(ça|ca|sa) (commence à )?(fait|faire) effet',
	symptomEn:
		'(room|head|everything) (is )?spinning|feel (so )?(dizzy|sleepy|weird|numb|faint)|can not keep my eyes open|eyes (are )?closing|can not breathe|hard to breathe|heart (is )?racing|threw up|throwing up|slipping away|fading',
	// Everyday reasons to give things away or put them in order.
	everydayGiving:
		'déménagement|déménager|déménage|vide grenier|brocante|noël|anniversaire|cadeau|cadeaux|ménage|printemps|moving|spring|yard sale|christmas|birthday|vieux|vieille|vieilles|trop petits|trop petites|qui ne me (sert|servent) plus|dont je ne me sers plus|emmaüs|secours|croix rouge|vinted|leboncoin|le bon coin|recyclerie|garderie|nounou|baby sitter|pendant (mon|mes|le|les|la) [a-z]+|le temps (de|d)|old|outgrown|charity|while i m away|for the weekend',
	// Everyday reasons to say goodbye, said in the same sentence, and a "see you" that says it is not the end.
	everydayLeaving:
		'{everydayAbsence}|bonnes fêtes|bonne année|bon week end|bonne semaine|bonne soirée|à l année prochaine|à (bientôt|demain|plus|tout à l heure|la prochaine|la semaine prochaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|see you|talk soon|fête|soirée|groupe|forum|plateforme|site|appli|application|asso|association|gem|équipe|boulot|travail|poste|collègues|projet|réseau|whatsapp|discord|club|stage|école|lycée|fac|promo|ville|appart|appartement|maison|colocation|coloc|vacances|saison|année|group|forum|team|job|school|server|channel|platform|club|class|semester|term'
} as const;

const FRENCH_SELF: FrameRule[] = [
	{
		frame: 'self',
		category: 'suicide',
		phrase: '({firstPerson}) {chain}({selfKill})',
		// "Je me tue à le répéter", "je vais me tuer au travail", "je pourrais me tuer pour avoir oublié ça".
		// "Je me suis fait avoir, je me tuerais !": a bare conditional that ends its clause is a figure of speech.
		unless:
			'(?<=tuerais |tuerait )(\\.|,)|(?<=supprimer |supprime )(de|du|des)|(?<=buter |bute )(à|a|contre|sur)|(?<=pendre |pends |pend )(au|à) (téléphone|tel|cou|bras|basques)|(la santé|le dos|les genoux|la voix|les oreilles|les yeux|le moral|le foie|l estomac)|au (chocolat|café|sucre|coca|fromage|nutella)|(à|a) (la tâche|petit feu|le|la|les|te|vous|lui|leur|force)|(à|a) [a-z]+(er|ir|re)|au (travail|boulot|taf|sport)|pour (avoir|ça|ca|rien|si peu|un|une|des|oublier|cette|ce)|avec (ce|cette|ces|le|la|les|mon|ma) (dossier|boulot|travail|taf|histoire|relation|truc|projet|régime|mec|meuf|situation|rangement|ménage)|de (rire|travail|fatigue|chaud|froid)|(en|au|à) (voiture|vélo|scooter|moto|ski|snow|skate|roller|trottinette|luge|tombant|courant|glissant)|les (mains|doigts|pieds|dents)',
		excusedBy:
			'{laughter}|mourir de rire|jeu vidéo|jeu video|minecraft|fortnite|mon perso|dans le jeu|ta cuisine|sa cuisine|ta bouffe|élastique|bungee|parachute|parapente|plongeon|piscine|trampoline'
	},
	{
		frame: 'self',
		category: 'suicide',
		// Planning how, where or when: "j'ai réfléchi à comment je me tuerais".
		phrase: '(comment|où|quand|avec quoi) ({firstPerson}) {chain}({selfKill})',
		excusedBy: '{laughter}|jeu vidéo|jeu video|minecraft|fortnite'
	},
	{
		frame: 'self',
		category: 'suicide',
		phrase: '({firstPerson}) {chain}en finir',
		unless:
			'avec (?!(la vie|ma vie|cette vie|tout|moi|l existence|mes jours|ce monde|cette souffrance|ma souffrance|cette douleur|ces souffrances) )[a-z]+',
		excusedBy: '{laughter}'
	},
	{
		frame: 'self',
		category: 'suicide',
		phrase:
			'({firstPerson}) {chain}(faire|fais|ferai|ferais|faisais|fasse|refaire|refais|referai) une (ts|tentative|overdose|od)',
		unless: '(de|d) (?!(suicide) )[a-z]+',
		excusedBy: '{laughter}'
	},
	{
		frame: 'self',
		category: 'suicide',
		phrase: '({firstPerson}) {chainEn}({selfKillEn})',
		unless:
			'on (the|a|my) [a-z]+|on (chocolate|sugar|coffee|caffeine|netflix|tv|cake|candy|love|cuteness|carbs)|in (an|a|the) (accident|crash)|for (forgetting|that|this|being|saying|doing|not)|with (him|her|them|this|that|my (job|boyfriend|girlfriend|partner))|laughing|in (the|a) (game|level)',
		excusedBy: '{laughter}|minecraft|fortnite|in game|video game'
	}
];

// Self-harm, in any tense or mood: "je vais me couper ce soir", "si je me scarifiais", "I might cut myself".
const SELF_HARM: FrameRule[] = [
	{
		frame: 'self',
		category: 'self_harm',
		phrase:
			'({firstPerson}) {chain}(me|m) (couper|coupe|couperai|couperais|coupais|scarifier|scarifie|scarifierai|scarifierais|scarifiais|mutiler|mutile|taillader|taillade|entailler|entaille|lacérer|lacère|brûler|brûle|brûlerai|brûlerais|faire du mal|fais du mal|ferai du mal|ferais du mal|faire saigner|griffer jusqu au sang|frapper la tête|cogner la tête|taper la tête)',
		unless:
			'(les|le|la|mes|un|une|des|l) (cheveux|ongles|frange|barbe|doigt|doigts|pied|pieds|genou|main|tranche|part|morceau|parole|appétit|langue)|du monde|(de|d|des|du) (?!(sang) )[a-z]+|du mal à|en (cuisinant|tombant|courant|jouant|bricolant|rasant|épluchant|coupant|sport|vélo)|au (dos|genou|pied|sport|soleil|four)|avec (le|la|un|une) (four|fer|casserole|poêle|plaque|café|thé)|à (la|l) (cuisine|muscu|salle)',
		excusedBy:
			'{laughter}|en (me |m )?[a-z]+ant|cuisine|recette|four|soleil|coup de soleil|épilation|bricolage|jardinage|sport|muscu|régime|cigarette électronique'
	},
	{
		frame: 'self',
		category: 'self_harm',
		phrase:
			'({firstPerson}) {chainEn}(cut|cutting|burn|burning|harm|harming|hurt|hurting|scratch|scratching) myself',
		excusedBy:
			'{laughter}|shaving|cooking|kitchen|accident|accidentally|by mistake|gym|football|training|workout|running|while|on the|garden|gardening'
	}
];

const DEPENDENT_HARM: FrameRule[] = [
	{
		frame: 'dependent',
		category: 'danger',
		// "J'ai peur de faire du mal à mon fils", "je pourrais secouer le bébé".
		phrase:
			'({firstPerson}) {chain}(peur (de|d) |envie (de|d) |me retiens (de|d) |failli )?({harmToNoun}) ((à )?(mon|ma|mes|le|la|les|notre|nos|ce|cette)|au|aux) ({dependent})',
		unless: 'de (rire|bisous|câlins|chatouilles)|à la porte|avec (un|une|le|la) ballon',
		excusedBy:
			'{laughter}|en (le |la |les |lui |l |leur )?[a-z]+ant|se (réveille|réveiller|lever|lève)|secouer les puces|(mal|peine) au coeur|émotionnellement|jeu|jouant|chatouille|chatouilles|bisous|câlin|câlins|ballon'
	},
	{
		frame: 'dependent',
		category: 'danger',
		// "Je vais la secouer", "j'ai peur de lui faire du mal": a pronoun, when the text names a child.
		phrase:
			'({firstPerson}) {chain}(peur (de|d) |envie (de|d) |me retiens (de|d) |failli )?(le|la|l|les|lui|leur) ({harm}|taper|gifler)|(l|les|la|le) (ai|avais) (déjà |encore |trop fort )?(frappé|frappée|frappés|secoué|secouée|giflé|giflée|étranglé|étranglée|cogné|cognée|bousculé|bousculée|tapé|tapée)',
		unless: 'de (rire|bisous|câlins|chatouilles)|à la porte|avec (un|une|le|la) ballon',
		requires: '{dependentInText}',
		excusedBy:
			'{laughter}|en (le |la |les |lui |l |leur )?[a-z]+ant|se (réveille|réveiller|lever|lève)|secouer les puces|biberon|servir|jus|boisson|sauce|mélange|ordi|clavier|texte|document|code|mot de passe|émotionnellement|jeu|jouant|chatouille|chatouilles|bisous|câlin|câlins|ballon|bouteille|flacon|shaker|tapis|couette|salade|vinaigrette|cocktail|arbre|prunier|cocotier|puce|mouche|moustique|araignée|guêpe|insecte|plante'
	},
	{
		frame: 'dependent',
		category: 'danger',
		anchors: 'afraid scared terrified worried shake shook smother strangle hit hurt harm',
		phrase:
			'(i |i m |m |am )?(afraid|scared|terrified|worried) (i ll|i will|i might|i could|i m going to|of) ({harmEn}) (him|her|them|my (baby|son|daughter|kid|kids|child|children|toddler|newborn))|(i|i ll|i m going to) (could |might |will |want to |m going to |am going to |nearly |almost )?(shake|shook|smother|strangle|hit|hurt|harm) (the|my) (baby|son|daughter|kid|kids|child|children|toddler|newborn)',
		requires: '{dependentInText}',
		excusedBy: '{laughter}|feelings|by saying|by telling|by leaving|emotionally|game|playing|tickle'
	}
];

const DEPENDENT_LOSS_OF_CONTROL: FrameRule[] = [
	{
		frame: 'dependent',
		category: 'danger',
		// "J'ai peur d'aller trop loin un jour" when the text names a child.
		phrase:
			'(peur|crains|terrifiée|terrifié) (de|d|qu) (moi|aller (trop|plus) loin|craquer|perdre le contrôle|ne plus me contrôler|ne pas me contrôler|péter un câble|péter les plombs|recommencer|je recommence|je craque)',
		carriesNegation: true,
		requires: '{dependentInText}',
		excusedBy:
			'{laughter}|régime|chocolat|cigarette|clope|alcool|boire|fumer|dépenser|examen|exam|boulot|travail'
	},
	{
		frame: 'dependent',
		category: 'danger',
		phrase:
			'(snap|lose it|lose control|lost it|snapped|lose my temper|lost my temper) and (hurt|hit|shake|harm|smother) (him|her|them|my|the)',
		requires: '{dependentInText}',
		excusedBy: '{laughter}|feelings|game|playing'
	}
];

const MEANS_WITH_INTENT: FrameRule[] = [
	{
		frame: 'means',
		category: 'suicide',
		// "Avaler toutes mes pilules", "prendre la boîte de Xanax", "garder tous mes cachets", "prendre 30 comprimés".
		phrase: '({intentTake}) (d un coup |en une fois |ensemble )?{quantityMeans}',
		unless: '{notMeans}',
		excusedBy: '{everydayMedicine}'
	},
	{
		frame: 'means',
		category: 'suicide',
		// "Mes somnifères, je les mets de côté depuis un mois": a means and a stockpile in one sentence.
		phrase: '{stockpile}',
		requires: '({means})',
		excusedBy:
			'{everydayMedicine}|argent|sous|euros|thunes|économies|pour (ma|mon|mes) (mère|père|parents|grand mère|fils|fille|enfants)'
	},
	{
		frame: 'means',
		category: 'suicide',
		// "Les prendre toutes d'un coup", "tout avaler ce soir".
		phrase:
			'(les|tout) (prendre|avaler|prends|avale|prendrai|avalerai|prendrais|avalerais|gober) (toutes |tous )?(d un coup|en une fois|en même temps|ensemble|ce soir|cette nuit|tous|toutes)',
		requires: '({means}|{container})',
		excusedBy:
			'{everydayMedicine}|chocolat|chocolats|bonbons|gâteau|gâteaux|biscuits|bière|bières|shots|verres|apéro|pizza|cours|notes|exercices'
	},
	{
		frame: 'means',
		category: 'suicide',
		anchors: 'take swallow save saving stockpile stockpiling hoard hoarding keep keeping down',
		phrase:
			'(take|swallow|save|saving|stockpile|stockpiling|hoard|hoarding|keep|keeping|down) (all|every one of|every) (my|the|of my) (pills|meds|tablets|sleeping pills|painkillers|medication)|(take|swallow|taking|swallowing) (every|all the|all of the) (pill|pills|tablet|tablets|meds) in (the|my) (house|cabinet|bottle|drawer|bathroom)|(take|swallow) (the|a) (whole|entire) (bottle|box|pack|packet)|(take|swallow) ([1-9][0-9]+|twenty|thirty|forty|fifty|a hundred) (pills|tablets)',
		excusedBy: '{everydayMedicine}|vitamins|vitamin'
	},
	{
		frame: 'means',
		category: 'suicide',
		anchors: 'take swallow',
		phrase: '(take|swallow) (all of them|them all|the lot|every single one)',
		requires: '({means}|pills|meds|tablets)',
		excusedBy: '{everydayMedicine}|vitamins|vitamin|cookies|biscuits|sweets|candy'
	},
	{
		frame: 'means',
		category: 'suicide',
		// Looking for a lethal dose, or having enough: "combien de cachets il faut", "j'en ai assez pour...".
		anchors: 'combien quantité many dose doses lethal fatal assez suffisamment enough',
		phrase:
			'(combien de|combien d|quelle quantité de|quelle quantité d|how many) ({means}|pills|tablets|meds) (il faut|faut|faudrait|pour|il faudrait|does it take|would it take|to)|(dose|doses) (mortelle|mortelles|létale|létales)|(lethal|fatal) dose|(assez|suffisamment) (de|d) ({means}) pour (ne|en|mourir|partir|dormir|que|qu|toujours|de bon)|enough (pills|meds|tablets) to',
		excusedBy:
			'{everydayMedicine}|{laughter}|chat|chien|cheval|vétérinaire|véto|cours|exam|examen|infirmier|infirmière|pharmacologie|toxicologie|migraine|mal de tête|mal à la tête|douleur|douleurs|fièvre|rhume|grippe|par jour|par prise|maximum|maximale|vet|dog|cat|class|nursing|headache|pain|fever|per day|a day'
	},
	{
		frame: 'means',
		category: 'suicide',
		anchors: 'pharmacies',
		phrase:
			'dans (deux|trois|quatre|plusieurs|différentes) pharmacies|in (two|three|several|different) pharmacies',
		requires: '({means}|{container})',
		excusedBy: 'garde|rupture|en rupture|introuvable|pénurie|shortage|out of stock'
	}
];

const INTOXICATION_NOW: FrameRule[] = [
	{
		frame: 'intoxication',
		category: 'suicide',
		// "J'ai pris toutes les boîtes de Tercian", "je viens d'avaler 20 comprimés".
		phrase: '{recently} {adv}({taken}|prendre|avaler) {quantityMeans}',
		unless: '{notMeans}',
		excusedBy: '{everydayMedicine}'
	},
	{
		frame: 'intoxication',
		category: 'suicide',
		// "J'ai tout pris", "je viens de tout avaler": with a means or its effects anywhere in the text.
		phrase: '{recently} {adv}(tout|tt) ({taken}|prendre|avaler)',
		requires: '({means}|{container}|{symptom}|désolé|désolée|dsl|pardon|adieu)',
		excusedBy:
			'{everydayMedicine}|repas|assiette|plat|gâteau|pizza|dessert|café|cours|notes|photo|photos|en note|en charge|en main|en compte|au sérieux|à la lettre|affaires|lego|legos|jouets'
	},
	{
		frame: 'intoxication',
		category: 'suicide',
		// "J'ai pris mes cachets et la tête me tourne": a means taken and its effects felt now.
		phrase:
			'{recently} {adv}({taken}) (les|des|plein de|plein d|trop de|trop d|plusieurs|un tas de|tous mes|toutes mes|tous les|toutes les) ({means}|{container})',
		requires: '({symptom})',
		excusedBy: '{everydayMedicine}'
	},
	{
		frame: 'intoxication',
		category: 'suicide',
		phrase:
			'(i |i ve |i have |ve )?(just )?(took|taken|swallowed|downed) (all|every|everything|the whole|the entire|[1-9][0-9]+|twenty|thirty|forty|fifty|a bunch of|too many|so many)',
		requires: '(pills|meds|tablets|medication|bottle|box|pack|{symptomEn})',
		excusedBy: '{everydayMedicine}|vitamins|vitamin|notes|photos|classes|shots'
	},
	{
		frame: 'intoxication',
		category: 'suicide',
		// "Je sais pas combien j'en ai pris, je vois tout flou."
		phrase: '(j en ai|en ai|j en avais) {adv}({taken})',
		requires: '({symptom})',
		excusedBy: '{everydayMedicine}'
	},
	{
		frame: 'intoxication',
		category: 'suicide',
		// "Je les ai tous avalés", "je les ai pris d'un coup": with a means named in the text.
		anchors:
			'pris prises avalé avalés avalée avalées gobé gobés gobées bu englouti engloutis ingéré ingérés ingurgité ingurgités vidé vidée',
		phrase:
			'(les|l) (ai|avais) (tous|toutes|tout) ({taken})|(les|l) (ai|avais) ({taken}) (tous|toutes|d un coup|en une fois|en même temps)',
		requires: '({means}|{container})',
		excusedBy: '{everydayMedicine}'
	},
	{
		frame: 'intoxication',
		category: 'suicide',
		// Medicines mixed with alcohol: "j'ai mélangé les cachets avec la vodka".
		phrase:
			'(mélangé|mélange|mélanger|mixed|mixing) ([a-z]+ ){0,5}(alcool|vodka|whisky|rhum|vin|bière|bières|alcohol|booze|wine|beer)',
		requires: '({means}|pills|meds)',
		excusedBy: '{everydayMedicine}|{laughter}|cocktail|recette|sirop|recipe'
	}
];

const FAREWELL_WORDS: FrameRule[] = [
	{
		frame: 'farewell',
		category: 'suicide',
		part: 'leave-taking',
		phrase:
			'(adieu|je vous dis adieu|au revoir (à tous|à toutes|tout le monde|pour toujours|pour de bon)|prenez soin de vous|prends soin de toi|je vous aime (tous|toutes|fort)|je t aime fort|((vous|te|t) )?(dire |dis )?merci pour tout|(ne )?(vous inquiétez|t inquiète|vous en faites|t en fais) (pas|plus) pour moi|(don t|do not) worry about me|goodbye|good bye|bye (everyone|all|guys|everybody)|take care of (yourselves|yourself)|i love you all|thank you for everything|thanks for everything)',
		excusedBy: '{everydayLeaving}'
	},
	{
		frame: 'farewell',
		category: 'suicide',
		part: 'arranging',
		phrase:
			'(j ai (tout|tous mes papiers|toutes mes affaires) (rangé|réglé|préparé|mis en ordre|organisé|trié|prévu)(?! (dans|sur|sous|au|aux|à|chez|pour (la|le|les|ce|cette|mon|ma|demain|ce soir) [a-z]+) )|(mes|toutes mes) (affaires|papiers|comptes) (sont|seront) (rangées|rangés|réglées|réglés|en ordre|triées|triés)|j ai (rangé|trié|réglé) (mes|mon|ma) (affaires|papiers|comptes)|fait le tri dans (mes|mon|ma) (affaires|papiers|vie)|mis (mes|mon|ma) (affaires|papiers|comptes) en ordre|mon testament|tout est (prêt|en ordre|réglé|organisé)|i ve (tidied|sorted|organised|organized) (up |out )?(everything|my (affairs|things|stuff|papers))|put my affairs in order|my will is)',
		excusedBy: '{everydayLeaving}|{everydayGiving}'
	},
	{
		frame: 'farewell',
		category: 'suicide',
		part: 'apology',
		phrase:
			'(pardon (à tous|à toutes|pour tout|de vous faire ça|pour le mal|pour la peine)|pardonnez moi|pardonne moi|je suis désolé pour tout|je suis désolée pour tout|désolé pour tout|désolée pour tout|sorry for everything|forgive me|i m sorry for everything)',
		excusedBy: '{everydayLeaving}|retard|bruit|dérangement|oubli|late|noise|mess'
	},
	{
		frame: 'farewell',
		category: 'suicide',
		part: 'letter',
		phrase:
			'(quand (vous lirez|tu liras|vous lisez|tu lis) (ce message|ceci|ces lignes|ce mot|cette lettre)|(la|ma|une|cette|mes|les) (lettre|lettres) (est|sont|sera|pour|sur|d adieu|à)|j ai (écrit|laissé|rédigé) (une|la|ma|mes|des|un) (lettre|lettres|mot)|laissé un mot|(wrote|written|writing|left) (a |the |my |some )?(letter|letters|note|notes) (to|for|on))',
		excusedBy:
			'{everydayLeaving}|{everydayGiving}|motivation|démission|résiliation|réclamation|recommandée|recommandé|administration|mairie|caf|impôts|propriétaire|patron|boss|cover letter|complaint|resignation|landlord'
	},
	{
		frame: 'farewell',
		category: 'suicide',
		// Handing over what one leaves: letters, belongings, the people and animals one looks after.
		part: 'entrusting',
		phrase:
			'((laisse|laissé|lègue|légué|donne|donné) tout (à|a) (ma|mon|mes)|(mes affaires|mes vêtements|mes livres|mes bijoux|mon chat|mon chien|mes animaux) (sont|est|seront|sera) (données|donnés|donné|donnée|chez|confiés|confié|confiée)|(donner|donné|donne|léguer|légué|distribuer|distribué|laissé|laisse) (mes|toutes mes|tous mes|mon|ma) (affaires|vêtements|livres|jeux|bijoux|chat|chien|trucs|biens|économies|plantes|clés|clefs|papiers)|(prenez|prends) soin (de lui|d elle|d eux|de maman|de papa|de mon|de ma|de mes|les uns des autres)|dites (à|a) (ma|mon|mes) [a-z]+ que je (l|les|vous) aime|take care of (my|mum|mom|dad|him|her|them|each other)|look after (my|mum|mom|dad|him|her|them)|(gave|giving|given) away my|tell (my|mum|mom|dad|him|her|them) (that )?i love)',
		excusedBy: '{everydayLeaving}|{everydayGiving}'
	},
	{
		frame: 'farewell',
		category: 'suicide',
		part: 'finality',
		phrase:
			'(pour toujours|pour de bon|à jamais|mon dernier (message|mot)|(ne|n) (serai|serais) plus (là|la)|quand je (ne )?serai plus (là|la)|(continuer|vivre|avancer|faire|heureux|heureuse|heureuses) sans moi|je serai (déjà )?(parti|partie|loin|mort|morte|plus de ce monde)|(la )?dernière fois que (vous|tu) (avez|aurez|aurais|auriez|as|entendez|entendrez|lisez|lirez) (de mes nouvelles|parler de moi|un message de moi)|avant de (partir|m en aller|disparaître)|(vous|tu|ils|elle|il) (n )?(aurez|auras|auront|aura) plus (à|a) (vous|t|te|s|se) (inquiéter|occuper|soucier|embêter) (de|pour) moi|c est la fin|tout (sera|est) (fini|terminé)|je ne reviendrai pas|je reviendrai pas|vous ne me (reverrez|verrez) plus|vous me reverrez plus|forever|for good|the last time|my last message|when i m gone|after i m gone|i (won t|wo not|will not) be (here|around)|it s over|this is the end|this is it|before i go|you won t have to worry about me)',
		excusedBy: '{everydayLeaving}'
	},
	{
		frame: 'farewell',
		category: 'suicide',
		// Said alone, the burden and the farewell at once: "vous serez tous mieux sans moi".
		anchors: 'mieux heureux heureuse heureuses tranquille tranquilles better happier',
		phrase:
			'(vous|tu|ils|elles|elle|il|le monde|tout le monde|ma famille|mes enfants|mes parents|ma fille|mon fils|on|ce|ça) (serez|seriez|sera|serait|serais|seront|seraient|vivrez|vivriez|vivront|vivraient|sera|est|serai) {adv}(tous |toutes |tellement |bien |beaucoup |vraiment |franchement )?(mieux|plus heureux|plus heureuse|plus heureuses|plus tranquilles|plus tranquille) sans moi|(better|happier) off without me|(would|will|ll|d) be (so )?(better|happier) without me',
		excusedBy: '{everydayLeaving}|réunion|soirée|fête|sortie|repas|dîner|match|meeting|party|dinner|trip'
	}
];

export const FRAME_RULES: readonly FrameRule[] = [
	...FRENCH_SELF,
	...SELF_HARM,
	...DEPENDENT_HARM,
	...DEPENDENT_LOSS_OF_CONTROL,
	...MEANS_WITH_INTENT,
	...INTOXICATION_NOW,
	...FAREWELL_WORDS
];
