// The crisis and off-platform detectors weigh about 140 KB of word lists: a page loads them only once
// the person starts typing (the first non-empty text asks for them), not with the page. Same functions
// and results as $core/safety's; until the detectors have arrived they find nothing, and then every
// $derived that called them runs again (the module is $state). The server checks every message again
// when it is sent, so nothing depends on this arriving in time.
import { browser } from '$app/environment';
import type { CrisisDetection, SafetyNotice } from '$core/safety';

type Detectors = typeof import('./detectors');

let detectors = $state.raw<Detectors | null>(null);
let loading: Promise<Detectors> | null = null;

/** Starts loading the detectors (once); resolves when they are there. */
export function loadCrisisDetector(): Promise<Detectors> {
	loading ??= import('./detectors').then((module) => (detectors = module));
	return loading;
}

function ready(text: string): Detectors | null {
	if (detectors) return detectors;
	if (browser && text.trim() !== '') void loadCrisisDetector();
	return null;
}

const NOTHING_YET: CrisisDetection = { alarming: false, categories: [] };

/** As $core/safety's detectCrisisLanguage, once loaded; nothing found before (loading starts on text). */
export function detectCrisisLanguage(text: string): CrisisDetection {
	return ready(text)?.detectCrisisLanguage(text) ?? NOTHING_YET;
}

/** As $core/conversations' safetyNoticeFor (the reminder of a one-to-one conversation), loaded lazily. */
export function safetyNoticeFor(kind: string, body: string): SafetyNotice | null {
	return ready(body)?.safetyNoticeFor(kind, body) ?? null;
}
