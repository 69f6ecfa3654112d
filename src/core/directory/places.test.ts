import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { communeFor, forgetPlaces, PLACES_KEPT_MS, resolvePlace, usePlacesFile } from './places';

const shipped = () => readFile(new URL('./data/places-fr.json', import.meta.url), 'utf8');

/** Reads the shipped file through usePlacesFile, counting the reads (`failFirst`: the first one fails). */
function countedReads(failFirst = false): { count: () => number } {
	let reads = 0;
	usePlacesFile(async () => {
		reads += 1;
		if (failFirst && reads === 1) throw new Error('disk unavailable');
		return shipped();
	});
	return { count: () => reads };
}

describe('the places file, read when needed', () => {
	afterEach(() => {
		vi.useRealTimers();
		usePlacesFile(shipped);
	});

	it('reads the file once while it is in use, lets it go after ten idle minutes, and reads it again', async () => {
		vi.useFakeTimers();
		const reads = countedReads();
		expect((await communeFor('35000'))?.name).toBe('Rennes');
		expect(await resolvePlace('Saint-Brieuc')).toMatchObject({ kind: 'point', departement: '22' });
		vi.advanceTimersByTime(PLACES_KEPT_MS - 1_000);
		expect(await resolvePlace('2A')).toMatchObject({ kind: 'departement', departement: '2A' });
		vi.advanceTimersByTime(PLACES_KEPT_MS - 1_000); // each use keeps it ten more minutes
		expect(reads.count()).toBe(1);
		vi.advanceTimersByTime(2_000);
		expect((await communeFor('69001'))?.departement).toBe('69');
		expect(reads.count()).toBe(2);
	});

	it('tries again after a failed read instead of keeping the failure', async () => {
		const reads = countedReads(true);
		await expect(communeFor('35000')).rejects.toThrow('disk unavailable');
		expect((await communeFor('35000'))?.name).toBe('Rennes');
		expect(reads.count()).toBe(2);
	});

	it('lets the index go at once when asked (after the demo was seeded at start-up)', async () => {
		const reads = countedReads();
		await communeFor('35000');
		forgetPlaces();
		await communeFor('35000');
		expect(reads.count()).toBe(2);
	});
});
