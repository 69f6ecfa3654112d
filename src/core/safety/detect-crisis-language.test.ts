import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	CRISIS_SENTENCES,
	readLabelledSentences,
	type LabelledSentence
} from '../../../tests/fixtures/crisis-sentences';
import { CRISIS_CATEGORIES, detectCrisisLanguage, normaliseForDetection, type CrisisCategory } from './index';

interface Score {
	precision: number;
	recall: number;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	trueNegatives: number;
}

function score(sentences: readonly LabelledSentence[]): Score {
	let truePositives = 0;
	let falsePositives = 0;
	let falseNegatives = 0;
	let trueNegatives = 0;
	for (const sentence of sentences) {
		const { alarming } = detectCrisisLanguage(sentence.text);
		if (alarming && sentence.alarming) truePositives++;
		else if (alarming) falsePositives++;
		else if (sentence.alarming) falseNegatives++;
		else trueNegatives++;
	}
	return {
		precision: truePositives / (truePositives + falsePositives),
		recall: truePositives / (truePositives + falseNegatives),
		truePositives,
		falsePositives,
		falseNegatives,
		trueNegatives
	};
}

const describeScore = (name: string, { precision, recall, ...counts }: Score) =>
	`${name}: precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} % ${JSON.stringify(counts)}`;

