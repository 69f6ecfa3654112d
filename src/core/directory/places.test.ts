import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { communeFor, forgetPlaces, PLACES_KEPT_MS, resolvePlace, usePlacesFile } from './places';

const shipped = () => readFile(new URL('./data/places-fr.json', import.meta.url), 'utf8');

describe('the places file, read when needed', () => {
	afterEach(() => {
		vi.useRealTimers();
		usePlacesFile(shipped);
	});

	it('reads the file once while it is in use, lets it go after ten idle minutes, and reads it again', async () => {
		vi.useFakeTimers();
		let reads = 0;
		usePlacesFile(async () => {
			reads += 1;
			return shipped();
		});
		expect((await communeFor('35000'))?.name).toBe('Rennes');
		expect(await resolvePlace('Saint-Brieuc')).toMatchObject({ kind: 'point', departement: '22' });
		vi.advanceTimersByTime(PLACES_KEPT_MS - 1_000);
		expect(await resolvePlace('2A')).toMatchObject({ kind: 'departement', departement: '2A' });
		vi.advanceTimersByTime(PLACES_KEPT_MS - 1_000); // each use keeps it ten more minutes
		expect(reads).toBe(1);
		vi.advanceTimersByTime(2_000);
		expect((await communeFor('69001'))?.departement).toBe('69');
		expect(reads).toBe(2);
	});

	it('tries again after a failed read instead of keeping the failure', async () => {
		let reads = 0;
		usePlacesFile(async () => {
			reads += 1;
			if (reads === 1) throw new Error('disk unavailable');
			return shipped();
		});
		await expect(communeFor('35000')).rejects.toThrow('disk unavailable');
		expect((await communeFor('35000'))?.name).toBe('Rennes');
		expect(reads).toBe(2);
	});

	it('lets the index go at once when asked (after the demo was seeded at start-up)', async () => {
		let reads = 0;
		usePlacesFile(async () => {
			reads += 1;
			return shipped();
		});
		await communeFor('35000');
		forgetPlaces();
		await communeFor('35000');
		expect(reads).toBe(2);
	});
});
