/**
 * Who sees a lived experience. Audiences nest: each one includes the narrower ones, so "members of my
 * organisations" also covers my supporters, and "everyone signed in" covers everybody with an account.
 * Visitors who are not signed in never see any experience.
 */
export const VISIBILITIES = ['only_me', 'my_supporters', 'my_organisations', 'instance'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** How a viewer relates to the profile's owner; several can be true at once. */
export interface ViewerRelation {
	isSelf: boolean;
	isSignedIn: boolean;
	/** The viewer is a peer supporter in contact with the owner (pending contact request or open accompaniment). */
	isSupporterInContact: boolean;
	/** Both are active members of at least one common organisation. */
	sharesOrganisation: boolean;
}

const RANK: Record<Visibility, number> = { only_me: 0, my_supporters: 1, my_organisations: 2, instance: 3 };

/** The narrowest visibility this viewer qualifies for (null: sees nothing). */
export function narrowestAudience(relation: ViewerRelation): Visibility | null {
	if (relation.isSelf) return 'only_me';
	if (!relation.isSignedIn) return null;
	if (relation.isSupporterInContact) return 'my_supporters';
	if (relation.sharesOrganisation) return 'my_organisations';
	return 'instance';
}

/** True when an experience with this visibility may be shown to this viewer. */
export function canSeeExperience(visibility: Visibility, relation: ViewerRelation): boolean {
	const needed = narrowestAudience(relation);
	return needed !== null && RANK[visibility] >= RANK[needed];
}

/** The visibilities an audience sees: used both in SQL filters and in "voir comme…" previews. */
export function visibilitiesSeenBy(relation: ViewerRelation): Visibility[] {
	return VISIBILITIES.filter((visibility) => canSeeExperience(visibility, relation));
}

export const PREVIEW_AUDIENCES = ['my_supporters', 'my_organisations', 'instance', 'visitor'] as const;
export type PreviewAudience = (typeof PREVIEW_AUDIENCES)[number];

/** A preview relation for "see my profile as…": the typical viewer of that audience. */
export function previewRelation(audience: PreviewAudience | 'only_me'): ViewerRelation {
	const base = { isSelf: false, isSignedIn: true, isSupporterInContact: false, sharesOrganisation: false };
	switch (audience) {
		case 'visitor':
			return { ...base, isSignedIn: false };
		case 'only_me':
			return { ...base, isSelf: true };
		case 'my_supporters':
			return { ...base, isSupporterInContact: true };
		case 'my_organisations':
			return { ...base, sharesOrganisation: true };
		case 'instance':
			return base;
	}
}
