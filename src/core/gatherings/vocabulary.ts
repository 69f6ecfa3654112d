// Closed lists of the gatherings module (groups, sessions, registrations). Pure constants: Svelte
// components import this file directly, so the browser bundle does not pull the server-side module.

export const GROUP_KINDS = [
	'talk',
	'mutual_aid',
	'activity',
	'permanence',
	'intervision',
	'relatives'
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/**
 * Who may be in the room. 'members': any active member of the organisation. 'peers': people who share the
 * lived experience (organisation role member or peer supporter), never professionals or relatives, except a
 * companion a facilitator admits. 'relatives': relatives only (role relative). 'supporters': the
 * organisation's peer supporters (intervision).
 */
export const GROUP_AUDIENCES = ['members', 'peers', 'relatives', 'supporters'] as const;
export type GroupAudience = (typeof GROUP_AUDIENCES)[number];

export const GROUP_JOIN_POLICIES = ['open', 'request', 'invitation'] as const;
export type GroupJoinPolicy = (typeof GROUP_JOIN_POLICIES)[number];

export const GROUP_ROLES = ['facilitator', 'member', 'companion'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const GROUP_MEMBER_STATUSES = ['invited', 'pending', 'active'] as const;
export type GroupMemberStatus = (typeof GROUP_MEMBER_STATUSES)[number];

export const SESSION_MODES = ['in_person', 'online', 'phone'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const ACCESSIBILITY_FEATURES = ['step_free', 'hearing_loop', 'sign_language', 'easy_read'] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

export const OCCURRENCE_STATUSES = ['scheduled', 'cancelled'] as const;
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** The structured format of an intervision session, in order. */
export const INTERVISION_PARTS = ['situation', 'questions', 'reflections', 'synthesis'] as const;
export type IntervisionPart = (typeof INTERVISION_PARTS)[number];

/** How far ahead a recurring schedule's occurrences are materialised (extended by the daily job). */
export const MATERIALISE_DAYS_AHEAD = 120;