describe('detectCrisisLanguage', () => {
	it.each<[string, CrisisCategory[]]>([
		['Je veux mourir.', ['suicide']],
		['jveux mourir jen peux plus', ['suicide']],
		["j'ai plu envie de vivre", ['suicide']],
		['Je veux mouriiiir', ['suicide']],
		['je vais me suicidé ce soir', ['suicide']],
		['Je songe à me foutre en l’air', ['suicide']],
		["j'ai pris toute la boîte", ['suicide']],
		['Je vais sauter du pont', ['suicide']],
		["J'ai écrit mes lettres d'adieu", ['suicide']],
		["Vous n'aurez plus à me supporter", ['suicide']],
		['Adieu à tous', ['suicide']],
		['je me scarifie encore', ['self_harm']],
		["j'ai envie de me couper", ['self_harm']],
		['Il va me tuer', ['danger']],
		['il me frappe', ['danger']],
		["J'ai peur pour ma vie", ['danger']],
		['je suis en danger', ['danger']],
		['I want to kill myself', ['suicide']],
		['i dont want to live anymore', ['suicide']],
		['no reason to live', ['suicide']],
		["I've been cutting myself again", ['self_harm']],
		["He's going to kill me", ['danger']],
		['Il me frappe et je veux mourir', ['suicide', 'danger']],
		// A sentence break opens the match: the "pas" of the sentence before does not deny it.
		['Je voulais vous remercier, je ne reviendrai pas. Adieu.', ['suicide']],
		// A negated stop makes what follows go on.
		["I can't stop thinking about killing myself", ['suicide']],
		["J'arrête pas de penser à me jeter sous un train.", ['suicide']],
		['Parfois je me dis que ce serait plus simple de ne plus exister.', ['suicide']],
		["Mon ex m'attend en bas de chez moi avec une barre de fer.", ['danger']],
		// Two warning signs of different kinds.
		["Je prépare tout pour partir, j'ai donné mon chat à ma sœur.", ['suicide']],
		["J'ai tout préparé pour ce soir, la lettre est écrite.", ['suicide']],
		// Structures of the third lexicon: means and a count, an ending wished for, violence now.
		['Je viens de prendre 30 cachets de Lexomil.', ['suicide']],
		["J'ai plus la force, je veux m'endormir et que ce soit fini.", ['suicide']],
		['Il est en train de défoncer la porte, aidez-moi.', ['danger']],
		["I'm going to take every pill in the cabinet tonight.", ['suicide']],
		// Cues that say nothing alone and alarm together in one first-person sentence.
		['Je tiens la lame au-dessus de mon poignet.', ['suicide']],
		["I'm holding the blade against my wrist.", ['suicide']],
		// A warning sign and a cue in the same sentence.
		['Je suis un boulet pour tout le monde, ce soir tout sera fini pour moi.', ['suicide']]
	])('flags %j as %j', (text, categories) => {
		expect(detectCrisisLanguage(text)).toEqual({ alarming: true, categories });
	});

	it.each([
		// Negations.
		'je ne veux pas mourir',
		"je n'ai jamais pensé à me tuer",
		"I don't want to die",
		"Je n'ai plus envie de mourir depuis que je suis suivie",
		// Idioms and hyperbole.
		"mon film préféré c'est 'Mourir peut attendre'",
		'je meurs de rire',
		'je suis mort de fatigue',
		'cette série me tue',
		'ce boulot me tue',
		"j'ai tué le game",
		"j'aimerais en finir avec ce dossier",
		"I'm dying to see you",
		'this job is killing me',
		'killer app',
		"Ma mère va me tuer quand elle verra l'état de la cuisine",
		'Je me suis coupé le doigt en épluchant les patates',
		'Je suis en danger de perdre mon logement',
		// Talking about suicide.
		'la prévention du suicide est importante',
		'je suis formé·e au 3114',
		"mon frère a fait une tentative l'an dernier, il va mieux",
		'Tu as envie de mourir en ce moment ?',
		"Ma psy m'a demandé si j'avais des idées suicidaires",
		"Dans le roman, l'héroïne veut se tuer",
		// Past and resolved.
		"il y a dix ans je voulais mourir, aujourd'hui ça va",
		"Avant je voulais disparaître, maintenant je veux juste qu'on m'écoute.",
		"J'ai arrêté de me scarifier, ça fait un an aujourd'hui.",
		// Se tuer à + an infinitive, a ball, a single warning sign.
		"Je vais me tuer à réviser ce week-end, l'exam est lundi.",
		"Mon fils m'a frappé avec son ballon en jouant dans le jardin.",
		"J'ai donné mes vêtements au Secours populaire, ça fait de la place.",
		"J'ai les cachets devant moi, c'est l'heure de mon traitement du soir.",
		'I used to self-harm as a teenager; I have been clean for five years.',
		// An everyday reason in the sentence, a container that holds no medicine, a joke.
		'Je ne serai plus là demain, je pars en vacances en Bretagne.',
		"J'ai avalé toute la boîte de chocolats, oups.",
		"Il a dit qu'il allait me tuer si je mangeais la dernière part, mdr.",
		// One cue alone, or cues silenced by an everyday word.
		'Je tiens la lame du couteau vers le bas.',
		"J'ai la boîte de cachets dans la main, je prends mon traitement du soir."
	])('does not flag %j', (text) => {
		expect(detectCrisisLanguage(text)).toEqual({ alarming: false, categories: [] });
	});

	it('flags a past experience that the sentence says is back now', () => {
		expect(
			detectCrisisLanguage("Il y a dix ans j'ai fait une TS et ce soir j'ai encore envie de mourir").alarming
		).toBe(true);
	});

	it('returns only a verdict and categories, never the words that matched', () => {
		const detection = detectCrisisLanguage('Bonsoir, je vais me pendre ce soir.');
		expect(Object.keys(detection).sort()).toEqual(['alarming', 'categories']);
		expect(detection.categories.every((category) => CRISIS_CATEGORIES.includes(category))).toBe(true);
	});

	it('reads a 4,000-character message to its end (a sanity run, not a timing assertion)', () => {
		const everyday =
			"Aujourd'hui j'ai marché au parc avec ma sœur, on a parlé du groupe de jeudi et du GEM. ";
		const message = everyday.repeat(60).slice(0, 3960);
		expect(message.length).toBeGreaterThan(3900);
		expect(detectCrisisLanguage(message).alarming).toBe(false);
		expect(detectCrisisLanguage(`${message} Je veux mourir.`).categories).toEqual(['suicide']);
	});
});

describe('normaliseForDetection', () => {
	it.each([
		['J’ai   PLU envie de vivre… vraiment!!', ' . j ai plu envie de vivre , vraiment . '],
		['Mourrir, MOURIIIIR', ' . mourir , mourir . '],
		['Je suis formé·e au 3114', ' . je suis forme au 3114 . '],
		["I can't, you cannot; i dont want to", ' . i ca not , you can not . i do not want to . '],
		['jveux mourir g envie', ' . je veux mourir j ai envie . '],
		['Cœur brisé 2.5 fois', ' . coeur brise 25 fois . ']
	])('turns %j into %j', (text, normalised) => {
		expect(normaliseForDetection(text)).toBe(normalised);
	});
});

