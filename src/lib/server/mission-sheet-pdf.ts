import type { getMissionSheet } from '$core/pathway';
import { renderPdf } from '$core/shared/pdf-document';
import { formatDate, translate, type Locale } from '$i18n';
import type { PeerRole } from '$core/recognition/vocabulary';
import { ROLE_LABEL } from '$lib/components/recognition/labels';

type Sheet = Awaited<ReturnType<typeof getMissionSheet>>;

/** A mission sheet's current version laid out for print: its text, fingerprint and both signatures. */
export async function missionSheetPdf(sheet: Sheet, locale: Locale): Promise<Uint8Array> {
	const tr = (key: string, params: Record<string, string | number> = {}) => translate(locale, key, params);
	const day = (value: string | Date) => formatDate(locale, value);
	const { current } = sheet;
	const signature = (side: 'supporter' | 'organisation') => {
		const found = sheet.currentSignatures.find((s) => s.side === side);
		return found
			? tr('pathway.pdf.signed', { pseudonym: found.signerName, date: day(found.signedAt) })
			: tr('pathway.sheet.notSigned');
	};
	return renderPdf({
		title: tr('pathway.pdf.title'),
		subtitle: tr('pathway.pdf.subtitle', {
			organisation: sheet.organisation.name,
			pseudonym: sheet.sheet.supporter
		}),
		lang: locale,
		createdAt: current.createdAt,
		blocks: [
			{
				kind: 'fields',
				rows: [
					[tr('pathway.sheet.role'), tr(ROLE_LABEL[current.role as PeerRole])],
					[tr('pathway.sheet.referent'), current.referent],
					[tr('pathway.sheet.hours'), current.hours],
					[tr('pathway.sheet.place'), current.place],
					[
						tr('pathway.sheet.duration'),
						current.endsOn
							? tr('pathway.sheet.fromTo', { start: day(current.startsOn), end: day(current.endsOn) })
							: tr('pathway.sheet.from', { start: day(current.startsOn) })
					],
					[tr('pathway.sheet.employment'), tr(`pathway.employment.${current.employment}`)]
				]
			},
			{ kind: 'heading', text: tr('pathway.sheet.activities') },
			{ kind: 'paragraph', text: current.activities },
			{ kind: 'heading', text: tr('pathway.sheet.limits') },
			{ kind: 'paragraph', text: current.limits },
			{ kind: 'heading', text: tr('pathway.sheet.signatures') },
			{
				kind: 'fields',
				rows: [
					[tr('pathway.side.supporter'), signature('supporter')],
					[tr('pathway.side.organisation'), signature('organisation')]
				]
			}
		],
		footer: tr('pathway.pdf.footer', {
			version: current.version,
			fingerprint: current.textHash,
			status:
				sheet.sheet.status === 'ended'
					? tr('pathway.sheet.ended')
					: sheet.inForce
						? tr('pathway.sheet.inForce')
						: tr('pathway.sheet.awaiting')
		})
	});
}
