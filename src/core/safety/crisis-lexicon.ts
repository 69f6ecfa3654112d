// The crisis lexicon: phrases that signal suicidal risk, self-harm or immediate danger, French first.
// This is data maintained by people, not logic: the file is long on purpose (STYLE.md's ~200-line aim
// is for code). The phrase language is described in compile-crisis-pattern.ts; the words around a
// match (negation, who is speaking, past and resolved, fiction) are judged with crisis-context.ts.
//
// Writing a phrase:
// - write ordinary French or English; case, accents, apostrophes and doubled letters are folded;
// - anchor it on the person ("me tuer", "je veux", "j'ai pris"), never on a bare topic word
//   ("suicide", "mort"): people also talk *about* these things, and that is not a crisis;
// - add `unless` for the idioms that follow the phrase ("mourir de rire", "en finir avec ce dossier");
// - set `carriesNegation` when the negation is the alarming part ("plus envie de vivre").
// Farewell messages count as `suicide`: that is the line (3114) the panel leads to.

import { INDIRECT_WORDING_PHRASES } from './crisis-indirect-wording';
import { WARNING_SIGN_PHRASES } from './crisis-warning-signs';

export const CRISIS_CATEGORIES = ['suicide', 'self_harm', 'danger'] as const;
export type CrisisCategory = (typeof CRISIS_CATEGORIES)[number];

/** Kinds of warning sign that alarm only two kinds together (see crisis-warning-signs.ts). */
export type WarningSign =
	| 'giving-away'
	| 'arrangements'
	| 'farewell-letter'
	| 'farewell-words'
	| 'means-at-hand'
	| 'hesitation'
	| 'trapped'
	| 'unbearable'
	| 'burden'
	| 'deadline'
	| 'finality'
	| 'at-the-edge'
	| 'method'
	| 'unreachable';

export interface CrisisPhrase {
	category: CrisisCategory;
	phrase: string;
	/** Words right after the phrase that make it harmless. */
	unless?: string;
	/** The phrase only counts when these words, or a break, come right after it. */
	followedBy?: string;
	/** The phrase holds its own negation, so a "ne"/"not" before it is part of it, not a denial. */
	carriesNegation?: boolean;
	/** A sign too common alone: it counts only beside a sign of another kind in the same text. */
	warningSign?: WarningSign;
	/** Words anywhere in the match's sentence that give it an everyday reason ("je pars en vacances"). */
	excusedBy?: string;
}

export const CRISIS_MACROS = {
	// French: wanting, intending, thinking of. The person is judged from the words before the match.
	wish: 'veux|veut|veu|vx|voudrais|voudrai|voulais|voulait|vouloir|aimerais|aimerai|préférerais|souhaite|souhaiterais|espère|envie de|envie d|envi de|envi d|anvie de|hâte de|rêve de|besoin de|(pense|pensé|penser|songe|songé) {adv}à|tenté de|tenté d|tentation de|tentation d|idée de|idée d|idées de|pensées de|pulsions de|besoin d|hâte d|prie pour|prier pour',
	will: '{wish}|pense|pensé|songe|songé|vais|vai|vé|compte|prête à|prêt à|décidé de|décidé d|essaie de|essaye de|essayé de|tenter de|tente de|finir par|pourrais|peux|l intention de|l intention d|prévois de|prévu de|envisage de|envisagé de|courage d|courage de|la force d|la force de',
	adv: '((encore|souvent|parfois|toujours|beaucoup|trop|vraiment|tellement|juste|sérieusement|franchement|carrément|presque|eu|de nouveau|à nouveau|longtemps|régulièrement|tout le temps|sans arrêt|déjà|aussi|bien|limite|grave|tjrs|tjs) )*',
	det: '(des |de |d |ces |mes |les |plein d |plein de )?',
	dieIdiom:
		'(de|d) (rire|faim|soif|froid|chaud|honte|peur|envie|impatience|fatigue|ennui|vieillesse|plaisir|bonheur|jalousie|curiosité|chagrin|stress)|vieux|vieille|heureux|heureuse|entouré|entourée|tranquille|tranquillement|dans mon (lit|sommeil)|en paix|à [0-9]+ ans|centenaire|chez (lui|elle|moi|soi|nous)|à la maison|dans (son|sa|ma|mon|notre) (lit|maison)|pour (une|la|mes|ma|mon|le) (cause|patrie|idées|pays|liberté)|sur scène',
	clauseEnd:
		'\\.|,|et|mais|car|parce|donc|je|j|tellement|ou|sinon|personne|ça|ca|sa|tout|enfin|aujourd hui|ce soir|cette nuit|maintenant|demain|vite|svp|stp',
	pills: 'boîte|boîtes|boite|boites|plaquette|plaquettes|flacon|tube|{pillNames}',
	// A container ("boîte", "tube") is a medicine only when what follows names none: "la boîte de chocolats".
	notMedicine: '(de|d) (?!(mes|ses|ces|mon|ma|{pillNames}) )[a-z]+',
	pillNames:
		'médicaments|médicament|médoc|médocs|medocs|cachet|cachets|comprimé|comprimés|pilule|pilules|gélules|somnifères|anxiolytiques|antidépresseurs|neuroleptiques|doliprane|dafalgan|efferalgan|paracétamol|xanax|lexomil|lysanxia|tercian|seresta|stilnox|zolpidem|valium|lithium|insuline|traitement',
	jumpPlace:
		'pont|fenêtre|balcon|toit|immeuble|falaise|train|métro|rer|tram|voiture|camion|bus|vide|[0-9]+(e|eme)|étage|viaduc|tour|parking|rocher|quai|rails|voie|périphérique|autoroute|précipice|ravin|haut',
	selfHarmAfter:
		'\\.|,|et|mais|encore|à nouveau|de nouveau|souvent|parfois|tous les|toutes les|chaque|pour|quand|sans|volontairement|exprès|jusqu au sang|plus (profond|fort|souvent)|la peau|qui|que|depuis|ce soir|cette nuit|hier|aujourd hui|tout le temps|en cachette|les (bras|poignets|veines|cuisses|jambes|avant bras|hanches|seins|chevilles)|le (bras|poignet|ventre|corps|avant bras)|la (cuisse|jambe|peau)|avec (une|un|des|la|le|ma|mon|mes) (lame|lames|rasoir|cutter|compas|ciseaux|verre|briquet|cigarette|cigarettes|clope|clopes|aiguille|morceau de verre|bout de verre)',
	aggressor:
		'il|elle|ils|elles|on|lui|mon (mari|ex|copain|conjoint|compagnon|père|beau père|frère|fils|voisin|partenaire|mec|petit ami|patron|oncle|cousin|coloc|colocataire|ex mari|ex copain|agresseur)|ma (femme|copine|conjointe|compagne|mère|belle mère|sœur|fille|voisine|partenaire|ex|coloc|colocataire|tante)|mes (parents|frères|voisins)|son (père|copain|mari)|sa (mère|copine)',
	weapon:
		'couteau|couteaux|arme|fusil|pistolet|flingue|hache|batte|batte de baseball|batte de base ball|marteau|revolver|carabine|barre de fer|barre|tournevis|cutter|machette|matraque|poing américain|ciseaux|bouteille cassée|tesson',
	// "Ma mère va me tuer quand elle verra la cuisine" is a figure of speech, not a threat.
	discovery:
		'(quand|lorsqu|lorsque|dès qu|dès que|si) (il|elle|ils|elles) (verra|verront|saura|sauront|apprendra|apprendront|découvrira|découvriront|lira|liront|va voir|vont voir|voit|voient|sait|apprend|découvre|entendra|remarquera|recevra|verrait|saurait)|en (voyant|apprenant|découvrant|lisant)|si je (rate|loupe|oublie|oubliais|casse|cassais|perds|perdais|suis en retard|rentre tard|arrive en retard|rentre en retard|mange|mangeais|touche|touchais|finis|finissais|raye|rayais|spoile|spoilais|rate|ratais)',
	// Laughter in the sentence makes a threat a joke: "il va me tuer si je mange la dernière part, mdr".
	laughter:
		'mdr|ptdr|lol|lmao|haha|hahaha|xd|mort de rire|morte de rire|en rigolant|en riant|pour rire|en plaisantant|pour de faux|as a joke|jokingly',
	// English.
	advEn:
		'((just|really|honestly|actually|simply|literally|kinda|kind of|so|seriously|truly|genuinely|fucking|frankly|only|still|also|even|sometimes|often|always) )*',
	aggressorEn:
		'he|she|they|he s|she s|they re|my (husband|boyfriend|bf|partner|ex|ex husband|ex boyfriend|dad|father|stepdad|stepfather|mom|mum|mother|stepmom|stepmum|wife|girlfriend|gf|brother|son|flatmate|roommate|landlord|uncle|neighbour|neighbor|abuser|stalker)',
	discoveryEn:
		'(when|if|once|as soon as) (he|she|they) (sees|see|finds out|find out|finds|find|hears|hear|learns|notices|realises|realizes|discovers|reads|gets the bill|checks)|if i (m|am|come|get|was|came|got) (home )?late|if i (fail|failed|miss|missed|forget|forgot|lose|lost|break|broke|crash|crashed|scratch|scratched|spend|spent|eat|ate|ruin|ruined|spoil|spoiled|spoilt|burn|burned|burnt|drop|dropped)',
	// Everyday reasons to be away, said in the same sentence as a farewell-like phrase.
	everydayAbsence:
		'vacances|voyage|avion|vol pour|train pour|retraite|pars vivre|partir vivre|move to|moving to|déménage|déménager|déménagement|change de (travail|boulot|poste)|nouveau (travail|boulot|poste)|congé|congés|week end|réunion|séance|rendez vous|stage|formation|hôpital|opération|holiday|holidays|vacation|trip|visiting|travelling|traveling|moving (house|out|to)|meeting|conference|session|weekend',
	// Places one may want to leave for everyday reasons: "I don't want to be here anymore, this job is toxic".
	everydayPlace:
		'job|work|school|class|city|town|country|company|office|team|relationship|boulot|travail|école|lycée|ville|quartier|entreprise|équipe|pays|couple',
	// Everyday reasons to take or keep medicines, said in the match's sentence: "mon traitement du soir", "comme prescrit", "le pilulier".
	everydayMedicine:
		'ordonnance|prescrit|prescrits|prescrite|prescription|comme (d habitude|prévu|tous les jours|chaque jour|indiqué)|du matin|de ce matin|du midi|ce midi|mon traitement du soir|pilulier|semainier|effets secondaires|effet secondaire|notice|à la pharmacie|pharmacien|pharmacienne|périmés|périmé|rapporter|ramener|vacances|voyage|valise|dans mon sac|pour la semaine|oublié de|oublie de|oublier de|n oublie pas|(le|mon|ma|la) (chien|chat|chienne|chatte) a|chocolat|chocolats|bonbons|prescribed|as usual|every morning|this morning|with breakfast|forgot to|remember to|pill organiser|pill organizer|for the week|vitamines|vitamine|magnésium|homéopathie|tisane',
	edgePlace:
		'pont|toit|rebord|parapet|rambarde|falaise|bord du vide|voie ferrée|rails|fenêtre ouverte|balcon|viaduc|corniche|quai'
} as const;