describe('the labelled sentences', () => {
	const heldOut = CRISIS_SENTENCES.filter((sentence) => sentence.heldOut);

	it('hold at least 300 sentences, half alarming, mostly French, with tricky negatives and a held-out part', () => {
		const alarming = CRISIS_SENTENCES.filter((sentence) => sentence.alarming);
		const french = CRISIS_SENTENCES.filter((sentence) => sentence.language === 'fr');
		expect(CRISIS_SENTENCES.length).toBeGreaterThanOrEqual(300);
		expect(alarming.length).toBeGreaterThanOrEqual(150);
		expect(CRISIS_SENTENCES.length - alarming.length).toBeGreaterThanOrEqual(150);
		expect(french.length / CRISIS_SENTENCES.length).toBeGreaterThan(0.7);
		expect(CRISIS_SENTENCES.filter((sentence) => sentence.tricky).length).toBeGreaterThanOrEqual(60);
		expect(heldOut.length).toBeGreaterThanOrEqual(60);
		expect(heldOut.filter((sentence) => sentence.alarming).length).toBeGreaterThanOrEqual(30);
		expect(new Set(CRISIS_SENTENCES.map((sentence) => sentence.text)).size).toBe(CRISIS_SENTENCES.length);
	});

	// The development sentences are the ones the lexicon was written with; the held-out ones were written
	// before the lexicon that is measured on them was tuned, and never used to tune it. The thresholds are asserted on the development part only: asserting them on a
	// set that holds the held-out sentences would mean tuning the lexicon on those, which defeats them.
	// The whole-set and held-out figures are printed for the record (see the module's report).
	it('are detected with recall ≥ 95 % and precision ≥ 95 % on the development sentences', () => {
		const development = score(CRISIS_SENTENCES.filter((sentence) => !sentence.heldOut));
		console.log(describeScore('crisis detection, development part', development));
		console.log(describeScore('crisis detection, whole set', score(CRISIS_SENTENCES)));
		expect(development.recall).toBeGreaterThanOrEqual(0.95);
		expect(development.precision).toBeGreaterThanOrEqual(0.95);
	});

	it('report their held-out figures separately, without asserting them', () => {
		const heldOutScore = score(heldOut);
		console.log(describeScore('crisis detection, held-out (all)', heldOutScore));
		console.log(
			describeScore('crisis detection, blind held-out', score(heldOut.filter((sentence) => sentence.blind)))
		);
		expect(heldOutScore.truePositives + heldOutScore.falseNegatives).toBe(
			heldOut.filter((s) => s.alarming).length
		);
	});
});

describe('a blind set given as a TSV file (bench/crisis-detection.ts, CRISIS_BLIND_TSV)', () => {
	const write = (content: string) => {
		const file = join(mkdtempSync(join(tmpdir(), 'crisis-tsv-')), 'set.tsv');
		writeFileSync(file, content);
		return file;
	};

	it('reads a header "alarming<TAB>text", then 1 or 0, a tab and the text', () => {
		const file = write('alarming\ttext\n1\tJe vais me tuer.\n0\tJe vais au marché.\n\n');
		expect(readLabelledSentences(file)).toEqual([
			{ text: 'Je vais me tuer.', language: 'fr', alarming: true },
			{ text: 'Je vais au marché.', language: 'fr', alarming: false }
		]);
	});

	it('refuses a file without the two columns, or a label other than 0 or 1', () => {
		expect(() => readLabelledSentences(write('label\ttext\n1\tadieu\n'))).toThrow(/alarming/);
		expect(() => readLabelledSentences(write('alarming\ttext\noui\tadieu\n'))).toThrow(/row 2/);
	});
});

describe('the safety module', () => {
	it('imports nothing but its own files, so that it runs in the browser', () => {
		const directory = new URL('.', import.meta.url);
		const sources = readdirSync(directory).filter(
			(file) => file.endsWith('.ts') && !file.endsWith('.test.ts')
		);
		for (const file of sources) {
			const source = readFileSync(new URL(file, directory), 'utf8');
			const imports = [...source.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
			expect(
				imports.filter((path) => !path?.startsWith('./')),
				file
			).toEqual([]);
		}
	});
});
