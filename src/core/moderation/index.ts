export {
	REPORT_REASONS,
	SUBJECT_KINDS,
	DECISION_ACTIONS,
	SUSPENSION_DAYS,
	STATEMENT_MIN,
	STATEMENT_MAX,
	type ReportReason,
	type SubjectKind,
	type DecisionAction
} from './policy';
export { createReport } from './create-report';
export { moderationQueue, openReportCount, type QueueItem } from './moderation-queue';
export { reportDetail, type ReportContent } from './report-detail';
export { assignReport } from './assign-report';
export { addModerationNote } from './add-moderation-note';
export { decideReport } from './decide-report';
export { myModerationRecord } from './my-moderation-record';
export { moderationPersonalData } from './personal-data';
export { loadStaffScope, requireStaffScope } from './staff';
export { moderatesAnything, newestWaitingReportAt } from './waiting-reports';
export {
	APPEAL_WINDOW_DAYS,
	APPEAL_REASON_MIN,
	APPEAL_REASON_MAX,
	APPEAL_STATUSES,
	APPEAL_OUTCOMES,
	type AppealStatus,
	type AppellantRole,
	type ReviewTier
} from './appeal-policy';
export { fileAppeal } from './file-appeal';
export { appealSuspension } from './appeal-suspension';
export { appealQueue, type AppealQueueItem } from './appeal-queue';
export { appealDetail } from './appeal-detail';
export { decideAppeal } from './decide-appeal';