const FRENCH_SUICIDE: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase: '{wish} * (mourir|mouri|mourire|crever)',
		unless: '{dieIdiom}|un pneu|l abcès|les abcès'
	},
	{
		category: 'suicide',
		phrase: '{wish} * être (mort|morte|six pieds sous terre|sous terre|enterré|enterrée)',
		unless: '{dieIdiom}'
	},
	{
		category: 'suicide',
		phrase: '{wish} * (disparaître|disparaite|disparêtre)',
		followedBy:
			'{clauseEnd}|pour (toujours|de bon|de vrai)|à jamais|de ce monde|de la surface|définitivement|complètement|tout simplement|tout court|une bonne fois|vraiment|moi aussi|sans'
	},
	{
		category: 'suicide',
		phrase: '{will} * (me|m) (tuer|tué|buter|flinguer|supprimer)',
		// "Je vais me tuer à réviser": se tuer à + an infinitive is working too hard.
		unless:
			'(à|au|aux) (la tâche|travail|boulot|le|la|les|force|petit feu)|à [a-z]+(er|ir|re)|la santé|pour (avoir|ça|si peu|une connerie|une bêtise)|(?<=supprimer |supprime )(de|du|des)|(?<=buter |bute )(à|a|contre|sur)'
	},
	{
		category: 'suicide',
		phrase:
			'(me|m) (suicider|suicide|suicidais|suicidait|suiciderai|suiciderais|sucider|sucide|suisider|suiscider|suiside)',
		unless: 'au (chocolat|café|sucre|coca|fromage|nutella|travail|boulot)'
	},
	{
		category: 'suicide',
		phrase: 'me (foutre|foutrais|foute|fous|fout) en l air',
		unless: '(au|en|à) (ski|snow|vélo|moto|scooter|skate|roller|trottinette|luge|voiture)'
	},
	{
		category: 'suicide',
		phrase:
			'(mettre|met|mets|mis|mettrai|mettrais|mettais) (fin|un terme) à (mes jours|ma vie|mon existence|mes souffrances)',
		unless: 'de|d|professionnelle|pro|sociale|amoureuse|associative|étudiante'
	},
	{
		category: 'suicide',
		phrase: 'me (pendre|pends|pendrai|pendrais)',
		unless: 'au (cou|téléphone|tel|bras)|à (son|ton|leur|votre) cou'
	},
	{
		category: 'suicide',
		phrase:
			'(m ouvrir|me taillader|me trancher|me couper|m ouvre|me taillade|me tranche|me suis ouvert|me suis taillade|me suis tranché|me suis coupé) les (veines|poignets)'
	},
	{
		category: 'suicide',
		phrase: 'me (tirer|tire|tirerai|suis tiré) une balle',
		unless: 'dans (le|les) (pied|pieds)'
	},
	{
		category: 'suicide',
		phrase: '{will} * en finir',
		unless:
			'avec (?!(la vie|ma vie|cette vie|tout|moi|l existence|mes jours|ce monde|cette souffrance|ma souffrance|cette douleur|ces souffrances) )[a-z]+'
	},
	{
		category: 'suicide',
		phrase:
			'en finir (avec la vie|avec ma vie|avec cette vie|avec l existence|pour de bon|ce soir|cette nuit)'
	},
	{
		category: 'suicide',
		phrase:
			'({will}|je|j|si je) * (sauter|saute|sautais|sauterai|sauterais|me jeter|me jette|me lancer|me balancer|me laisser tomber) (du|d un|d une|de la|de l|des|par la|par|sous|dans le|dans la|depuis|du haut|en bas|sur les|sur la) * ({jumpPlace})',
		// A jump for sport: "sauter du pont en saut à l'élastique".
		excusedBy: '(élastique|bungee|parachute|parapente|plongeon|piscine|trampoline|base jump)'
	},
	{
		category: 'suicide',
		phrase:
			'{wish} * (ne )?(plus|pu|plu|pas|jamais) (jamais )?(vivre|exister|être là|être en vie|me réveiller|respirer|être de ce monde|continuer à vivre|ouvrir les yeux|rouvrir les yeux)',
		unless:
			'comme|ainsi|avec|chez|dans|ici|bas|en|à|au|seul|seule|sous|près|loin|pour (lui|elle|eux|toi|vous|personne|les autres)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase: '(et|pour|de|d|à|puis) (ne )?(plus|pu|plus jamais|jamais) (jamais )?(me réveiller|me relever)',
		unless: 'à|avant|tôt|en|avec|le|la|pendant|trop|si',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(dormir|m endormir|endormir) (pour toujours|pour de bon|à jamais|pour l éternité|définitivement)',
		unless: 'le|la|les|ce|cette|au|à|en|sous|dans|jusqu|chaque|tous'
	},
	{
		category: 'suicide',
		phrase:
			'(plus|pu|plu|pas|aucune|aucun|perdu|sans|ni|zéro) (aucune |aucun |d |de |l |la |le |le moindre |la moindre |une |un )?(envie|envi|anvie|goût|raison|raisons|volonté|intérêt|sens|but) (de|d|à) (vivre|exister|être en vie|rester en vie|continuer à vivre|survivre)',
		unless: 'comme|ainsi|avec|chez|dans|ici|là|en|seul|seule|loin|près|sous|à|au|aux',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(plus|pas|aucune) (la |de |d )?(force|courage|énergie) (de|d) (vivre|continuer|me battre|tenir|lutter|avancer)',
		unless: 'ce|cette|ces|mon|ma|mes|le|la|les|à|comme|ainsi|avec|au|aux|en|pour',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(marre|ras le bol|fatigué|fatiguée|lassé|lassée|las|lasse|épuisé|épuisée|dégoûté|dégoûtée) (de|d) (la vie|vivre|être en vie|exister)'
	},
	{
		category: 'suicide',
		phrase: '(la|ma) vie n a (plus |pas )?(aucun |de |d )?(sens|intérêt|goût)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'((ma|la) vie (ne )?vaut (plus |pas )?(rien|la peine)|vaut (pas|plus) la peine (de|d) (vivre|continuer|être vécue))',
		unless: 'de (?!(vivre|continuer|être vécue) )[a-z]+',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(à quoi (bon|sert de) (vivre|continuer à vivre|rester en vie)|(ça|ca|sa) (sert|servirait) (à|a) rien de (vivre|continuer à vivre))',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(pourquoi|pk|pq|pkoi|pourkoi) (je suis|j suis|suis je) (encore|toujours) (en vie|vivant|vivante|de ce monde)'
	},
	{
		category: 'suicide',
		phrase:
			'(tout le monde|vous|ils|elles|ma famille|mes enfants|mes parents|mes proches|mes amis|les gens|le monde|tous|les autres|on) (serait|seraient|serez|seront|seriez|sera|irait|iront|irez|ira|vivrait|vivront|vivraient) {adv}(tous |toutes )?{adv}(mieux|meilleur|plus beau|plus simple|plus léger|plus heureux|plus heureuses|heureux|tranquilles|soulagés) sans moi',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		phrase:
			'(je serais|je serai|serais) (mieux|plus utile|plus heureux|plus heureuse) (mort|morte|sous terre|six pieds sous terre|au cimetière)'
	},
	{
		category: 'suicide',
		phrase:
			'(vous|les|tout le monde|le monde|ma famille|les autres) (libérer|débarrasser|débarasser|soulager) de (moi|ma présence|mon poids)'
	},
	{
		category: 'suicide',
		phrase:
			'(je suis|je me sens|me sens|suis) (comme )?(un|une) (poids|fardeau|boulet) pour (tout le monde|les autres|ma famille|mes proches|vous|tous|mes enfants|mes parents)'
	},
	{
		category: 'suicide',
		phrase:
			'(j ai|j avais|ai) {adv}{det}(idée|idées|pensée|pensées|envies|pulsions) (suicidaire|suicidaires|de suicide|du suicide|de mort|noire|noires|de me tuer|de passage à l acte|d en finir)'
	},
	{
		category: 'suicide',
		phrase:
			'(mes|ces) (idées|pensées|envies|pulsions) (suicidaires|noires|de mort|de suicide|de mourir|d en finir)',
		unless: 'd avant|de l époque|passées|du passé|d il y a|d ado|de jeunesse|d adolescence'
	},
	{
		category: 'suicide',
		phrase:
			'(idées|pensées) (suicidaires|noires|de mort|de suicide) (me|m) (reprennent|reviennent|envahissent|hantent|obsèdent|assaillent|prennent|poursuivent|lâchent pas|quittent pas)'
	},
	{
		category: 'suicide',
		phrase:
			'(je suis|je me sens|me sens|suis) (envahi|envahie|submergé|submergée|hanté|hantée|obsédé|obsédée|assailli|assaillie) (par|de|d) {det}(idées|pensées) (suicidaires|noires|de mort|de suicide)'
	},
	{
		category: 'suicide',
		phrase:
			'(je suis|j suis|je me sens|je me sent|me sens|suis|je deviens|je redeviens) {adv}(suicidaire|suicidere)'
	},
	{
		category: 'suicide',
		phrase:
			'(je|j|\\.|,) {adv}(pense|songe|rêve|réfléchis|pensé|songé|réfléchi|pensais) {adv}(au suicide|à la mort|à me suicider|à mourir|à partir pour toujours)',
		unless: 'de|d|du|des'
	},
	{
		category: 'suicide',
		phrase:
			'(j ai|j|je vais|je veux|envie de|envie d|peur de|pensé à|je pense à|vais|veux) {adv}(fait|refait|faire|refaire|tenté|tente|raté|loupé|recommencé|recommencer) {adv}(une|ma|des|deux|trois|[0-9]+|une autre|une nouvelle|la) (ts|tentative|tentatives)',
		unless: 'de (?!suicide )[a-z]+'
	},
	{
		category: 'suicide',
		phrase:
			'(j ai|j|je vais|vais|veux|envie d|envie de|je viens d|viens d|viens de) {adv}(pris|avalé|gobé|prendre|avaler|gober|bu|pri|prit) {adv}(toute|tous|toutes|tout|tt|ts|l intégralité de) (la|le|les|ma|mon|mes|une|sa|d un|d une)? * ({pills})',
		unless: '{notMedicine}',
		excusedBy: '{everydayMedicine}'
	},
	{
		category: 'suicide',
		phrase:
			'(j ai|j) {adv}(pris|avalé|gobé|bu|pri) {adv}(trop de|plein de|une boîte de|une boîte|une plaquette|deux boîtes|des|plusieurs|[0-9][0-9]+|la moitié de|beaucoup de|bcp de|un tas de|une poignée de) * ({pills})',
		unless:
			'(pour|contre) (la|le|les|l|ma|mon|mes|dormir|calmer|me calmer|soulager|mal)|comme (prévu|prescrit|d habitude|indiqué)|prescrits|prescrit|du médecin|du docteur|ce matin|en suivant'
	},
	{
		category: 'suicide',
		phrase: '(j ai|j) {adv}(fait|refait) (une|un) (od|overdose|surdose|intox|intoxication médicamenteuse)'
	},
	{
		category: 'suicide',
		phrase:
			'(j ai|je|j) {adv}(stocké|stocke|gardé|accumulé|accumule|mis de côté|caché|planqué|amassé|économisé) {adv}(des|mes|plein de|assez de|suffisamment de|tous mes|une réserve de|un stock de) ({pills})'
	},
	{
		category: 'suicide',
		phrase:
			'(j ai|j) {adv}(acheté|trouvé|préparé|accroché|attaché|noué|récupéré) (une|la|ma|un|mon) (corde|arme|lame|pistolet|fusil|flingue|revolver|nœud coulant)',
		unless:
			'à sauter|pour (le|la|les|l|mon|ma|faire|grimper|tendre|étendre|attacher)|de (chasse|randonnée|rando|escalade|camping|linge|guitare|violon)'
	},
	{
		category: 'suicide',
		phrase: '(la|ma|une) corde (est|était) (prête|accrochée|attachée|installée|nouée)'
	},
	{
		category: 'suicide',
		phrase:
			'(voix|voie|voi) * (me disent|me dit|m ordonnent|m ordonne|me demandent|me demande|me poussent|me pousse|m incitent|me répètent|me crient) (de|d|à) (me tuer|mourir|me suicider|me faire du mal|sauter|me jeter|me couper|en finir|me pendre|me blesser)'
	},
	{
		// A relative reporting a current threat: the panel's lines answer relatives too.
		category: 'suicide',
		phrase:
			'(veut|voulait|va|allait|menace de|menaçait de|a menacé de|parle de|parlait de|pense à|a essayé de|a tenté de|essaie de|essaye de|envie de|a voulu|vient d essayer de|risque de) {adv}(se tuer|se suicider|se foutre en l air|se pendre|mettre fin à ses jours|s ouvrir les veines|se jeter (du|sous|par)|sauter (du|par|sous|d|de))'
	},
	{
		category: 'suicide',
		phrase:
			'(veux|voudrais|veut|aimerais|souhaite|envie|besoin|hâte|vivement|prie pour) {adv}que (tout|ça|ca|sa|tout ça|tout ca|tout cela|cette vie|ma vie|la vie) (s arrête|s arette|se termine|finisse|prenne fin|cesse|s achève)'
	},
	{
		category: 'suicide',
		phrase:
			'(quitter|je quitte|partir de|m en aller de|disparaître de|dire adieu à) (ce monde|cette terre|la vie|cette vie|ce bas monde)'
	},
	{ category: 'suicide', phrase: '{will} * partir (loin )?(, )?(pour toujours|à jamais|de ce monde)' },
	{
		category: 'suicide',
		phrase:
			'personne ne (me regretterait|me regrettera|me pleurerait|me pleurera|remarquerait ma mort|remarquera ma mort|s en rendrait compte si je (mourais|disparaissais))',
		carriesNegation: true
	},
	{
		// "Faire une connerie": the usual French way of saying an attempt is near.
		category: 'suicide',
		phrase:
			'(vais|vai|veux|envie de|peur de|compte|risque de|capable de|sur le point de|pourrais) {adv}(faire|commettre) (une|des) (grosse |grave )?(connerie|conneries|bêtise|bêtises|folie|irréparable)',
		unless: 'et (manger|acheter|commander|craquer)|en (mangeant|achetant|commandant)|au (travail|boulot)'
	},
	{ category: 'suicide', phrase: '(faire|commettre|fais|commis|fait) l irréparable' },
	{
		category: 'suicide',
		phrase: '(me laisser|me laisse|me laissais) (mourir|crever|dépérir)',
		unless: '{dieIdiom}'
	},
	{
		category: 'suicide',
		phrase:
			'(tant pis|peu importe|je m en fous|je m en fiche|m en fous|osef) si je (meurs|crève|mourais|crevais|y reste|ne me réveille pas|me réveille pas)'
	},
	{
		category: 'suicide',
		phrase:
			'(si je meurs|si je mourais|si je disparais|si je disparaissais|si je n étais plus là|si je ne suis plus là|si j étais mort|si j étais morte) * (ce sera|ce serait|ça sera|ça serait|ça ira|ça irait|tout le monde sera|tout le monde serait|ils seront|ils seraient|vous serez|vous seriez) {adv}(mieux|plus simple|plus facile|un soulagement|soulagés)'
	},
	{
		category: 'suicide',
		phrase: '(en peux|supporte|peux) (plus|pu|plu) (de vivre|d exister|d être en vie|de cette vie|de la vie)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(avaler|avale|prendre|prends|gober|vider|vide) (tout ce qu il y a dans)? * (l armoire à pharmacie|la pharmacie|ma pharmacie|la boîte à pharmacie|tous les médicaments de)'
	},
	{
		category: 'suicide',
		phrase: 'rejoindre (mon|ma|mes) * (au ciel|là haut|de l autre côté|dans la mort)'
	}
];

