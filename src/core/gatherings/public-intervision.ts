// Intervision and the supporters' debrief journal (issue 11, items 6 and 7).
export { pledgeConfidentiality } from './pledge-confidentiality';
export { getIntervisionEntry } from './get-intervision-entry';
export { getIntervision, type IntervisionNote } from './get-intervision';
export { addIntervisionNote, AddIntervisionNoteSchema, MAX_INTERVISION_NOTE } from './add-intervision-note';
export { deleteIntervisionNote } from './delete-intervision-note';
export { writeDebriefNote, WriteDebriefNoteSchema, MAX_DEBRIEF_ANSWER } from './write-debrief-note';
export { listMyDebriefNotes } from './list-my-debrief-notes';
export { deleteDebriefNote } from './delete-debrief-note';
export { shareDebriefNote, ShareDebriefNoteSchema } from './share-debrief-note';
export { listSharedDebriefs, ListSharedDebriefsSchema } from './list-shared-debriefs';
export { acknowledgeDebrief } from './acknowledge-debrief';
export { journalPersonalData, journalOf, type Journal } from './journal-personal-data';
