/** Closed vocabularies of peer services, vouchers, bookings and job offers (pure constants). */
export const SERVICE_KINDS = [
	'listening',
	'coaching',
	'group_facilitation',
	'testimony',
	'professional_training',
	'consulting'
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const SERVICE_FORMATS = ['in_person', 'online', 'phone'] as const;
export type ServiceFormat = (typeof SERVICE_FORMATS)[number];

/** Free, paid by the person (amount recorded), or funded by an organisation through vouchers. */
export const PRICE_KINDS = ['free', 'paid', 'funded'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];

export const ACCESSIBILITY_FEATURES = ['wheelchair', 'hearing', 'visual', 'easy_read'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** Languages a service is given in: French Sign Language (lsf) beside spoken ones. */
export const SERVICE_LANGUAGES = ['fr', 'en', 'lsf', 'ar', 'es', 'pt', 'de', 'it', 'tr', 'ro'] as const;
export type ServiceLanguage = (typeof SERVICE_LANGUAGES)[number];

/** 'withdrawn': still waiting when its service was withdrawn (a voucher used for it is the holder's again). */
export const BOOKING_STATUSES = ['requested', 'accepted', 'declined', 'withdrawn'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const CONTRACTS = ['volunteer', 'employment', 'freelance'] as const;
export type Contract = (typeof CONTRACTS)[number];

export const PAY_PERIODS = ['hour', 'month', 'year'] as const;

/** A job offer is published, then maybe withdrawn by its organisation (not undone). */
export const JOB_OFFER_STATUSES = ['published', 'withdrawn'] as const;

export const ANSWER_STATUSES = ['received', 'in_discussion', 'declined', 'accepted'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
