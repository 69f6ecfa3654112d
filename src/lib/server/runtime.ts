import { dev } from '$app/environment';
import { read } from '$app/server';
import { openDatabase, type DatabaseHandle } from '$db/client';
import { applyMigrations } from '$db/migrate';
import { purgeExpiredSessions } from '$core/accounts';
import { syncExperienceVocabulary } from '$core/matching';
import { seedDemo } from '../../demo/seed-demo';
import { purgeExpiredMessages } from '$core/conversations';
import { purgeFullBuckets } from '$core/shared';
import { purgeExpiredRecords } from '$core/retention';
import { sendModerationAlerts, sendNotificationDigests } from '$core/notifications';
import { sendSessionReminders } from '$core/gatherings';
import { systemClock } from '$core/shared';
import { extendRecurringSchedules } from '$core/gatherings';
import { EventHub } from '$realtime/hub';
import { connectPostgresBus, type PostgresBus } from '$realtime/postgres-bus';
import { loadConfig, type Config } from './config';
import { log, setLogLevel } from './logger';
import { createSmtpMailer } from './smtp-mailer';
import { PageCache, publishFrontPages } from './page-cache';
import { forgetPlaces, usePlacesFile } from '$core/directory';
// Shipped as a server asset (build/client/_app/immutable/assets): read when a place is looked up, never
// imported as a module, which would keep its 2 MB of text and its parsed rows for the process's life.
import placesFile from '$core/directory/data/places-fr.json?url';

export interface Runtime {
	config: Config;
	database: DatabaseHandle;
	hub: EventHub;
	/** Cross-process fan-out, on PostgreSQL only (the embedded database allows one process). */
	bus: PostgresBus | null;
	/** Pages as rendered for visitors and for each signed-in session, for a moment; emptied by every domain event. */
	pageCache: PageCache;
}

const PURGE_EVERY_MS = 60_000;
const DIGEST_EVERY_MS = 5 * 60_000;
const SCHEDULES_EVERY_MS = 24 * 60 * 60_000;
const FORCED_EXIT_MS = 5_000;

let runtime: Runtime | undefined;
let starting: Promise<Runtime> | undefined;

/** The process-wide runtime, once started. */
export function getRuntime(): Runtime {
	if (!runtime) throw new Error('Entrepairs runtime used before start-up finished');
	return runtime;
}

/** Validates configuration, opens the database, applies migrations and seeds the demo if asked. Once. */
export function startRuntime(): Promise<Runtime> {
	starting ??= (async () => {
		const started = Date.now();
		usePlacesFile(() => read(placesFile).text());
		const config = loadConfig();
		setLogLevel(config.LOG_LEVEL);
		const database = await openDatabase(
			config.DATABASE_URL
				? { kind: 'postgres', url: config.DATABASE_URL }
				: { kind: 'pglite', dataDir: config.DATA_DIR }
		);
		await applyMigrations(database, config.MIGRATIONS_DIR);
		await syncExperienceVocabulary(database.db);
		await purgeExpiredSessions(database.db, new Date());
		const seeded = config.seedDemo ? await seedDemo(database.db) : false;
		// The demo's listings looked their communes up: no request needs the places now.
		if (seeded) forgetPlaces();
		const hub = new EventHub();
		const bus = config.DATABASE_URL ? await connectPostgresBus(config.DATABASE_URL, hub) : null;
		const pageCache = new PageCache({
			ttlMs: config.PUBLIC_PAGE_CACHE_MS,
			signedInTtlMs: config.SIGNED_IN_PAGE_CACHE_MS
		});
		hub.subscribe(() => pageCache.clear());
		publishFrontPages(pageCache, (answer, method, milliseconds) =>
			log('info', 'request', {
				requestId: answer.headers.find(([name]) => name === 'x-request-id')?.[1],
				method,
				route: answer.route,
				status: answer.status,
				cached: 'front',
				milliseconds: Math.round(milliseconds)
			})
		);
		runtime = { config, database, hub, bus, pageCache };
		schedulePurges(runtime);
		scheduleDigests(runtime);
		scheduleRecurringSessions(runtime);
		registerShutdown(runtime);
		log('info', 'startup.ready', {
			database: database.kind,
			location: database.location,
			demoSeeded: seeded,
			milliseconds: Date.now() - started
		});
		return runtime;
	})();
	return starting;
}

let purgeTimer: ReturnType<typeof setInterval> | undefined;

/**
 * Every minute (and once at start-up): messages past their retention are really deleted, rate-limit
 * buckets that have refilled (they hold addresses) are forgotten, and the other retention limits of the
 * privacy page are applied (help requests close, old decided reports and access lines, used recovery
 * links and expired sessions go).
 */