// Wishes said without a wanting verb, no way out, and the method, plan and means: the wording people
// use when the plain "je veux mourir" is not what they write.
const FRENCH_SUICIDE_PLAN: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase:
			'(ce|ça|ca|sa|tout|c) (serait|serai|sera|seré|serais) {adv}(plus simple|plus facile|mieux|plus reposant|plus doux|un soulagement|la meilleure solution) (de|d) ((ne )?(plus|pas|jamais) (exister|vivre|être là|être en vie|me réveiller|respirer)|mourir|crever|disparaître|disparaitre|en finir|me tuer|me suicider|partir pour de bon|partir pour toujours|tout arrêter pour de bon)',
		unless:
			'{dieIdiom}|quelques|pendant|en (vacances|voyage)|un (moment|temps|peu)|de la circulation|du groupe|des réseaux'
	},
	{
		category: 'suicide',
		phrase:
			'(ce|ça|ca|sa|tout|c) (serait|serai|sera|serais) {adv}(plus simple|plus facile|mieux|un soulagement) (pour (tout le monde|tous|eux|vous|ma famille) )?(si je (n étais plus là|n existais (pas|plus)|mourais|disparaissais|étais mort|étais morte|partais pour de bon|me tuais|me suicidais)|sans moi)'
	},
	{
		category: 'suicide',
		phrase:
			'({wish}|aurait mieux valu|aurais préféré|aurais dû) * (ne )?(jamais|pas) (être né|être née|naître|venir au monde|être venu au monde|être venue au monde|exister)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase: '(j attends|vivement|hâte) (la mort|de mourir|de crever|que je meure|que je crève)'
	},
	{
		category: 'suicide',
		phrase: '(mérite|mérites|mérité) (pas|plus|même pas) (de|d) (vivre|exister|être en vie|être là|respirer)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'((la|ma) seule (issue|solution|sortie|option) (c est|est|serait|reste|ce serait) (la mort|de mourir|de me tuer|d en finir|le suicide|de partir pour de bon|de disparaître)|la mort (est|serait|reste|me semble|me paraît) (la|ma) seule (issue|solution|sortie|option)|(pas|plus|aucune) (d autre|autre) (issue|solution|sortie) que (la mort|de mourir|le suicide|d en finir|de me tuer|de disparaître))',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(sais|sait) (pas|plus) si (je|j) (vais|pourrai|peux|pourrais|vai) (tenir|passer|survivre à|tenir jusqu à) (cette nuit|la nuit|jusqu à demain|jusqu au matin|jusqu à ce soir|encore longtemps|ce soir)',
		carriesNegation: true
	},
	{
		// Means gathered for an attempt: "j'ai acheté des cachets pour être sûre que ça marche".
		category: 'suicide',
		phrase:
			'(acheté|commandé|procuré|récupéré|trouvé|rassemblé|réuni|mis de côté|gardé|pris|volé|piqué|stocké) * ({pills}|corde|charbon|lame|lames|rasoir|arme|pistolet|fusil|poison|mort aux rats) (en plus|de plus|en réserve|en stock)? * pour (être sûr|être sûre|etre sur|etre sure) (que (ça|ca|sa) (marche|fonctionne|suffise)|de (ne pas|pas) (me rater|me louper|me réveiller)|d y rester|de mourir)'
	},
	{
		category: 'suicide',
		phrase:
			'(acheté|commandé|procuré|récupéré|rassemblé|mis de côté|gardé|stocké|accumulé|de quoi|assez|suffisamment|ce qu il faut|tout ce qu il faut) * pour (en finir|mourir|me tuer|me suicider|(ne )?pas me (rater|louper)|y rester|me foutre en l air|ne plus me réveiller|passer à l acte|mettre fin à mes jours)',
		unless: '{dieIdiom}|avec (ce|cette|le|la|les|mon|ma|mes) (?!(vie|souffrance|douleur) )[a-z]+'
	},
	{
		category: 'suicide',
		phrase: 'de quoi (en finir|me tuer|me suicider|mourir|me foutre en l air|passer à l acte|y rester)',
		unless: '{dieIdiom}|avec (ce|cette|le|la|les|mon|ma|mes) (?!(vie|souffrance|douleur) )[a-z]+'
	},
	{
		category: 'suicide',
		phrase: '(cette fois|ce coup ci) (je|j) (ne )?(vais|vai) (pas|plus) me (rater|louper)',
		followedBy: '{clauseEnd}',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase: '(ne )?(pas|plus) me (rater|louper|manquer)',
		followedBy: 'cette fois|ce coup ci|ce coup là|la prochaine fois|comme la dernière fois',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(cherché|cherche|regardé|regarde|calculé|calcule|googlé|trouvé) * (la|une|quelle|les) (dose|doses|quantité) (mortelle|mortelles|létale|létales|fatale|fatales)'
	},
	{
		category: 'suicide',
		phrase:
			'combien (de|d) * (faut|il faut|faudrait) (pour|avant de) (mourir|crever|y rester|en finir|ne plus se réveiller|que ce soit mortel)'
	},
	{
		category: 'suicide',
		phrase:
			'(cherché|cherche|regardé|regarde|googlé|renseigné sur|renseignée sur|lu sur|recherches sur) {adv}(comment|les (façons|moyens|méthodes|manières) de|des (façons|moyens|méthodes|manières) de|la meilleure (façon|manière) de) (me suicider|me tuer|se suicider|se tuer|mourir|en finir|mettre fin à mes jours|me pendre|faire une overdose)'
	},
	{
		category: 'suicide',
		phrase:
			'(hésite|hésité|hésiter|sur le point|tout près) (à|a|de|d) (passer à l acte|sauter|me tuer|en finir|me jeter|me pendre|tout avaler|me suicider)'
	},
	{
		category: 'suicide',
		phrase:
			'{will} * (me noyer|me défenestrer|me jeter à l eau du pont|me mettre sous (un|le|les) (train|métro|rails|camion|bus|tram|rer)|me coucher sur les rails|me faire écraser|me faire percuter|m asphyxier|m étouffer|me brûler la cervelle|me faire sauter la cervelle|me faire sauter le caisson|me trancher la gorge|me planter un couteau)',
		unless:
			'dans (le|la|les|mes|mon|ma|un|une|des) (travail|boulot|taf|paperasse|dossiers|larmes|verre|alcool|séries|livres|devoirs|révisions|chagrin|problèmes|bouffe|jeux|sport|musique)|sous (le|la|les) (travail|boulot|paperasse|dossiers|couette|couverture)|de (travail|boulot|rire)|avec (ce|cette|ces) (gâteau|bouffe|repas)'
	},
	{
		category: 'suicide',
		phrase:
			'(mélangé|mélange|mélanger) {adv}(l alcool|alcool|de l alcool|whisky|vodka|vin|bière) (et|avec) (mes|les|des|mon|ses|tous mes) ({pills})'
	}
];

