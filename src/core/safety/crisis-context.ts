// The words around a lexicon match that change its meaning, maintained as data beside the lexicon.
// Words are written plainly and folded like the text when the detector loads; markers are phrases in
// the lexicon's phrase language, tested on the match's sentence or on the whole text.

/**
 * Looking back from a match, these deny it: "je n'ai pas envie de mourir", "I don't want to die".
 * English contractions need no entry: normalisation spells "don't" and "dont want" as "do not".
 */
export const NEGATION_WORDS: readonly string[] = [
	'ne',
	'n',
	'pas',
	'pa',
	'po',
	'jamais',
	'jms',
	'plus',
	'plu',
	'pu',
	'rien',
	'aucun',
	'aucune',
	'non',
	'nan',
	'sans',
	'ni',
	'not',
	'never',
	'no',
	'nor',
	'nobody',
	'neither',
	'without',
	'hardly'
];

// "de plus en plus envie", "encore plus envie": here "plus" compares, it does not deny.
export const COMPARATIVE_BEFORE_PLUS: readonly string[] = [
	'de',
	'en',
	'encore',
	'bien',
	'beaucoup',
	'toujours',
	'le',
	'la',
	'les',
	'au',
	'd',
	'bcp'
];

/** Looking back, the person addressed is the subject: a supporter asking "tu as envie de mourir ?". */
export const SECOND_PERSON_WORDS: readonly string[] = ['tu', 't', 'tas', 'toi', 'vous', 'vs', 'you', 'u'];

/** Looking back, a generic subject makes it talk about people in general: "quand quelqu'un veut se tuer". */
export const GENERIC_SUBJECT_WORDS: readonly string[] = [
	'personne',
	'personnes',
	'quelqu',
	'qqn',
	'gens',
	'ado',
	'ados',
	'jeunes',
	'patient',
	'patients',
	'someone',
	'somebody',
	'anyone',
	'people',
	'person',
	'teens'
];

/** Before a generic subject, these make it someone close: "mon ado", "my teen". */
export const POSSESSIVE_WORDS: readonly string[] = ['mon', 'ma', 'mes', 'notre', 'nos', 'my', 'our'];

/** Looking back stops at a subject: what comes before it belongs to another clause. */
export const SUBJECT_WORDS: readonly string[] = [
	'je',
	'j',
	'moi',
	'i',
	'il',
	'elle',
	'on',
	'nous',
	'ils',
	'elles',
	'he',
	'she',
	'we',
	'they'
];

/** Looking back stops at a clause boundary ("je sais pas pourquoi mais j'ai envie de mourir"), and at "." and ",". */
export const CLAUSE_BREAK_WORDS: readonly string[] = [
	'mais',
	'et',
	'car',
	'donc',
	'parce',
	'puis',
	'alors',
	'sinon',
	'que',
	'qu',
	'quand',
	'si',
	'pourquoi',
	'comment',
	'quoi',
	'ou',
	'pk',
	'pq',
	'but',
	'and',
	'because',
	'so',
	'or',
	'if',
	'that',
	'why',
	'how',
	'when',
	'cause',
	'cuz',
	'coz',
	'bc',
	'then'
];

/**
 * Verbs of stopping. Negated, they make what follows go on ("I can't stop thinking about...", "j'arrête
 * pas de...", "je ne peux pas m'empêcher de..."), so the negation denies nothing; a cessation that is
 * not negated says it is over ("j'ai arrêté de me couper", "I stopped cutting myself").
 * "Arrête" and "arrêté" fold alike: "j'arrête de me scarifier" is read as a resolution too.
 */
export const PERSISTENCE_VERBS: readonly string[] = [
	'stop',
	'stopping',
	'help',
	'arrêter',
	'arrêtais',
	'cesser',
	'empêcher',
	'lâcher'
];
export const CESSATION_VERBS: readonly string[] = [
	'arrête',
	'arrêtée',
	'cessé',
	'stopped',
	'quit',
	'quitted'
];