function schedulePurges(current: Runtime): void {
	const purge = () =>
		Promise.all([
			purgeExpiredMessages(current.database.db, new Date())
				.then((deleted) => deleted > 0 && log('info', 'messages.purged', { deleted }))
				.catch((error: unknown) => log('error', 'messages.purge-failed', { error: String(error) })),
			purgeFullBuckets(current.database.db, new Date()).catch((error: unknown) =>
				log('error', 'rate-limits.purge-failed', { error: String(error) })
			),
			purgeExpiredRecords(current.database.db, new Date())
				.then(
					(purged) =>
						Object.values(purged).some((count) => count > 0) && log('info', 'retention.purged', { ...purged })
				)
				.catch((error: unknown) => log('error', 'retention.purge-failed', { error: String(error) }))
		]);
	void purge();
	purgeTimer = setInterval(purge, PURGE_EVERY_MS);
	purgeTimer.unref();
}

let schedulesTimer: ReturnType<typeof setInterval> | undefined;

/**
 * Daily (and once at start-up): recurring session schedules get their occurrences written ahead. Several
 * processes may run it at once: its inserts are idempotent (unique session and start), so nothing doubles.
 */
function scheduleRecurringSessions(current: Runtime): void {
	const extend = () =>
		extendRecurringSchedules(current.database.db, new Date())
			.then((created) => created > 0 && log('info', 'sessions.extended', { created }))
			.catch((error: unknown) => log('error', 'sessions.extend-failed', { error: String(error) }));
	void extend();
	schedulesTimer = setInterval(() => void extend(), SCHEDULES_EVERY_MS);
	schedulesTimer.unref();
}

let digestTimer: ReturnType<typeof setInterval> | undefined;

/** Unread-message emails, moderation alerts and session reminders every 5 minutes, only when the instance has a mail transport configured. */
function scheduleDigests(current: Runtime): void {
	const mail = current.config.mail;
	if (!mail) return;
	const mailer = createSmtpMailer(mail);
	let running = false;
	const send = async () => {
		if (running) return; // a slow mail server must not make runs overlap
		running = true;
		try {
			const ctx = { db: current.database.db, actor: null, clock: systemClock, events: current.hub };
			const { sent, failed } = await sendNotificationDigests(ctx, { mailer, siteUrl: mail.siteUrl });
			if (sent > 0 || failed > 0) log(failed > 0 ? 'warn' : 'info', 'digests.sent', { sent, failed });
			const alerts = await sendModerationAlerts(ctx, { mailer, siteUrl: mail.siteUrl });
			if (alerts.sent > 0 || alerts.failed > 0)
				log(alerts.failed > 0 ? 'warn' : 'info', 'moderation-alerts.sent', alerts);
			// The day-before session reminders: each registration claimed once across processes.
			const reminders = await sendSessionReminders(ctx, { mailer, siteUrl: mail.siteUrl });
			if (reminders.sent > 0 || reminders.failed > 0)
				log(reminders.failed > 0 ? 'warn' : 'info', 'session-reminders.sent', reminders);
		} catch (error) {
			log('error', 'digests.failed', { error: String(error) });
		} finally {
			running = false;
		}
	};
	digestTimer = setInterval(() => void send(), DIGEST_EVERY_MS);
	digestTimer.unref();
}

function registerShutdown(current: Runtime): void {
	let closing = false;
	const close = async (reason: string) => {
		if (closing) return;
		closing = true;
		log('info', 'shutdown', { reason });
		// The HTTP server has stopped; whatever might still hold the event loop (a database socket that
		// does not close, seen once after a load test) must not keep a stopped process alive.
		setTimeout(() => {
			log('warn', 'shutdown.forced', { afterMilliseconds: FORCED_EXIT_MS });
			process.exit(0);
		}, FORCED_EXIT_MS).unref();
		clearInterval(purgeTimer);
		clearInterval(digestTimer);
		clearInterval(schedulesTimer);
		await current.bus?.close().catch(() => {});
		await current.database
			.close()
			.catch((error: unknown) => log('error', 'shutdown.failed', { error: String(error) }));
	};
	// adapter-node emits this after it stopped accepting connections on SIGTERM/SIGINT.
	process.once('sveltekit:shutdown' as 'exit', (reason: unknown) => void close(String(reason)));
	// In `vite dev` there is no adapter: close on the signals ourselves.
	if (dev) {
		for (const signal of ['SIGINT', 'SIGTERM'] as const) {
			process.once(signal, () => void close(signal).finally(() => process.exit(0)));
		}
	}
}
