// `npx tsx bench/crisis-detection.ts`: prints the crisis detector's figures (nothing is asserted).
//  - precision and recall on each group of labelled sentences (development, held-out) and on the whole set;
//  - the mean time to read a 4,000-character message, everyday text and alarming text alike, after a warm-up.
// Optional: CRISIS_BENCH_MISSES=1 also lists the development sentences the detector gets wrong.
import { performance } from 'node:perf_hooks';
import { detectCrisisLanguage } from '../src/core/safety';
import { CRISIS_SENTENCES, type LabelledSentence } from '../tests/fixtures/crisis-sentences';

const RUNS = 2000;

function describe(name: string, sentences: readonly LabelledSentence[]): void {
	let truePositives = 0;
	let falsePositives = 0;
	let falseNegatives = 0;
	for (const sentence of sentences) {
		const { alarming } = detectCrisisLanguage(sentence.text);
		if (alarming && sentence.alarming) truePositives++;
		else if (alarming) falsePositives++;
		else if (sentence.alarming) falseNegatives++;
	}
	const precision = (100 * truePositives) / (truePositives + falsePositives);
	const recall = (100 * truePositives) / (truePositives + falseNegatives);
	console.log(
		`${name} (${sentences.length}): precision ${precision.toFixed(1)} %, recall ${recall.toFixed(1)} %` +
			` (false positives ${falsePositives}, false negatives ${falseNegatives})`
	);
}

function meanMilliseconds(text: string): number {
	for (let run = 0; run < 50; run++) detectCrisisLanguage(text);
	const start = performance.now();
	for (let run = 0; run < RUNS; run++) detectCrisisLanguage(text);
	return (performance.now() - start) / RUNS;
}

const development = CRISIS_SENTENCES.filter((sentence) => !sentence.heldOut);
describe('development', development);
describe(
	'held-out',
	CRISIS_SENTENCES.filter((sentence) => sentence.heldOut)
);
describe('whole set', CRISIS_SENTENCES);

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
