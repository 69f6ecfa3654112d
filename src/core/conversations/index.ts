export { RETENTIONS, MAX_MESSAGE_LENGTH, EDIT_WINDOW_MS, SEND_RULE, type Retention } from './policy';
export { type MessageView } from './message-view';
export { sendMessage } from './send-message';
export { editMessage } from './edit-message';
export { deleteMessage } from './delete-message';
export { readConversation } from './read-conversation';
export { messagesAfter, openConversationReader } from './messages-after';
export { setRetention } from './set-retention';
export { setMuted } from './set-muted';
export {
	myConversations,
	unreadMessageCount,
	unreadMessageCondition,
	unreadParticipantJoin
} from './my-conversations';
export { purgeExpiredMessages } from './purge-expired-messages';
export { createAccompanimentConversation, requireParticipation } from './queries';
export { conversationsPersonalData } from './personal-data';
export { accompanimentConversationId } from './accompaniment-conversation';
export { startDirectConversation, canWriteDirectly } from './direct-conversation';
export { setDirectMessages } from './set-direct-messages';
export { DIRECT_MESSAGE_AUDIENCES, type DirectMessageAudience } from './policy';
export { blockConversationPartner } from './block-conversation-partner';
export { MAX_GROUP_PARTICIPANTS, MAX_GROUP_TITLE_LENGTH } from './group-policy';
export { startGroupConversation } from './start-group-conversation';
export { addGroupParticipants } from './add-group-participants';
export { leaveConversation } from './leave-conversation';
export { groupOrganisations, groupCandidates, addableMembers } from './group-candidates';
export { setPresenceVisibility } from './set-presence-visibility';
export { viewPresence, presenceOfOthers, seesTypingOf } from './presence-view';
export { signalTyping } from './signal-typing';
export { PresenceTracker } from './presence-tracker';
