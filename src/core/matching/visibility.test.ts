import { describe, expect, it } from 'vitest';
import {
	canSeeExperience,
	previewRelation,
	VISIBILITIES,
	visibilitiesSeenBy,
	type ViewerRelation,
	type Visibility
} from './visibility';

const relation = (overrides: Partial<ViewerRelation>): ViewerRelation => ({
	isSelf: false,
	isSignedIn: true,
	isSupporterInContact: false,
	sharesOrganisation: false,
	...overrides
});

const all = (only_me: boolean, my_supporters: boolean, my_organisations: boolean, instance: boolean) => ({
	only_me,
	my_supporters,
	my_organisations,
	instance
});

// Rows: a viewer; columns: whether each visibility shows them the experience.
const TABLE: Array<[string, ViewerRelation, Record<Visibility, boolean>]> = [
	['the owner', relation({ isSelf: true }), all(true, true, true, true)],
	['a supporter in contact', relation({ isSupporterInContact: true }), all(false, true, true, true)],
	[
		'a supporter in contact from the same organisation',
		relation({ isSupporterInContact: true, sharesOrganisation: true }),
		all(false, true, true, true)
	],
	[
		'a member of a common organisation',
		relation({ sharesOrganisation: true }),
		all(false, false, true, true)
	],
	['anyone signed in', relation({}), all(false, false, false, true)],
	['a visitor', relation({ isSignedIn: false }), all(false, false, false, false)],
	[
		'a visitor who somehow has ties',
		relation({ isSignedIn: false, sharesOrganisation: true, isSupporterInContact: true }),
		all(false, false, false, false)
	]
];

describe('canSeeExperience', () => {
	for (const [name, viewer, expected] of TABLE) {
		for (const visibility of VISIBILITIES) {
			it(`${name} ${expected[visibility] ? 'sees' : 'does not see'} "${visibility}"`, () => {
				expect(canSeeExperience(visibility, viewer)).toBe(expected[visibility]);
			});
		}
	}
});

describe('previewRelation', () => {
	it('previews each audience exactly as the policy shows it', () => {
		expect(visibilitiesSeenBy(previewRelation('visitor'))).toEqual([]);
		expect(visibilitiesSeenBy(previewRelation('instance'))).toEqual(['instance']);
		expect(visibilitiesSeenBy(previewRelation('my_organisations'))).toEqual(['my_organisations', 'instance']);
		expect(visibilitiesSeenBy(previewRelation('my_supporters'))).toEqual([
			'my_supporters',
			'my_organisations',
			'instance'
		]);
		expect(visibilitiesSeenBy(previewRelation('only_me'))).toEqual([...VISIBILITIES]);
	});
});