const FRENCH_FAREWELL: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase:
			'adieu (, )?(à )?(tous|toutes|vous|vous tous|tout le monde|les amis|mes amis|les gens|la compagnie|le groupe|mes proches|la vie|ce monde|le monde|cruel|les copains|les filles|mes chers|à jamais|pour toujours)'
	},
	{ category: 'suicide', phrase: '(\\.|,) adieu (\\.|,)' },
	{
		category: 'suicide',
		phrase: '(mes|ma|mon) (lettre|lettres|mot|message|messages|vidéo) (d adieu|d adieux)'
	},
	{
		category: 'suicide',
		phrase:
			'(écrit|écris|écrire|écrivais|laissé|laisse|laisser|rédigé|rédige|rédiger|préparé|prépare|préparer|enregistré|posté|envoyé|fini|terminé) {adv}(une|des|la|les|un|le|mes|ma|mon) (lettre|lettres|mot|message|messages|vidéo) (d adieu|d adieux)'
	},
	{
		category: 'suicide',
		phrase:
			'(vous|tu|personne|plus personne|tout le monde|on|vous tous) (n aurez|n auras|n aura|aurez|auras|aura|ne sera|ne serez) {adv}(plus|bientôt plus|plus jamais|jamais plus) {adv}(à|besoin de|besoin d) (me supporter|me voir|m entendre|me lire|vous occuper de moi|t occuper de moi|vous inquiéter pour moi|t inquiéter pour moi|me subir|me gérer|vous soucier de moi|me porter|m aider|me sauver|me répondre)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(vous|te|les) (embêterai|dérangerai|ennuierai|gênerai|importunerai|emmerderai|saoulerai|soulerai|pourrirai) (plus|plus jamais|bientôt plus)',
		unless: 'avec|pour (ça|ce|cette|cela|mes)|aujourd hui|ce soir|ce week end|cette semaine|pendant',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(ne|n) serai (plus|bientôt plus|plus jamais) (un poids|un fardeau|une charge|un problème|de ce monde|en vie|vivant|vivante|parmi vous)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase: '(ne|n) serai (plus|bientôt plus|plus jamais) là',
		followedBy: '{clauseEnd}|bientôt|pour (vous|personne|longtemps|toujours|voir)|après',
		excusedBy: '{everydayAbsence}',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase: '(c est|ceci est|voici) (mon|le) (dernier message|dernier post|ultime message|message d adieu)',
		unless:
			'avant|de la journée|du jour|de l année|de la semaine|pour (aujourd hui|ce soir|cette semaine|l instant|le moment)|sur ce sujet|à ce sujet|sur le sujet|de (la|l|ce)'
	},
	{
		category: 'suicide',
		phrase:
			'(la|ma) dernière fois que (vous|tu|quelqu un|on) * (lisez|lis|lira|lirez|entendez|entends|entendrez|voyez|vois|verrez|aurez de mes nouvelles|auras de mes nouvelles)'
	},
	{ category: 'suicide', phrase: '(c est|ceci est) (un|mon) adieu' },
	{
		category: 'suicide',
		phrase:
			'(pardon|pardonnez|désolé|désolée|excuses) (moi )?(à|pour|auprès de) (ceux|celles|tous ceux|toutes celles) (que je laisse|que je vais laisser|qui restent)'
	}
];

