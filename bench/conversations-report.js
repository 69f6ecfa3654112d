// Printing of bench/conversations.js: one block of figures per phase.
import { format, percentile } from './support.js';

const loadAverages = (values) => values.map((value) => format(value, 2)).join(' ');

function latencyLine(label, samples, goal) {
	const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
	const p99 = percentile(sorted, 0.99);
	const verdict = goal ? ` (goal p99 < ${goal} ms: ${p99 < goal ? 'met' : 'MISSED'})` : '';
	return (
		`  ${label}: p50 ${format(percentile(sorted, 0.5))} ms, p99 ${format(p99)} ms, ` +
		`max ${format(sorted.at(-1) ?? NaN)} ms over ${sorted.length}${verdict}`
	);
}

/** p50/p99 of send -> delivery per 10-second window of the measured part, to see when a tail happens. */
function printTimeline(samples, startedAt) {
	const windows = new Map();
	for (const sample of samples) {
		const window = Math.floor((sample.at - startedAt) / 10_000);
		windows.set(window, [...(windows.get(window) ?? []), sample.ms]);
	}
	for (const [window, values] of [...windows].sort(([a], [b]) => a - b)) {
		const sorted = values.sort((a, b) => a - b);
		console.log(
			`    ${window * 10}-${window * 10 + 10} s: delivery p50 ${format(percentile(sorted, 0.5))} ms, ` +
				`p99 ${format(percentile(sorted, 0.99))} ms (${sorted.length})`
		);
	}
}

/**
 * Latencies count the messages sent in the measured window (after the warm-up); the database check
 * covers every message of the phase, warm-up included.
 */
export function printPhase(phase) {
	const { name, settings, connect, check, ledger, usage, measured, generator } = phase;
	const inWindow = (samples) => samples.filter((sample) => sample.startedAt >= measured.startedAt);
	const errors = [...ledger.sendErrors].map(([reason, count]) => `${reason} × ${count}`).join(', ') || 'none';
	console.log(
		`\n${name}: ${phase.servers} app process(es), ${settings.clients} clients, ${settings.conversations} conversations, ` +
			`1 message / ${settings.intervalMs / 1000} s / client, ${settings.warmupSeconds} s warm-up + ` +
			`${measured.seconds} s measured; load average ${loadAverages(usage.loadBefore)} -> ${loadAverages(usage.loadAfter)}`
	);
	console.log(`  streams: ${connect.connected}/${settings.clients} connected in ${format(connect.ms, 0)} ms`);
	console.log(
		`  messages: ${check.sent} sent, ${check.acknowledged} acknowledged, ${check.stored} stored; ` +
			`${ledger.retriedSends} retries (${ledger.deduplicatedRetries} answered as already stored); send errors: ${errors}`
	);
	console.log(latencyLine('send -> acknowledgement', inWindow(ledger.acknowledgements)));
	console.log(
		latencyLine('send -> delivery to the other participant', inWindow(ledger.deliveriesToOthers), phase.goal)
	);
	console.log(
		`  deliveries: ${format(measured.deliveries / measured.seconds)} per second (both participants' streams)`
	);
	console.log(
		`  checked against the database: ${check.lost} lost, ${check.duplicated} duplicated, ${check.outOfOrder} out of order, ` +
			`${check.acknowledgedNotStored} acknowledged but not stored, ${check.unacknowledged} never acknowledged`
	);
	const { app, postgres } = usage.groups;
	console.log(
		`  app CPU: average ${format(app.averageCpu, 0)} %, peak ${format(app.peakCpu, 0)} % (100 % = one core); ` +
			`app memory (RSS): peak ${format(app.peakMegabytes, 0)} MB, end ${format(app.lastMegabytes, 0)} MB`
	);
	console.log(
		`  PostgreSQL backends of the bench database: CPU average ${format(postgres.averageCpu, 0)} %, ` +
			`peak ${format(postgres.peakCpu, 0)} %; load generator (this process) CPU ${format(generator.cpu, 0)} %, ` +
			`event-loop delay p99 ${format(generator.delay.percentile(99) / 1e6)} ms, max ${format(generator.delay.max / 1e6)} ms; ` +
			`whole machine busy ${format(usage.machineBusy, 0)} %`
	);
	if (process.env.BENCH_TIMELINE === '1')
		printTimeline(inWindow(ledger.deliveriesToOthers), measured.startedAt);
	if (phase.crash) printCrash(phase.crash);
}

function printCrash(crash) {
	console.log(
		`  crash: SIGKILL with ${crash.countBeforeKill} messages acknowledged; restarted and healthy in ` +
			`${format(crash.restartMs, 0)} ms; every client ${crash.caughtUp ? '' : 'NOT '}caught up on what was ` +
			`acknowledged before the kill ${format(crash.catchUpFromRestartMs, 0)} ms after the restart ` +
			`(${format(crash.catchUpFromKillMs, 0)} ms after the kill; the streams' retry delay is 2 s)`
	);
	console.log(
		'  (latencies of this phase include the downtime, for the messages sent while the server was down)'
	);
}
