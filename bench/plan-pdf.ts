// `npx tsx bench/plan-pdf.ts`: prints the printed plan's figures (nothing is asserted): for an ordinary plan
// (every section a few sentences, three people to call) and a full one (every section at its 2,000-character
// limit, six people), A4 and wallet card: bytes, pages, and the mean generation time after a warm-up.
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { PLAN_TEXT_SECTIONS, type PlanContent } from '../src/core/plans/plan-content';
import { renderPlanPdf } from '../src/core/plans/plan-pdf';

const RUNS = 50;
const sentence = 'Je ne dors plus, je n’ouvre plus mon courrier et je ne réponds plus au téléphone. ';
const plan = (repeat: number, contacts: number): PlanContent => ({
	...(Object.fromEntries(
		PLAN_TEXT_SECTIONS.map((section) => [section, sentence.repeat(repeat).slice(0, 2000).trim()])
	) as Record<(typeof PLAN_TEXT_SECTIONS)[number], string>),
	contacts: Array.from({ length: contacts }, (_, index) => ({
		name: `Personne ${index + 1}`,
		phone: '06 12 34 56 78'
	}))
});
const PLANS = { ordinary: plan(2, 3), full: plan(30, 6) };

for (const [name, content] of Object.entries(PLANS)) {
	for (const format of ['a4', 'card'] as const) {
		const options = { locale: 'fr' as const, format, savedAt: new Date('2026-12-01T10:00:00Z'), version: 3 };
		for (let warm = 0; warm < 5; warm++) await renderPlanPdf(content, options);
		const started = performance.now();
		let bytes = new Uint8Array();
		for (let run = 0; run < RUNS; run++) bytes = await renderPlanPdf(content, options);
		const mean = (performance.now() - started) / RUNS;
		const pages = (await PDFDocument.load(bytes)).getPageCount();
		console.log(
			`${name.padEnd(8)} ${format.padEnd(4)} ${String(bytes.byteLength).padStart(6)} bytes  ${pages} page(s)  ${mean.toFixed(2)} ms`
		);
	}
}