const FRENCH_SELF_HARM: CrisisPhrase[] = [
	{ category: 'self_harm', phrase: 'me (suis |remets à |remet à |remis à |remise à )?scarif[a-z]*' },
	{ category: 'self_harm', phrase: '(m|me suis|m étais|me) (auto ?mutil[a-z]*|mutil[a-z]*)' },
	{
		category: 'self_harm',
		phrase:
			'(recommencé|recommence|repris|reprendre|rechuté|rechute|arrêter|envie de|besoin de|pulsion de|pulsions de|craqué) {adv}(les |mes |la |ma |des |une |de |d )?(scarif[a-z]*|automutil[a-z]*|auto mutil[a-z]*)'
	},
	{
		// A third person's self-harm that is happening now (its past is judged by the context rules).
		category: 'self_harm',
		phrase:
			'(se|s est|s était) (scarifie|scarifiait|scarifié|scarifiée|automutile|automutilait|automutilé|automutilée|mutile)'
	},
	{
		category: 'self_harm',
		phrase:
			'(me|m) (re)?(couper|coupe|coupes|coupais|coupait|coupant|entailler|entaille|taillader|taillade|lacérer|lacère|griffer|griffe|gratter|gratte|brûler|brûle|bruler|brule|mutiler|mutile|mordre|mords)',
		followedBy: '{selfHarmAfter}'
	},
	{
		// The past tense is usually an accident ("je me suis coupé en cuisinant"): it needs more.
		category: 'self_harm',
		phrase: 'me suis (re)?(coupé|entaillé|tailladé|lacéré|griffé|brûlé|mutilé|scarifié)',
		followedBy:
			'encore|à nouveau|de nouveau|volontairement|exprès|jusqu au sang|pour|les (poignets|veines)|avec (une|un|des|la|le|ma|mon|mes) (lame|lames|rasoir|cutter|compas|verre|briquet|cigarette|cigarettes|clope|clopes)'
	},
	{
		category: 'self_harm',
		phrase: 'me suis (encore|à nouveau|de nouveau|re) (coupé|entaillé|tailladé|lacéré|brûlé|mutilé|scarifié)'
	},
	{
		category: 'self_harm',
		phrase: '(me|m) (frappe|frapper|tape|taper|cogne|cogner) la tête (contre|sur|par terre)'
	},
	{
		category: 'self_harm',
		phrase: 'me (faire|fais|ferais|ferai|suis fait|suis fais|faisais) (du )?mal',
		unless:
			'à|au|aux|en|pendant|dans|avec (lui|elle|eux|ce|cette|ces)|quand|si je|de (penser|le|la|les)|moralement|psychologiquement|pour rien'
	},
	{
		category: 'self_harm',
		phrase:
			'(me|m) (suis |étais )?(ouvert|ouverte|ouvre|ouvrir|entaillé|entaillée|entaille|entailler|lacéré|lacérée|tailladé|tailladée|taillade|taillader|charcuté|charcutée|tranché|tranchée|coupé|coupée|brûlé|brûlée|cramé|cramée|scarifié|scarifiée|griffé|griffée) (le|la|les|l|mes|mon|ma) (bras|avant bras|poignet|poignets|cuisse|cuisses|jambe|jambes|ventre|peau|hanche|hanches|cheville|chevilles|mollet|mollets|épaule|épaules|seins|bide)',
		unless:
			'en (tombant|cuisinant|bricolant|jardinant|me rasant|m épilant|jouant|faisant|coupant|ouvrant|épluchant|courant|travaillant|repassant)|sur (un|une|le|la|les|des)|contre (un|une|le|la)|par accident|accidentellement|sans faire exprès|au (travail|boulot|sport|foot|rugby|ski)|à (vélo|la plage|la piscine|ski)|avec (le four|la plaque|le fer|l eau|de l eau|une casserole|le barbecue)'
	},
	{
		category: 'self_harm',
		phrase: '(me|m) (fais|faire|suis fait|suis faite|faisais|ferais|fait) saigner',
		unless: 'du nez|les gencives|en (me|jouant|tombant)'
	},
	{
		category: 'self_harm',
		phrase:
			'(je|j) me (frappe|frappais|suis frappé|suis frappée|punis|punissais) (moi même|jusqu|fort|pour me punir|la tête|le visage|les cuisses|les bras|au visage|avec|physiquement|\\.|,|encore|souvent|tout le temps|quand)',
		unless: 'la poitrine|le front'
	},
	{
		category: 'self_harm',
		phrase:
			'(mes|ces) (coupures|entailles|plaies|scarif[a-z]*|cicatrices fraîches) (sont|saignent|s infectent|se sont infectées|est)'
	},
	{
		category: 'self_harm',
		phrase:
			'(craqué|recraqué|rechuté|replongé) * (,|et)? (je )?(me suis|m suis) (re)?(coupé|coupée|scarifié|scarifiée|brûlé|brûlée|tailladé|tailladée|fait du mal|fait mal)'
	}
];

