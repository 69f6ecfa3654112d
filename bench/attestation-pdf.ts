/**
 * Attestation PDF for a year of activity: an organisation, a supporter with 300 entries over 2026 (all six
 * kinds), then `issueAttestation` (fills the log from the platform, totals, code, notification) and
 * `attestationPdf`, each timed over 20 runs on PGlite in memory (and on PostgreSQL when
 * BENCH_DATABASE_URL is set). Prints p50/p99 and the PDF's size. Run: npx tsx bench/attestation-pdf.ts
 */
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDatabase, type DatabaseOptions } from '../src/db/client';
import { applyMigrations } from '../src/db/migrate';
import { accounts, activityEntries, memberships } from '../src/db/schema';
import { signUp } from '../src/core/accounts';
import { createOrganisation } from '../src/core/organisations';
import { ACTIVITY_KINDS, attestationPdf, issueAttestation } from '../src/core/recognition';
import { RecordingEventSink, systemClock, type Actor, type Ctx } from '../src/core/shared';

const RUNS = 20;
const ENTRIES = 300;

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function bench(label: string, options: DatabaseOptions) {
	const handle = await openDatabase(options);
	await applyMigrations(handle, 'migrations');
	const db = handle.db;
	const ctx = (actor: Actor | null): Ctx => ({
		db,
		actor,
		clock: systemClock,
		events: new RecordingEventSink()
	});
	const suffix = Math.random().toString(36).slice(2, 8).replace(/\d/g, 'x');
	const person = async (name: string) => {
		const { accountId } = await signUp(ctx(null), {
			pseudonym: `${name}${suffix}`,
			password: 'correct horse battery',
			consent: true
		});
		return { accountId, pseudonym: `${name}${suffix}`, isInstanceAdmin: false };
	};
	const admin = await person('Admin');
	await db.update(accounts).set({ isInstanceAdmin: true }).where(eq(accounts.id, admin.accountId));
	const organisation = await createOrganisation(ctx({ ...admin, isInstanceAdmin: true }), {
		name: `GEM Banc d’essai ${suffix}`,
		kind: 'gem',
		joinPolicy: 'request',
		charter: 'Ici, chacun parle en son nom et à partir de son expérience.'
	});
	const supporter = await person('Sacha');
	await db.insert(memberships).values({
		organisationId: organisation.id,
		accountId: supporter.accountId,
		role: 'peer_supporter',
		status: 'active',
		charterVersionAccepted: 1,
		charterAcceptedAt: new Date()
	});
	const coordinator = { ...admin, isInstanceAdmin: false };
	await db
		.insert(memberships)
		.values({
			organisationId: organisation.id,
			accountId: coordinator.accountId,
			role: 'coordinator',
			status: 'active',
			charterVersionAccepted: 1,
			charterAcceptedAt: new Date()
		})
		.onConflictDoNothing();
	await db.insert(activityEntries).values(
		Array.from({ length: ENTRIES }, (_, index) => ({
			accountId: supporter.accountId,
			organisationId: organisation.id,
			kind: ACTIVITY_KINDS[index % ACTIVITY_KINDS.length]!,
			occurredOn: new Date(Date.UTC(2026, 0, 1) + Math.floor((index * 365) / ENTRIES) * 86_400_000)
				.toISOString()
				.slice(0, 10),
			durationMinutes: 30 + (index % 5) * 30
		}))
	);
	const issueTimes: number[] = [];
	const pdfTimes: number[] = [];
	let size = 0;
	for (let run = 0; run < RUNS; run += 1) {
		let started = performance.now();
		const attestation = await issueAttestation(ctx(coordinator), {
			slug: organisation.slug,
			accountId: supporter.accountId,
			periodStart: '2026-01-01',
			periodEnd: '2026-12-31'
		});
		issueTimes.push(performance.now() - started);
		started = performance.now();
		const pdf = await attestationPdf(attestation as never, {
			locale: 'fr',
			verifyUrl: 'https://entrepairs.example/attestations/verifier'
		});
		pdfTimes.push(performance.now() - started);
		size = pdf.byteLength;
	}
	const ms = (value: number) => `${value.toFixed(1)} ms`;
	console.log(
		`${label}: ${ENTRIES} entries, ${RUNS} runs — issue (import + totals + insert + notify) p50 ${ms(percentile(issueTimes, 50))}, p99 ${ms(percentile(issueTimes, 99))}; PDF p50 ${ms(percentile(pdfTimes, 50))}, p99 ${ms(percentile(pdfTimes, 99))}; PDF size ${size} bytes (${(size / 1024).toFixed(1)} KiB)`
	);
	await handle.close();
}

await bench('PGlite (memory)', { kind: 'pglite-memory' });
if (process.env.BENCH_DATABASE_URL)
	await bench('PostgreSQL', { kind: 'postgres', url: process.env.BENCH_DATABASE_URL });
