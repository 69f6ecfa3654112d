// `npx tsx bench/crisis-detection.ts`: prints the crisis detector's figures (nothing is asserted).
//  - precision and recall on each group of labelled sentences (tests/fixtures/crisis-sentences-*.tsv):
//    development, held-out, the blind set of 2026-11-26, and the whole set;
//  - for each frame (crisis-frame-grammar.ts) and group: the alarming sentences it fills, and its false alarms;
//  - the mean time to read a 4,000-character message, everyday text and alarming text alike, after a warm-up.
// Options:
//  - CRISIS_BENCH_MISSES=1 also lists the development sentences the detector gets wrong;
//  - CRISIS_BLIND_TSV=/path/file.tsv measures one more file (header `alarming<TAB>text`, then `1` or `0`, a
//    tab, the text) and lists its misses and false alarms. Run it once on a blind set, after the last tuning.
import { performance } from 'node:perf_hooks';
import { detectCrisisLanguage } from '../src/core/safety';
import { CRISIS_FRAMES } from '../src/core/safety/crisis-frame-grammar';
import { detectCrisisFrames } from '../src/core/safety/crisis-frames';
import {
	BLIND_2026_12_05,
	CRISIS_SENTENCES,
	readLabelledSentences,
	type LabelledSentence
} from '../tests/fixtures/crisis-sentences';

const RUNS = 2000;
const percent = (part: number, whole: number) =>
	whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;

function describe(name: string, sentences: readonly LabelledSentence[], listErrors = false): void {
	let truePositives = 0;
	let falsePositives = 0;
	let falseNegatives = 0;
	const errors: string[] = [];
	for (const sentence of sentences) {
		const { alarming } = detectCrisisLanguage(sentence.text);
		if (alarming && sentence.alarming) truePositives++;
		else if (alarming) falsePositives++;
		else if (sentence.alarming) falseNegatives++;
		if (alarming !== sentence.alarming) {
			errors.push(`  ${sentence.alarming ? 'MISSED' : 'FALSE ALARM'}: ${sentence.text}`);
		}
	}
	console.log(
		`${name} (${sentences.length}): precision ${percent(truePositives, truePositives + falsePositives)},` +
			` recall ${percent(truePositives, truePositives + falseNegatives)}` +
			` (false positives ${falsePositives}, false negatives ${falseNegatives})`
	);
	if (listErrors) for (const error of errors) console.log(error);
}

// What each frame fills: the alarming sentences it reads (whether or not the lexicon also flags them) and
// the sentences it wrongly flags, one line a group.
function describeFrames(name: string, sentences: readonly LabelledSentence[]): void {
	const alarming = sentences.filter((sentence) => sentence.alarming).length;
	const figures = CRISIS_FRAMES.map((frame) => {
		let caught = 0;
		let falseAlarms = 0;
		for (const sentence of sentences) {
			if (!detectCrisisFrames(sentence.text).includes(frame)) continue;
			if (sentence.alarming) caught++;
			else falseAlarms++;
		}
		return `${frame} ${caught}/${alarming} (false ${falseAlarms})`;
	});
	console.log(`  frames, ${name}: ${figures.join(', ')}`);
}

function meanMilliseconds(text: string): number {
	for (let run = 0; run < 50; run++) detectCrisisLanguage(text);
	const start = performance.now();
	for (let run = 0; run < RUNS; run++) detectCrisisLanguage(text);
	return (performance.now() - start) / RUNS;
}

const development = CRISIS_SENTENCES.filter((sentence) => !sentence.heldOut);
const heldOut = CRISIS_SENTENCES.filter((sentence) => sentence.heldOut && !sentence.blind);
const blind = CRISIS_SENTENCES.filter((sentence) => sentence.blind);
describe('development', development);
describe('held-out', heldOut);
describe('blind 2026-11-26', blind);
describe('whole set', CRISIS_SENTENCES);
describe('blind 2026-12-05, measured once (not in the whole set)', BLIND_2026_12_05);
describeFrames('development', development);
describeFrames('held-out', heldOut);
describeFrames('blind 2026-11-26', blind);

const everyday = "Aujourd'hui j'ai marché au parc avec ma sœur, on a parlé du groupe de jeudi et du GEM. ";
const everydayMessage = everyday.repeat(60).slice(0, 4000);
const mixedMessage = CRISIS_SENTENCES.map((sentence) => sentence.text)
	.join(' ')
	.slice(0, 4000);
console.log(`4,000 characters of everyday text: ${meanMilliseconds(everydayMessage).toFixed(3)} ms`);
console.log(`4,000 characters of labelled sentences: ${meanMilliseconds(mixedMessage).toFixed(3)} ms`);

if (process.env.CRISIS_BENCH_MISSES) {
	for (const sentence of development) {
		if (detectCrisisLanguage(sentence.text).alarming !== sentence.alarming) {
			console.log(`${sentence.alarming ? 'MISSED' : 'FALSE ALARM'}: ${sentence.text}`);
		}
	}
}

const extraFile = process.env.CRISIS_BLIND_TSV;
if (extraFile) {
	const extra = readLabelledSentences(extraFile);
	describe(`extra file ${extraFile}`, extra, true);
	describeFrames('extra file', extra);
}