const FRENCH_DANGER: CrisisPhrase[] = [
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (va|vas|veut|vont|veulent|allait|voulait|menace de|menaçait de|m a menacé de|a menacé de|a essayé de|a tenté de|essaie de|essaye de|risque de|pourrait|peut|a juré de|jure de|est capable de|finira par|va finir par|a failli|a voulu|vient d essayer de|cherche à) {adv}(me tuer|me tué|me buter|me frapper|me tabasser|m étrangler|m étouffer|me poignarder|me défoncer|me crever|me massacrer|me faire la peau|me descendre|m achever|me violer|me battre|me planter|m égorger|me brûler|tuer (les|mes|nos) enfants|nous tuer|s en prendre à moi|s en prendre aux enfants)',
		excusedBy: '{laughter}',
		unless:
			'{discovery}|au (boulot|travail|taf|bureau|lycée|collège)|avec (ces|ses|leurs|leur|tes|vos) (horaires|devoirs|questions|blagues|histoires|exigences|réunions)|à petit feu|à la tâche'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (me|m) (a |avait |l a )?{adv}(frappe|frappé|frapper|frappait|bat|battu|battue|battait|tape dessus|tapé dessus|tapait dessus|tape|tapé|tapait|cogne|cogné|cognait|étrangle|étranglé|étranglait|viole|violé|violée|violait|menace|menacé|menacée|menaçait|brutalise|brutalisé|maltraite|maltraité|enferme|enfermé|enfermée|séquestre|séquestré|gifle|giflé|giflée|tabasse|tabassé|bouscule|secoue|secoué|pousse dans les escaliers|poussé dans les escaliers|traîne par les cheveux|tire les cheveux|donne des coups|a donné des coups|met des coups|harcèle|harcelé|suit partout|traque|terrorise|terrorisé|fait peur|fait du mal|a fait du mal|agresse|agressé|agressée)',
		excusedBy: '{laughter}',
		unless:
			'(toujours |tout le temps |encore |souvent )?(à|aux|au) (?!coups )[a-z]+|avec (son|sa|un|une|le|la|leur|mon|ma|ses|des) (ballon|balle|raquette|jouet|jouets|coussin|oreiller|peluche|boule de neige|pistolet à eau|frisbee|vélo|trottinette)|en jouant|sans (faire )?exprès|par (accident|mégarde|erreur)|accidentellement|sur les nerfs|sur le système|par (sa|son|ses|leur|la|le)|l esprit|en plein cœur|dans le dos|dans l œil|dans l oeil|sur l épaule|que|qu|de (partir|me quitter|divorcer|démissionner|rompre|porter plainte|me virer|me dénoncer)'
	},
	{
		category: 'danger',
		phrase:
			'(peur|crainte|craint|crains|terrifiée|terrifié|terrorisée|terrorisé) pour (ma vie|mes jours|ma sécurité|ma peau|la vie de mes enfants|mes enfants|ma survie)'
	},
	{
		category: 'danger',
		phrase:
			'(peur|crains|crainte|terrifié|terrifiée) (qu il|qu elle|qu ils|que mon [a-z]+|que ma [a-z]+) (ne )?(me|m|nous) (tue|tuent|frappe|frappent|batte|battent|étrangle|fasse du mal|agresse|viole|retrouve|achève)'
	},
	{
		category: 'danger',
		phrase:
			'peur (de|d) (me faire (tuer|frapper|tabasser|violer|agresser|buter)|mourir sous ses coups|rentrer chez moi|lui|mon mari|mon ex|mon conjoint|mon copain|mon compagnon|ma femme|ma compagne)',
		unless:
			'dire|parler|demander|faire|annoncer|avouer|expliquer|montrer|écrire|répondre|téléphoner|déplaire|décevoir'
	},
	{
		category: 'danger',
		phrase:
			'(je suis|je me sens|je me sent|on est|nous sommes|mes enfants sont|ma vie est|nos vies sont|ma sécurité est|sommes|suis) {adv}en danger',
		unless: 'de (?!mort )[a-z]+|d (?!être )[a-z]+'
	},
	{
		category: 'danger',
		phrase:
			'(je suis|je ne suis|suis|je me sens|je ne me sens|me sens|on est|on n est|nous sommes|nous ne sommes|mes enfants sont|mes enfants ne sont|les enfants ne sont|les enfants sont) (pas|plus|jamais) (du tout |vraiment )?en sécurité',
		unless: 'financière|financièrement|au travail|dans mon emploi|sur ce forum',
		carriesNegation: true
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (a|avait|tient|sort|a sorti|a pris|prend|brandit|pointe|me menace avec|m a menacé avec|m a menacée avec|m a menacé d|m a menacée d) (un|une|son|sa|le|la) ({weapon})',
		unless: 'de chasse|suisse|à pain|de cuisine pour|pour [a-z]+'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (défonce|enfonce|démolit|cogne contre|tambourine à|tambourine contre|essaie d enfoncer|essaye de défoncer|a cassé|casse|a défoncé|a enfoncé|fracasse|a fracassé|a brisé|brise) (la|ma|les|mes|une) (porte|vitre|fenêtre|vitres|fenêtres|portière)',
		unless: 'avec (son|sa|un|une) (ballon|balle|vélo|trottinette)|en (jouant|faisant)'
	},
	{
		category: 'danger',
		phrase:
			'(je suis|je me suis|suis) (enfermée|enfermé|barricadée|barricadé|cachée|caché|réfugiée|réfugié|planquée|planqué) (dans|sous|chez) (la |ma |les |le |une |un |l |mes )?(salle de bain|sdb|chambre|toilettes|wc|voiture|cave|placard|cuisine|voisine|voisin|grenier)',
		unless: 'pour (réviser|travailler|bosser|dormir|lire|être tranquille|bouquiner|jouer)'
	},
	{
		category: 'danger',
		phrase:
			'(couteau|arme|flingue|pistolet|lame|revolver|fusil) (sous|sur|contre) (la|ma|mon) (gorge|tempe|cou|ventre|tête|poitrine)'
	},
	{
		category: 'danger',
		phrase: '(lever|levé|lève|levait|lèvera) la main sur (moi|nous|mes enfants|les enfants)'
	},
	{
		category: 'danger',
		phrase: '({aggressor}) * (me touche|m a touchée|m a touché|me touchait|me tripote|m a tripotée)',
		followedBy:
			'la nuit|quand|alors|sans|contre|les seins|le sexe|les fesses|partout|de force|malgré|sous|dans mon lit|dans ma chambre|\\.|,|et|mais'
	},
	{
		category: 'danger',
		phrase:
			'(j ai été|jai été|j ai ete|été|ete) {adv}(violée|violé|agressée sexuellement|agressé sexuellement|battue|battu|tabassée|tabassé|étranglée|étranglé|séquestrée|séquestré|frappée|frappé|poignardée|poignardé)',
		unless: 'par (la|sa|son|ses|cette|ce|l|une|un|tant|autant)|(à|au|aux) (?!coups )[a-z]+'
	},
	{
		category: 'danger',
		phrase:
			'(je me fais|je me suis fait|je me suis faite|me fais|me suis fait|me suis faite) {adv}(battre|frapper|tabasser|taper dessus|violer|agresser|étrangler|menacer de mort|poignarder)',
		unless: '(à|au|aux) (?!coups )[a-z]+|par (la|le|les|ma|mon) (prof|maîtresse|patron|boss|coach|équipe)'
	},
	{
		category: 'danger',
		phrase:
			'(je suis|suis|on est|nous sommes|me) {adv}(séquestrée|séquestré|séquestre|enfermée à clé|enfermé à clé|retenue de force|retenu de force|retenue contre mon gré|retenu contre mon gré)'
	},
	{
		category: 'danger',
		phrase:
			'(reçu|recevoir|reçois|reçoit|envoyé|envoie|envoyer|m a fait|me fait|me fais|fait des|j ai des|me lance|m a lancé|proféré) {adv}(des |une )?(menaces|menace) de mort'
	},
	{
		// "Mon ex m'attend en bas de chez moi avec une barre de fer".
		category: 'danger',
		phrase:
			'({aggressor}) * (m attend|m attendait|me guette|me guettait|me poursuit|me poursuivait|me cherche|me traque|rôde|rôdait|me suit|me suivait|me menace|me menaçait|débarque|a débarqué|est arrivé|est arrivée|arrive|me court après|m a couru après|fonce sur moi|a foncé sur moi|est venu|est venue|revient|est revenu|est revenue|est là|est devant) * * (avec|armé d|armée d|armé de|armée de) (un|une|son|sa|le|la) ({weapon})',
		unless: 'de (chasse|cuisine|camping)|suisse|à pain'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (me|m) (tuera|tuerait|butera|buterait|crèvera|égorgera|égorgerait|étranglera|étranglerait|massacrera|massacrerait|frappera|frapperait|défoncera|défoncerait|fera la peau|ferait la peau|retrouvera|retrouverait)',
		excusedBy: '{laughter}',
		unless:
			'{discovery}|au (boulot|travail|taf|bureau|lycée|collège)|à petit feu|à la tâche|aux (cartes|échecs|jeux)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (m a|me|m) (mis|met|mettait|fout|foutu|collé|colle|donné|donne|filé|file) (une|des|un) (gifle|gifles|claque|claques|baffe|baffes|raclée|raclées|droite|patate|patates|coup de poing|coups de poing|coup de pied|coups de pied|coup de couteau|coups de couteau|coup de tête|coup de ceinture|coups de ceinture|coup de boule)',
		// "Il m'a mis une raclée au tennis" is a game.
		unless:
			'(au|aux|à la|à l|à) (?!(visage|ventre|figure|tête|dos|nez|bras|gorge) )[a-z]+|en (jouant|rigolant|blaguant)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (m a|me|m) (serré|serre|serrait|pris|prend|attrapé|attrape) (le cou|la gorge|à la gorge|par la gorge|par le cou)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressor}) * (m empêche|m empêchait|m a empêchée|m a empêché|m interdit) (de|d) (m enfuir|fuir|appeler (les secours|la police|le 17|le 15|le 112|à l aide)|demander de l aide|sortir de (la maison|l appart|l appartement|la chambre|chez (lui|nous|moi)))'
	}
];