/** "m'a demandé si", "asked me if": what follows is someone else's question, not a statement. */
export const QUESTION_CONJUNCTIONS: readonly string[] = ['si', 's', 'if', 'whether'];
export const ASKING_VERBS: readonly string[] = [
	'demande',
	'demandait',
	'demander',
	'demandent',
	'demandera',
	'ask',
	'asks',
	'asked',
	'asking'
];

/** Looking back from first-person words, a saying verb whose subject is not the writer quotes someone else. */
export const SAYING_VERBS: readonly string[] = [
	'dit',
	'disait',
	'dira',
	'dire',
	'répète',
	'répétait',
	'écrit',
	'écrivait',
	'raconte',
	'racontait',
	'crie',
	'criait',
	'hurle',
	'hurlait',
	'chante',
	'chantait',
	'says',
	'said',
	'tells',
	'told',
	'writes',
	'wrote',
	'yells',
	'yelled',
	'screams',
	'screamed',
	'sings',
	'sang'
];
export const WRITER_SUBJECT_WORDS: readonly string[] = ['je', 'j', 'i'];

/** How many words before a match are looked at. */
export const LOOK_BACK_WORDS = 5;

/** In the match's sentence: the experience is far in the past. */
export const DISTANT_PAST_MARKERS: readonly string[] = [
	'il y a (plus de |presque |près de |environ |bien |au moins )?([0-9]+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quelques|plusieurs|des|de nombreuses) (ans|an|années|année|décennies)',
	'il y a (bien |très |si )?longtemps',
	'(quand|lorsque|lorsqu|à l époque où) (j étais|jétais|j avais|j étais encore|j avais encore|je vivais|j habitais) {adv}(ado|adolescent|adolescente|jeune|petit|petite|enfant|gamin|gamine|étudiant|étudiante|au lycée|au collège|à la fac|en fac|plus jeune|[0-9]+ ans|en prépa|en internat|chez mes parents|marié|mariée|avec (lui|elle|mon ex))',
	'(à l époque|autrefois|jadis|dans le passé|dans ma jeunesse|pendant mon adolescence|à l adolescence|plus jeune|l an dernier|l année dernière|l an passé|l année passée)',
	'(en|in) (19|20)[0-9][0-9]',
	'(fait|eu|tenté|voulu|pensé|essayé|attempted|tried) * * (à|at) (l âge de |age )?([0-9]+ ans|[0-9]+)',
	'(\\.|,) (à|vers) [0-9]+ ans',
	'([0-9]+|a few|few|many|several|two|three|four|five|six|seven|eight|nine|ten|twenty|a couple of|couple|some) years ago',
	'(years ago|a long time ago|long ago|back (when|then|in)|last year|at the time|in the past|growing up)',
	'when i was (a kid|a child|a teen|a teenager|younger|little|small|in (high school|college|school|uni|university|my teens|my twenties)|[0-9]+)',
	'(as a (teen|teenager|kid|child)|in my (teens|twenties|youth|teenage years|early twenties))'
];

/**
 * Anywhere in the text: the writer says it is over for them. Counts only with a past tense in the
 * match's sentence. Someone else's recovery ("il va mieux") is no marker: it says nothing of the writer.
 */
