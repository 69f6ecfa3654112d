/** Peer roles in the vocabulary the HAS uses: one list with the credentials' (recognition module). */
export { PEER_ROLES, type PeerRole } from '../recognition/vocabulary';

/** Under which status the supporter carries the mission. */
export const EMPLOYMENT_STATUSES = ['volunteer', 'employee', 'independent'] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];

/** What completes a step of a path. */
export const STEP_COMPLETIONS = ['attendance', 'signature', 'sign_off'] as const;
export type StepCompletion = (typeof STEP_COMPLETIONS)[number];

export const SIGNATURE_SIDES = ['supporter', 'organisation'] as const;
export type SignatureSide = (typeof SIGNATURE_SIDES)[number];

export const STEP_DOWN_KINDS = ['pause', 'final'] as const;
export type StepDownKind = (typeof STEP_DOWN_KINDS)[number];

/** A path holds at most this many steps (the form shows as many rows). */
export const MAX_STEPS = 8;