const ENGLISH_SUICIDE: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase:
			'(want|wanna|wana|wish|wishing|need|ready|deserve|rather|like|longing|long|begging|hoping|hope|praying|pray|trying|tempted) (to )?{advEn}(die|be dead|not exist|stop existing|not be alive|not wake up|never wake up|sleep forever|disappear forever|stop living)',
		unless:
			'(of|from) (embarrassment|laughter|shame|boredom|cringe|old age)|than|for|in my sleep at|when i m old|old|peacefully|happy|at [0-9]+|laughing|on (a|this|that) hill|my (hair|clothes|shirt)|on (social media|facebook|instagram|twitter|here)|for a while'
	},
	{
		category: 'suicide',
		phrase:
			'wish (i|that i) (was|were|could|had|did not|didn t) {advEn}(dead|gone|die|never been born|never born|not exist|not alive|stop existing|never existed|disappear forever)'
	},
	{
		category: 'suicide',
		phrase:
			'(kill|killing|kms|off|offing|unalive|unaliving|end|ending|hang|hanging|drown|drowning|shoot|shooting|poison|poisoning|suffocate|gas|electrocute|overdose) myself',
		unless:
			'laughing|with laughter|at (the gym|work|the office|practice|training)|working|studying|over (this|that|it|a|the|nothing)|to (finish|get|make|pay|meet|keep|please|prove)|for (this|that|a|the|my|nothing|them|him|her|you|work|forgetting|being|saying|doing)|trying to'
	},
	{ category: 'suicide', phrase: '(gonna|going to|wanna|want to|will|about to|to) kms' },
	{
		category: 'suicide',
		phrase: '(want|wanna|wish|need) (it all|everything|my life|life) to (end|stop|be over)'
	},
	{
		category: 'suicide',
		phrase: '(going to|gonna|want to|wanna|will|l|about to|ready to|decided to) {advEn}end it',
		followedBy: '\\.|,|all|tonight|today|now|soon|for good|once and for all|and|i|so|this (time|week)'
	},
	{
		category: 'suicide',
		phrase: '(going to|gonna|about to|ready to|want to|wanna) {advEn}jump',
		followedBy: '\\.|tonight|now|right now|today'
	},
	{
		category: 'suicide',
		phrase:
			'if i (died|was gone|was dead|disappeared|was not here|were gone|were dead|killed myself) * (everyone|everybody|it|things|they|you|people|the world|my family) (would|will|d|l) (be )?{advEn}(better|easier|happier|relieved)'
	},
	{
		category: 'suicide',
		phrase:
			'(nobody|no one|noone) (would|will|l|d|is going to) {advEn}(miss me|notice if i (died|was gone|disappeared)|care if i (died|was gone|disappeared))',
		unless: 'at|in|on|during|from (the|my|this)|if i (skip|miss|do not (go|come))',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(going to|gonna|might|about to|scared i l|afraid i l|afraid i might|scared i might|could) {advEn}do something (stupid|drastic|irreversible|i can not take back)',
		unless: 'like|and (buy|eat|text|call|order)'
	},
	{
		category: 'suicide',
		phrase:
			'(end|ending|take|taking) (it all|my own life|my life|everything tonight|it tonight|it for good|it once and for all)'
	},
	{
		category: 'suicide',
		phrase:
			'(going to|gonna|want to|wanna|will|plan to|planning to|thinking about|think about|thought about|considering|about to|try to|trying to|tried to|ready to|decided to|might|could) {advEn}(commit suicide|suicide)'
	},
	{
		category: 'suicide',
		phrase:
			'(my suicide (plan|attempt|note|letter)|(made|have|got|wrote|write|writing|written|left|leave|leaving|drafted|finished) (a|my|the) (suicide|goodbye|farewell|final) (note|letter|letters|plan|video))'
	},
	{
		category: 'suicide',
		phrase: '(i|i ve|i have|just) {advEn}(attempted|tried) (suicide|to kill myself|to end my life|to end it)'
	},
	{
		category: 'suicide',
		phrase:
			'(i m|i am|im|am|feel|feeling|felt|been|getting|get|become|becoming|so|very|really|quite|pretty|super|kinda|still|always|extremely|actively|passively) {advEn}suicidal'
	},
	{
		category: 'suicide',
		phrase: 'suicidal (again|tonight|rn|right now|today|lately|these days|atm|at the moment|now)'
	},
	{
		category: 'suicide',
		phrase:
			'(my|having|have|had|with|getting|get|keep having|been having|struggling with|experiencing) {advEn}(suicidal (thoughts|ideation|feelings|urges|ideas)|thoughts (of|about) (suicide|killing myself|ending it|ending my life|dying|death|not being here|hurting myself))'
	},
	{
		category: 'suicide',
		phrase:
			'(think|thinking|thought|thinkin) (about|of) (suicide|sewerslide|sewer slide|unaliving myself|ending it|ending my life|ending it all|killing myself|not being here|not waking up|taking my (own )?life|how to die|ways to die)'
	},
	{
		category: 'suicide',
		phrase:
			'(no|zero|not any|not a single|lost (my|the|all)|nothing|not one) {advEn}(reason|reasons|point|purpose|will|desire) (to|in|for) {advEn}(live|living|go on|going on|keep going|being alive|stay alive|staying alive|carry on|exist|existing)',
		carriesNegation: true
	},
	{ category: 'suicide', phrase: 'nothing (left )?to live for', carriesNegation: true },
	{
		category: 'suicide',
		phrase:
			'(do not|dont|did not|didnt|no longer|not|never|don) (want|wanna|wish|feel like|deserve) to (live|be alive|exist|keep living|go on living|continue living|stay alive)',
		unless:
			'in|with|at|near|like|alone|here|there|abroad|on|by|without|under|together|somewhere|anywhere|where|close',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase: '(do not|dont|no longer|not|never) (want|wanna|wish) to (be here|be around|wake up|exist)',
		excusedBy: '{everydayAbsence}|{everydayPlace}',
		followedBy: 'anymore|any more|any longer|no more|tomorrow|again|ever again|ever',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(tired|sick|exhausted|done|weary|fed up) (of|with) (living|being alive|life|existing|this life|being here)'
	},
	{
		category: 'suicide',
		phrase:
			'(can not|ca not|cant|could not|can no longer) (go on|keep going|keep living|do life|carry on|live anymore|live like this|go on like this)',
		unless: 'the|a|an|with|to|holiday|holidays|vacation|trip|tour|stage|air|tv|camp|at|in|without',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(better off (dead|if i (was|were) (gone|dead)|if i did not exist|if i never existed)|(everyone|everybody|the world|world|they|you all|y all|you d all|you l all|you would all|you will all|all of you|my family|my kids|my parents|my friends|people|everyone else|you guys|everyone s going to|everyone is going to) (would|will|l|d|are|re|would all|will all|all|be) {advEn}(be )?(so |much |a lot |way )?(better off|better|happier|fine|ok|okay) without me)',
		excusedBy: '{everydayAbsence}'
	},
	{
		category: 'suicide',
		phrase:
			'(took|take|taken|taking|swallowed|swallow|downed|popped|ate|chugged) {advEn}(all|every|every single|every last|every one of|the whole|a whole|a bunch of|a handful of|too many|way too many|an entire|my entire|[0-9][0-9]+|loads of|lots of|half|all of) (my|the|of my|of the|a|these)? * (pills|pill|meds|medication|medications|tablets|tabs|bottle|pack|packet|box|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|xanax|antidepressants|insulin|benzos)',
		unless:
			'this morning|today|on time|as usual|like i m supposed to|like normal|with (breakfast|lunch|dinner|food)|for the (day|week)|as prescribed|for (my|the|a) (back|head|headache|migraine|pain|cold|flu)',
		excusedBy: '{everydayMedicine}'
	},
	{
		category: 'suicide',
		phrase:
			'(i|i ve|i have|just|gonna|going to|want to|wanna|about to|will|planning to) {advEn}(overdosed|overdose|od|od d|oded|overdosing)',
		unless: 'on (chocolate|sugar|coffee|caffeine|netflix|tv|cake|candy|love|cuteness|carbs)'
	},
	{
		category: 'suicide',
		phrase:
			'(want to|wanna|going to|gonna|planning to|plan to|thinking about|think about|thought about|urge to|about to|ready to|will|i l|might|could|keep thinking about|tempted to) {advEn}(jump|jumping|throw myself|throwing myself|step|stepping|walk|walking|drive|driving|crash|crashing) (off|from|in front of|under|onto|into) (a|the|my|this|that|our)? * (bridge|building|roof|rooftop|cliff|balcony|train|car|bus|truck|lorry|window|tower|overpass|traffic|ledge|motorway|highway|tracks|river|sea|ocean|lake|water)',
		unless: 'for (a|the) (swim|dip|paddle|photo|picture)|to (swim|cool off|get)'
	},
	{
		category: 'suicide',
		phrase:
			'it (would|d|will|l) be {advEn}(easier|better|simpler|a relief) (for (everyone|everybody|them|you|my family) )?(if i (was|were) (not here|not around|gone|dead|not alive)|if i (did not exist|died|disappeared)|to (just )?(die|not exist|not be here|disappear|end it|not wake up))'
	},
	{
		category: 'suicide',
		phrase:
			'((see|there s|there is) (the|any|no) point (in|of) (living|life|going on|being alive|existing|staying alive)|(what s|what is) the point (of|in) (living|life|going on|being alive|existing|staying alive))',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'((i m|i am|i feel like|feel like|i feel like i m) {advEn}(a|such a|just a|nothing but a) burden (to|on|for) (everyone|everybody|my family|my parents|my kids|my friends|you all|the people i love|everyone around me)|death is the only (way out|option|solution|answer)|the only way out is (death|to die|suicide|to kill myself))'
	},
	{
		category: 'suicide',
		phrase:
			'((stockpiling|stockpiled|hoarding|hoarded|saving up|saved up|been saving|been stockpiling) (my |all my |the |some )?(pills|meds|medication|tablets|sleeping pills|painkillers)|(enough|plenty of) (pills|meds|tablets|sleeping pills|painkillers) (to|that i can) (die|end it|kill myself|not wake up|overdose))'
	},
	{
		category: 'suicide',
		phrase: '(bought|got|ordered|found) (a|some|the) (rope|razor blades|gun|noose|charcoal)',
		unless: 'for|to (tie|hang (the|a|my) (clothes|washing|hammock|swing))|at (the|a) (store|shop|market)'
	},
	{
		category: 'suicide',
		phrase:
			'(googled|searched|looked up|researched|reading about|read about|looking up) (how to|ways to|methods to|the best way to|the easiest way to|painless ways to|how many [a-z]+ (it takes|would) to) (kill myself|die|end it|end my life|overdose|commit suicide|hang myself)'
	},
	{ category: 'suicide', phrase: 'sleep and (never|not) wake up', carriesNegation: true },
	{
		category: 'suicide',
		phrase: '(slit|slitting|slash|slashing|slashed) my (wrists|wrist|throat)'
	}
];

