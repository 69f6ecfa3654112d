/** Ways of talking a supporter offers and a requester may ask for. */
export const FORMATS = ['chat', 'phone', 'video', 'in_person'] as const;
export type Format = (typeof FORMATS)[number];

/** Languages offered; LSF is French Sign Language. */
export const LANGUAGES = ['fr', 'lsf', 'en', 'es', 'ar', 'pt', 'de', 'it'] as const;
export type Language = (typeof LANGUAGES)[number];

export const GENDERS = ['woman', 'man', 'non_binary'] as const;
export type Gender = (typeof GENDERS)[number];

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Catalogue keys of the kind messages a supporter may send when declining (never a free-text reason). */
export const DECLINE_MESSAGES = ['decline.noTime', 'decline.notTheRightPerson', 'decline.takeCare'] as const;

/** A requester may have this many contact requests waiting at once. */
export const MAX_PENDING_CONTACT_REQUESTS = 3;

/** A supporter's introduction: a few sentences read before asking for contact, on a phone. */
export const MAX_INTRODUCTION = 500;
/** Weekly slots kept at most: the weekly form's 21 day parts, and a few of one's own written before. */
export const MAX_SLOTS = 28;
