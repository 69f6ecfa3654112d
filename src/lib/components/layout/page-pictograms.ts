// The pictogram beside a page's title in easy-read mode (src/lib/styles/reading.css draws them), by route.
// The longest matching route prefix wins; pages not listed show none.
const PICTOGRAMS: Array<[prefix: string, pictogram: string]> = [
	['/(public)/urgence', 'alert'],
	['/(public)/inscription', 'join'],
	['/(public)/connexion', 'key'],
	['/(public)/invitation', 'organisation'],
	['/(public)/organisations', 'organisation'],
	['/(member)/organisations/[slug]/groupes', 'group'],
	['/(member)/groupes', 'group'],
	['/(public)/seances', 'calendar'],
	['/(member)/seances', 'calendar'],
	['/(member)/compte/agenda', 'calendar'],
	['/(member)/profil', 'person'],
	['/(member)/trouver-un-pair', 'peers'],
	['/(member)/conversations', 'talk'],
	['/(member)/accompagnements', 'talk'],
	['/(member)/compte', 'folder'],
	['/(public)/preferences', 'settings']
];

/** The pictogram name for a route id, or undefined; the home page ('/(public)') gets the house. */
export function pictogramFor(routeId: string | null): string | undefined {
	if (routeId === '/(public)') return 'home';
	let best: [string, string] | undefined;
	for (const entry of PICTOGRAMS) {
		if (routeId?.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
	}
	return best?.[1];
}