const ENGLISH_FAREWELL: CrisisPhrase[] = [
	{
		category: 'suicide',
		phrase:
			'(goodbye|bye|farewell|good bye) (, )?(everyone|everybody|all|world|cruel world|y all|yall|guys|my friends|forever)',
		unless:
			'(, )?(see|till|til|until|for now|for today|for tonight|have a|enjoy|catch|talk|good night|goodnight|speak|back|xx|x|and thanks for (coming|joining|today|a great|a lovely|the)|thanks for (coming|joining|today|a great|a lovely|the session|the meeting))'
	},
	{
		category: 'suicide',
		phrase: '((this is|this was|it s) (my )?(goodbye|farewell)|my (last|final) (message|post|words|goodbye))',
		unless:
			'before|of the (day|week|year)|for (today|tonight|now|the (day|week))|on this|about this|here before|to (my|the) (old|job|team)'
	},
	{
		category: 'suicide',
		phrase:
			'(you|everyone|nobody|no one|you all) (wo not|will not|will never|l never) {advEn}(have to|need to|ever have to) (deal with|put up with|worry about|see|hear from|bother with|take care of|look after|hear|listen to|care for|support) me (anymore|again|any more|any longer|ever again|for much longer|much longer|soon)',
		carriesNegation: true
	},
	{
		category: 'suicide',
		phrase:
			'(wo not|will not|will no longer|not going to|not gonna) be (here|around|alive) (tomorrow|much longer|for long|anymore|any more|by (tomorrow|morning|monday)|after tonight|for much longer)',
		carriesNegation: true
	},
	{ category: 'suicide', phrase: 'by the time (you|anyone|someone|u) (read|reads|see|sees|find|finds) this' }
];

const ENGLISH_SELF_HARM: CrisisPhrase[] = [
	{
		category: 'self_harm',
		phrase:
			'(cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|scratch|scratching|carve|carving|punish|punishing|bruise|bruising|hit|hitting|starve|starving) myself',
		unless:
			'shaving|while|when|on (?!purpose )[a-z]+|by accident|accidentally|chopping|cooking|slicing|opening|in the kitchen|playing|at|with a kitchen|badly at|during|doing|falling|out|off|up|to (finish|get)|for (this|that|a|the|being|nothing|it|not|my)'
	},
	{
		category: 'self_harm',
		phrase:
			'(i|i ve|i have|ive|been|started|start|keep|kept|still|again|relapse|relapsed|relapsing|urges to|urge to|want to|wanna|thinking about|going to|gonna|need to|tempted to|trying not to|struggling with|struggle with|my) {advEn}(self harm|self harming|selfharm|self harmed|self injury|self injure|self injuring|self injured|self mutilate|self mutilation|self mutilating)'
	},
	{
		category: 'self_harm',
		phrase:
			'(self harm|self harming|selfharm|self harmed|self injury|self injuring) (again|urges|relapse|tonight|today|lately|since|every|last night|this week|rn|right now)'
	},
	{
		category: 'self_harm',
		phrase: '(relapsed|relapse|relapsing) (on |with |into )?(self harm|self harming|cutting|sh)'
	},
	{ category: 'self_harm', phrase: '(been|started|start|keep|kept) (cutting|burning) (again|myself)' },
	{
		category: 'self_harm',
		phrase: '(want|wanna|need|urge|urges) to (cut|burn|bleed)',
		followedBy: '\\.|,|and|but|so (bad|badly|much)|again|tonight|rn|right now|deeper|so'
	},
	{
		category: 'self_harm',
		phrase:
			'(cut|cutting|slice|sliced|slicing|carved|carving|opened|burned|burnt|burning) (open )?my (wrist|arm|arms|thigh|thighs|legs|skin|stomach|hips)',
		unless:
			'on|while|when|by accident|accidentally|in the kitchen|cooking|shaving|at work|falling|playing|open on|with (the|a) (oven|iron|pan|kettle)'
	},
	{
		category: 'self_harm',
		phrase: '(made|make|making) myself bleed',
		unless: 'by accident|accidentally|while|when'
	},
	{
		category: 'self_harm',
		phrase: 'my (cuts|wounds|scars) (are|keep) (deep|deeper|infected|bleeding|fresh|still bleeding)'
	}
];

const ENGLISH_DANGER: CrisisPhrase[] = [
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) * (is going to|s going to|is gonna|s gonna|gonna|going to|will|l|said he would|said she would|said he will|says he will|says he l|said he d|said she d|threatened to|threatens to|keeps threatening to|wants to|tried to|is trying to|s trying to|might|could|promised to|swore to|swears he will|is about to) {advEn}(kill|hurt|strangle|choke|stab|shoot|beat|murder|rape|beat up) (me|us|my kids|the kids|my children|our kids)',
		excusedBy: '{laughter}',
		unless:
			'{discoveryEn}|at (chess|cards|tennis|poker|mario|games|the game|scrabble)|in (a race|the race|chess|a game)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) * (hits|beats|punches|kicks|slaps|chokes|strangles|abuses|rapes|threatens|hit|beat|punched|kicked|slapped|choked|strangled|abused|raped|threatened|shoves|shoved|pushed|pushes|grabbed|grabs|is hurting|keeps hurting|has been hurting|has been hitting|keeps hitting|is hitting|is beating|hitting|beating|choking|strangling|hurting|attacking|kicking|punching|slapping|attacked|attacks|burns|burned|locks|locked|drags|dragged|stalks|stalked|follows|followed|hurts) me',
		unless:
			'at|in|to|up|out|off|on|with (his|her) (words|kindness|smile)|for (a|the) (job|promotion|spot)|by (a|one|two|three|[0-9]+)'
	},
	{
		category: 'danger',
		phrase:
			'(i was|i ve been|i have been|i got|i just got|been) {advEn}(raped|sexually assaulted|assaulted|beaten|beaten up|strangled|choked|stabbed|attacked)',
		unless: 'at|in|by (a|one|two|[0-9]+)|to|for'
	},
	{
		category: 'danger',
		phrase:
			'((afraid|scared|fear|fearing|frightened|terrified|worried|fearful) for my (life|safety|kids|children)|(afraid|scared|terrified|frightened) (he|she|they) (will|l|is going to|s going to|might|could|would|d) (kill|hurt|find|strangle|beat) me)'
	},
	{
		category: 'danger',
		phrase:
			'(i m|i am|im|am|feel|feeling|we re|we are|my kids are|my children are|my life is|our lives are) {advEn}in danger',
		unless: 'of (?!(being killed|dying|death|my life) )[a-z]+'
	},
	{
		category: 'danger',
		phrase:
			'((i m|i am|im|i feel|feel|feeling|we re|we are|we feel|my kids are|my children are|kids are) (not|never|no longer) {advEn}safe|(do not|dont|never) (feel|am) safe)',
		unless:
			'driving|to (drive|walk|go|say|post|share)|walking|on (the|my)|in (the|this) (car|city|neighbourhood|area)|online|posting|sharing',
		carriesNegation: true
	},
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) * (has|s got|has got|got|is holding|s holding|pulled|pulled out|grabbed|is carrying|brought|is waving|pointed) (a|his|her|the|my) (knife|gun|weapon|rifle|pistol|blade|shotgun|firearm)',
		unless: 'license|licence|collection|safe|at home for|for (hunting|work)|in the kitchen'
	},
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) * (is|s|are|re) (breaking|kicking|trying to break|trying to kick|forcing) (in|down the door|the door down|the door in|into the house)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) * (is waiting|s waiting|waiting|is standing|s standing|is outside|s outside|came at me|comes at me|is coming at me|coming at me|went for me|threatened me|threatens me|is threatening me|chased me|is chasing me|showed up|turned up) * (with|holding) (a|his|her|the) (knife|gun|bat|baseball bat|hammer|crowbar|weapon|machete|axe|iron bar|broken bottle)'
	},
	{
		category: 'danger',
		phrase:
			'({aggressorEn}) * (will not|wo not|does not|won t) (let me) (leave|go out|call (anyone|the police|for help)|out of (the house|the flat|the room))',
		carriesNegation: true
	}
];

export const CRISIS_PHRASES: readonly CrisisPhrase[] = [
	...FRENCH_SUICIDE,
	...FRENCH_SUICIDE_PLAN,
	...FRENCH_FAREWELL,
	...FRENCH_SELF_HARM,
	...FRENCH_DANGER,
	...ENGLISH_SUICIDE,
	...ENGLISH_FAREWELL,
	...ENGLISH_SELF_HARM,
	...ENGLISH_DANGER,
	...INDIRECT_WORDING_PHRASES,
	...WARNING_SIGN_PHRASES
];
