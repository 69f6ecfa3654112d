import { ACTIVITY_KINDS, type ActivityKind } from './vocabulary';

export interface KindTotal {
	kind: ActivityKind;
	count: number;
	/** Known minutes only: entries with no duration count as one activity and no time. */
	minutes: number;
}

/** Totals by kind, in vocabulary order, kinds with nothing left out. Pure. */
export function totalsByKind(
	entries: ReadonlyArray<{ kind: string; durationMinutes: number | null }>
): KindTotal[] {
	const byKind = new Map<string, KindTotal>();
	for (const entry of entries) {
		const total = byKind.get(entry.kind) ?? { kind: entry.kind as ActivityKind, count: 0, minutes: 0 };
		total.count += 1;
		total.minutes += entry.durationMinutes ?? 0;
		byKind.set(entry.kind, total);
	}
	return ACTIVITY_KINDS.flatMap((kind) => byKind.get(kind) ?? []);
}

/** Hours and minutes, e.g. "12 h 30" or "45 min" (the same in French and English documents). */
export function formatMinutes(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return `${rest} min`;
	return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}
