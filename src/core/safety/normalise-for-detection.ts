// Text folding shared by the crisis lexicon (compile-crisis-pattern.ts folds each phrase's words with
// it) and the detector, so both sides always agree. Pure and dependency-free: it runs in the browser
// as the person types as well as on the server.

const SENTENCE_END = '.';
const CLAUSE_BREAK = ',';
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 's' };
// Words, an ellipsis, sentence punctuation, clause punctuation; everything else (spaces, apostrophes,
// hyphens, quotes, emoji) only separates words.
const TOKEN = /[a-z0-9]+|\.{2,}|[.!?;:\n\r]|[,…()[\]{}]/g;
const SENTENCE_PUNCTUATION = /^[.!?;:\n\r]$/;
// SMS and chat spellings, read as the words they stand for ("jveux" is "je veux", "g" is "j'ai").
// English contractions without an apostrophe ("dont", "cant") are expanded in foldText.
const SMS_SPELLINGS: ReadonlyMap<string, readonly string[]> = foldSpellings({
	jme: 'je me',
	jte: 'je te',
	jle: 'je le',
	jvais: 'je vais',
	jve: 'je vais',
	lair: 'l air',
	jvai: 'je vais',
	chvais: 'je vais',
	jveux: 'je veux',
	jvaux: 'je vaux',
	jvoulais: 'je voulais',
	jmerite: 'je merite',
	jvois: 'je vois',
	jveu: 'je veux',
	ve: 'veux',
	jvx: 'je veux',
	jvoudrais: 'je voudrais',
	jsuis: 'je suis',
	jsui: 'je suis',
	chui: 'je suis',
	chuis: 'je suis',
	jpeux: 'je peux',
	jpeu: 'je peux',
	jpx: 'je peux',
	jpense: 'je pense',
	chpense: 'je pense',
	jsais: 'je sais',
	chais: 'je sais',
	jsp: 'je sais pas',
	jsaute: 'je saute',
	jserais: 'je serais',
	jdois: 'je dois',
	jfais: 'je fais',
	jcrois: 'je crois',
	jaimerais: 'j aimerais',
	jai: 'j ai',
	g: 'j ai',
	jen: 'j en',
	jmen: 'je m en',
	jpp: 'j en peux plus',
	pa: 'pas',
	jms: 'jamais',
	tjrs: 'toujours',
	tjs: 'toujours',
	pk: 'pourquoi',
	pq: 'pourquoi',
	pkoi: 'pourquoi',
	pourkoi: 'pourquoi',
	koi: 'quoi',
	ke: 'que',
	bcp: 'beaucoup',
	envi: 'envie',
	mwa: 'moi',
	osef: 'on s en fout',
	u: 'you',
	ur: 'your',
	im: 'i m',
	ive: 'i ve',
	idk: 'i do not know',
	idc: 'i do not care',
	wanna: 'want to',
	gonna: 'going to',
	gotta: 'got to',
	kms: 'kill myself',
	sewerslide: 'suicide',
	unalive: 'kill',
	rn: 'right now'
});

/**
 * Turns free text into the detector's working form: lower-case ASCII words separated by single
 * spaces, "." for a sentence end and "," for a clause break (an ellipsis is one), framed by " . ".
 * Accents, ligatures and case are folded; apostrophes and hyphens separate words; every doubled
 * letter becomes one ("mourrir" and "mouriiiir" read "mourir", "kill" reads "kil"), in the text and
 * in the lexicon alike; English "n't" becomes " not".
 * "J’ai   PLU envie de vivre… vraiment!!" becomes " . j ai plu envie de vivre , vraiment . ".
 */
export function normaliseForDetection(text: string): string {
	return ` ${tokeniseForDetection(text).join(' ')} `;
}

/** The words and breaks of normaliseForDetection, for callers that need them one by one. */
export function tokeniseForDetection(text: string): string[] {
	const folded = text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f·]/g, '') // accents; the middle dot of "formé·e"
		.replace(/[œæß]/g, (ligature) => LIGATURES[ligature] ?? ligature)
		.replace(/n['’‘ʼ`´′]t\b/g, ' not')
		.replace(/\bcannot\b/g, 'can not')
		.replace(/\b(ca|wo|did|does|is|are|was|were|could|would|should|have|has|ai)nt\b/g, '$1 not')
		// "dont" is also French ("ce dont je parle"): it is English only before an English verb.
		.replace(
			/\bdont (?=(want|wanna|feel|think|need|have|know|plan|wish|intend|care|like|mind|deserve|even|really|get|go|do|wake|see|love)\b)/g,
			'do not '
		)
		.replace(/([0-9])[.,](?=[0-9])/g, '$1') // "2.5", "1,5" are numbers, not punctuation
		// "tt" is "tout"; once squeezed it would read as the "t" of "t'as" (and make "tout" a second person).
		.replace(/\btt\b/g, 'tout')
		.replace(/([a-z])\1+/g, '$1');
	const tokens = [SENTENCE_END];
	for (const token of folded.match(TOKEN) ?? []) {
		const code = token.charCodeAt(0);
		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
			const spelledOut = SMS_SPELLINGS.get(token);
			if (spelledOut) tokens.push(...spelledOut);
			else tokens.push(token);
			continue;
		}
		const mark = SENTENCE_PUNCTUATION.test(token) ? SENTENCE_END : CLAUSE_BREAK;
		const previous = tokens[tokens.length - 1];
		// Consecutive breaks keep the stronger one: a sentence end wins over a clause break.
		if (previous === SENTENCE_END || previous === CLAUSE_BREAK) {
			if (mark === SENTENCE_END) tokens[tokens.length - 1] = SENTENCE_END;
		} else tokens.push(mark);
	}
	if (tokens[tokens.length - 1] === CLAUSE_BREAK) tokens[tokens.length - 1] = SENTENCE_END;
	else if (tokens[tokens.length - 1] !== SENTENCE_END) tokens.push(SENTENCE_END);
	return tokens;
}

// Keys and words are squeezed like the text they meet ("wanna" is looked up as "wana").
function foldSpellings(spellings: Record<string, string>): ReadonlyMap<string, readonly string[]> {
	const squeeze = (word: string) => word.replace(/([a-z])\1+/g, '$1');
	return new Map(Object.entries(spellings).map(([sms, words]) => [squeeze(sms), squeeze(words).split(' ')]));
}
