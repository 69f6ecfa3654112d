import type { frOffPlatform } from './fr-off-platform';

export const enOffPlatform: Record<keyof typeof frOffPlatform, string> = {
	'safetyNotice.title': 'Safety reminder',
	'safetyNotice.off_platform':
		'This message shares a way to talk elsewhere (phone number, address, another messenger). We advise staying on Entrepairs until trust is established: here, you can block or report at any time.',
	'safetyNotice.money':
		'This message is about lending, sending or paying money. On Entrepairs, support is free: nobody has to ask for or give money, vouchers or bank details.',
	'safetyNotice.link': 'Read the safety advice',
	'safetyNotice.draft': 'Before you send',
	'safetyAdvice.title': 'Safety advice',
	'safetyAdvice.intro': 'Peer support rests on trust. A few landmarks to keep it safe for everyone:',
	'safetyAdvice.stay':
		'Stay on Entrepairs until trust is established. Do not give your phone number, address, e-mail or social media in your first exchanges.',
	'safetyAdvice.money':
		'Support is free. Do not lend or send money, vouchers (PCS, Transcash, Neosurf), gift cards or your bank details, even in an emergency.',
	'safetyAdvice.pressure':
		'Nobody should push you to leave the platform, to meet or to keep a secret. If they do, you can stop the conversation.',
	'safetyAdvice.tools':
		'You can block someone from the conversation: they can no longer write to you or contact you again.',
	'safetyAdvice.danger': 'In immediate danger, call 17 (police) or 112.'
};