export const RESOLVED_MARKERS: readonly string[] = [
	'(ça|ca|sa|cela) va {adv}(beaucoup |bien |tellement |vraiment |nettement |largement |un peu )?mieux',
	'(je|j) (vais|me sens|suis|me porte) {adv}(beaucoup |bien |tellement |vraiment |nettement |largement )?mieux',
	'(aujourd hui|maintenant) (ça|ca|sa|tout) va',
	'maintenant (je|j) (vis|vais bien|suis bien|suis heureux|suis heureuse|m en sors|aime la vie|profite)',
	'aujourd hui (je|j) (vais|suis|me sens|travaille|aide|accompagne|en parle|témoigne|m en suis)',
	'(c est|tout ça est|tout ca est) (derrière moi|du passé|loin|fini depuis)',
	'(j en suis|je m en suis|m en suis) (sorti|sortie|sortis)',
	'(guéri|guérie|rétabli|rétablie|stabilisé|stabilisée|en rémission)',
	'(i m|i am|im|i feel|i ve been|feeling|doing) (so |much |a lot |way |far |really )?(better|well|fine|ok|okay|good) now',
	'now (i m|i am|im) (so |much |a lot |really )?(better|well|fine|ok|okay|good|happy)',
	'(i m|i am|i ve been|been) (in a )?(much |far |way |so much )?better place',
	'(i ve been|i have been|been) clean (for|since)',
	'(recovered|in recovery|behind me)',
	'(je suis|suis|on est|nous sommes|i m|i am|we re|we are) {adv}(en sécurité|safe) (maintenant|now|aujourd hui|désormais)',
	'(these days|nowadays) (i m|i am) {advEn}(mostly |pretty |quite |generally )?(ok|okay|fine|good|well|better)',
	'(i m|i am) (mostly|mainly|generally|largely) (ok|okay|fine|good|well)'
];

/** In the match's sentence: a past tense, which a resolution elsewhere can then close. */
export const PAST_TENSE_MARKERS: readonly string[] = [
	'(j|je) (étais|avais|voulais|pensais|faisais|me scarifiais|me coupais|me sentais|songeais)',
	'(ai|avais|a) {adv}(eu|longtemps|fait|voulu|tenté|essayé|pensé)',
	'(used to|was|were|had|wanted|tried|did|thought|felt)',
	'(\\.|,) avant (je|j)'
];

/**
 * In the match's sentence, after it: a "now" that closes a past clause ("avant je voulais disparaître,
 * maintenant je veux qu'on m'écoute"). It counts when the clause before it holds a past tense and one
 * of the past openers below, and nothing after it says the past goes on.
 */
export const NOW_PIVOT_MARKERS: readonly string[] = [
	'(,|mais|but) (maintenant|aujourd hui|désormais|à présent|now|today|these days|nowadays)'
];
export const PAST_OPENER_MARKERS: readonly string[] = [
	'(avant|autrefois|à une époque|pendant (longtemps|des années)|longtemps|before|used to|at one point|for (a long time|years))'
];
export const STILL_AFTER_PIVOT_MARKERS: readonly string[] = [
	'(encore|toujours|aussi|pareil|pire|plus que jamais|de nouveau|à nouveau|still|again|too|even more|worse)'
];

/** In the match's sentence: it is happening now or again, whatever else the sentence says. */
export const CURRENT_MARKERS: readonly string[] = [
	'(encore|à nouveau|de nouveau|recommence|recommencé|recommencer|reviennent|revient|revenu|revenues|reprennent|reprend|rechute|rechuté)',
	'(ce soir|cette nuit|ce matin|hier|tout à l heure|en ce moment|actuellement|depuis (quelques|deux|trois|[0-9]+|plusieurs) (jours|semaines))',
	'(again|still|tonight|today|right now|rn|lately|these days|last night|this morning|yesterday|this week|currently)'
];

/** In the match's sentence: the words belong to a story, a film, a book. */
export const FICTION_MARKERS: readonly string[] = [
	'dans (le|un|ce|mon|son|sa|ma|la|une|cette|leur) (roman|film|livre|série|épisode|manga|jeu|clip|téléfilm|bouquin|chapitre|poème|spectacle|récit|chanson|pièce|documentaire|reportage)',
	'(roman|film|livre|série|chanson|pièce|documentaire|reportage|article|song|movie|book|show|documentary|novel) (parle|parlait|raconte|racontait|montre|évoque|traite|is about|was about|tells)',
	'(le|la|l|un|une|mon|ma|son|sa|notre|leur) (personnage|perso|héros|héroïne|protagoniste|narrateur|narratrice)',
	'(chanson|musique|morceau|titre|album|film|livre|série|song|track|title|album|movie|book|show) (s appelle|intitulé|intitulée|called|named|titled)',
	'in (the|a|this|that|my) (movie|film|book|novel|show|series|episode|game|song|poem|play|story)',
	'the (character|protagonist|narrator|hero|heroine|main character)'
];
