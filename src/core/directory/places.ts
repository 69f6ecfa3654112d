/** A French commune from the shipped places file (scripts/build-places.js states sources and licences). */
export interface Commune {
	code: string;
	name: string;
	departement: string;
	postcodes: string[];
	latitude: number;
	longitude: number;
	/** Coordinates borrowed from a commune of the same postcode or the département's chef-lieu. */
	approximate: boolean;
}

/** Where a search looks: around a postcode or commune (distance), or in a whole département. */
export type ResolvedPlace =
	| {
			kind: 'point';
			label: string;
			departement: string;
			latitude: number;
			longitude: number;
			approximate: boolean;
	  }
	| { kind: 'departement'; label: string; departement: string };

type Row = [string, string, string, string, number, number, number];
interface PlacesFile {
	communes: Row[];
	departements: [string, string][];
}

const normalise = (name: string) =>
	name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

interface PlaceIndex {
	byCode: Map<string, Commune>;
	byPostcode: Map<string, Commune[]>;
	byName: Map<string, Commune[]>;
	departementNames: Map<string, string>;
}

/** By INSEE code, by postcode, by normalised name. */
function buildIndex(places: PlacesFile): PlaceIndex {
	const index: PlaceIndex = {
		byCode: new Map(),
		byPostcode: new Map(),
		byName: new Map(),
		departementNames: new Map(places.departements)
	};
	for (const [code, name, departement, postcodes, latitude, longitude, approximate] of places.communes) {
		const commune: Commune = {
			code,
			name,
			departement,
			postcodes: postcodes ? postcodes.split(' ') : [],
			latitude,
			longitude,
			approximate: approximate === 1
		};
		index.byCode.set(code, commune);
		for (const postcode of commune.postcodes) {
			const same = index.byPostcode.get(postcode);
			if (same) same.push(commune);
			else index.byPostcode.set(postcode, [commune]);
		}
		const key = normalise(name);
		const namesakes = index.byName.get(key);
		if (namesakes) namesakes.push(commune);
		else index.byName.set(key, [commune]);
	}
	return index;
}

/** The places file's text, as JSON (`usePlacesFile`). */
export type PlacesFileReader = () => Promise<string>;

/**
 * Read from the source tree by default (tests, scripts). The built server has no source tree: its runtime
 * passes SvelteKit's `read` of the file shipped as a server asset (src/lib/server/runtime.ts).
 */
let readPlacesFile: PlacesFileReader = async () => {
	const { readFile } = await import('node:fs/promises');
	return readFile(new URL('./data/places-fr.json', import.meta.url), 'utf8');
};

/** How the places file is read (once the index is needed, and again after it was let go). */
export function usePlacesFile(reader: PlacesFileReader): void {
	readPlacesFile = reader;
	loading = undefined;
}

/** Lets the index go now (start-up looked places up; the next lookup reads the file again). */
export function forgetPlaces(): void {
	if (release) clearTimeout(release);
	release = undefined;
	loading = undefined;
}

/** An index unused this long is let go: it is rebuilt from the file (about 0.2 s) when next needed. */
export const PLACES_KEPT_MS = 10 * 60_000;

let loading: Promise<PlaceIndex> | undefined;
let release: ReturnType<typeof setTimeout> | undefined;

/**
 * The places file (about 35,000 communes: 2 MB, some 20 MB of memory once parsed and indexed) is read on
 * first use, not at start-up, and let go ten minutes after its last use: most processes look places up
 * rarely (a directory search, a listing saved, the demo's seeding at start-up), and a module import would
 * keep it, and its source text, for the life of the process (issue 10, item 27: memory).
 */
function placeIndex(): Promise<PlaceIndex> {
	if (release) clearTimeout(release);
	release = setTimeout(() => {
		loading = undefined;
		release = undefined;
	}, PLACES_KEPT_MS);
	release.unref?.();
	const current = (loading ??= readPlacesFile().then((text) => buildIndex(JSON.parse(text) as PlacesFile)));
	// A failed read is not kept: the next call tries again.
	current.catch(() => {
		if (loading === current) loading = undefined;
	});
	return current;
}

export const communeByCode = async (code: string): Promise<Commune | undefined> =>
	(await placeIndex()).byCode.get(code);
export const departementName = async (code: string): Promise<string | undefined> =>
	(await placeIndex()).departementNames.get(code);
export const allCommunes = async (): Promise<Commune[]> => [...(await placeIndex()).byCode.values()];

/**
 * Reads what a person typed in the place field: a postcode ("35000"), a département code ("35", "2A",
 * "974"), or a commune's name ("Rennes", "saint-brieuc"; the first of namesakes). Null when unknown.
 */
export async function resolvePlace(text: string): Promise<ResolvedPlace | null> {
	const query = text.trim();
	if (!query) return null;
	const { byPostcode, byName, departementNames } = await placeIndex();
	if (/^\d{5}$/.test(query)) {
		const communes = byPostcode.get(query) ?? [];
		const exact = communes.find((commune) => !commune.approximate) ?? communes[0];
		if (!exact) return null;
		return point(`${query} ${exact.name}`, exact);
	}
	const code = query.toUpperCase();
	const departement = departementNames.get(code);
	if (departement) return { kind: 'departement', label: `${departement} (${code})`, departement: code };
	const [commune] = byName.get(normalise(query)) ?? [];
	return commune ? point(`${commune.name} (${commune.departement})`, commune) : null;
}

const point = (label: string, commune: Commune): ResolvedPlace => ({
	kind: 'point',
	label,
	departement: commune.departement,
	latitude: commune.latitude,
	longitude: commune.longitude,
	approximate: commune.approximate
});

/** The commune a listing's postcode and commune name designate (the name picks among a postcode's communes). */
export async function communeFor(postcode: string, name?: string): Promise<Commune | undefined> {
	const communes = (await placeIndex()).byPostcode.get(postcode.trim()) ?? [];
	if (name) {
		const wanted = normalise(name);
		const named = communes.find((commune) => normalise(commune.name) === wanted);
		if (named) return named;
	}
	return communes[0];
}
