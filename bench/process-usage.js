// CPU and memory of processes by pid, sampled from /proc every second (Linux): what a bench reports as
// "CPU and memory of the server". CPU is in % of one core (200 % = both cores of a 2-core machine).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on

function cpuSeconds(pid) {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND; // utime + stime
	} catch {
		return null; // gone (killed, restarted)
	}
}

function residentMegabytes(pid) {
	try {
		const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : 0;
	} catch {
		return 0;
	}
}

function machineTicks() {
	const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
	const numbers = values.map(Number);
	return { total: numbers.reduce((sum, value) => sum + value, 0), idle: numbers[3] + numbers[4] };
}

/**
 * Samples groups of processes every second: `groups` maps a label to a function returning the current
 * pids (pids may change, e.g. after a restart). `stop()` returns per group the average and peak CPU and
 * the peak resident memory, plus the machine's busy share and load averages.
 */
export function sampleProcesses(groups) {
	const previous = new Map();
	const figures = Object.fromEntries(
		Object.keys(groups).map((label) => [label, { cpu: [], peakMegabytes: 0, lastMegabytes: 0 }])
	);
	const machineStart = machineTicks();
	const loadBefore = loadavg();
	let last = performance.now();
	const sample = async () => {
		const now = performance.now();
		const elapsed = (now - last) / 1000;
		last = now;
		for (const [label, pidsOf] of Object.entries(groups)) {
			let cpu = 0;
			let megabytes = 0;
			for (const pid of await pidsOf()) {
				const seconds = cpuSeconds(pid);
				if (seconds === null) continue;
				if (previous.has(pid)) cpu += seconds - previous.get(pid);
				previous.set(pid, seconds);
				megabytes += residentMegabytes(pid);
			}
			const group = figures[label];
			group.cpu.push((cpu / elapsed) * 100);
			group.peakMegabytes = Math.max(group.peakMegabytes, megabytes);
			group.lastMegabytes = megabytes;
		}
	};
	void sample();
	const timer = setInterval(() => void sample(), 1000);
	return {
		stop() {
			clearInterval(timer);
			const machineEnd = machineTicks();
			const busy =
				1 - (machineEnd.idle - machineStart.idle) / Math.max(1, machineEnd.total - machineStart.total);
			const summary = {};
			for (const [label, group] of Object.entries(figures)) {
				const samples = group.cpu.slice(1); // the first one only primed the counters
				summary[label] = {
					averageCpu: samples.reduce((sum, value) => sum + value, 0) / Math.max(1, samples.length),
					peakCpu: Math.max(0, ...samples),
					peakMegabytes: group.peakMegabytes,
					lastMegabytes: group.lastMegabytes
				};
			}
			return { groups: summary, machineBusy: busy * 100, loadBefore, loadAfter: loadavg() };
		}
	};
}
