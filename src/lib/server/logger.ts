type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
let threshold: Level = 'info';

export function setLogLevel(level: Level): void {
	threshold = level;
}

/**
 * Structured JSON logs, one line each. Callers pass ids and technical facts only: never message bodies,
 * passwords, tokens, emails or experience details.
 */
export function log(level: Level, event: string, fields: Record<string, unknown> = {}): void {
	if (ORDER[level] < ORDER[threshold] || process.env.ENTREPAIRS_SILENT_LOGS === '1') return;
	const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
	if (level === 'error' || level === 'warn') process.stderr.write(line + '\n');
	else process.stdout.write(line + '\n');
}
