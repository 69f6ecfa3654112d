import { translate, type Locale } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { renderPdf, type PdfBlock } from '../shared/pdf-document';
import type { Attestation } from './manage-attestations';
import { formatMinutes } from './totals';
import { formatVerificationCode } from './verification-code';

/**
 * The printable attestation: who, for which organisation, the period, totals by kind and hours, who
 * issued it and when, and on every page the code and where to check it. Nothing about the people
 * supported: the attestation holds totals only.
 */
export async function attestationPdf(
	attestation: Attestation,
	options: { locale: Locale; verifyUrl: string }
): Promise<Uint8Array> {
	const t = (key: string, params: Record<string, string | number> = {}) =>
		translate(options.locale, key, params);
	const date = (value: string | Date) => formatDate(options.locale, value);
	const code = formatVerificationCode(attestation.code);
	const blocks: PdfBlock[] = [
		{
			kind: 'fields',
			rows: [
				[t('recognition.pdf.supporter'), attestation.supporterName],
				[t('recognition.pdf.organisation'), attestation.organisationName],
				[
					t('recognition.pdf.period'),
					t('recognition.period', { from: date(attestation.periodStart), to: date(attestation.periodEnd) })
				],
				[t('recognition.pdf.issued'), date(attestation.issuedAt)],
				[t('recognition.pdf.issuer'), attestation.issuerName ?? t('recognition.pdf.issuerGone')]
			]
		},
		{ kind: 'heading', text: t('recognition.pdf.totals') },
		attestation.totals.length
			? {
					kind: 'table',
					columns: [t('recognition.pdf.kind'), t('recognition.pdf.count'), t('recognition.pdf.hours')],
					rows: [
						...attestation.totals.map(
							(total) =>
								[
									t(`recognition.activityKind.${total.kind}`),
									String(total.count),
									formatMinutes(total.minutes)
								] as const
						),
						[
							t('recognition.pdf.total'),
							String(attestation.totals.reduce((sum, total) => sum + total.count, 0)),
							formatMinutes(attestation.totalMinutes)
						]
					],
					widths: [0.6, 0.2, 0.2]
				}
			: { kind: 'paragraph', text: t('recognition.pdf.nothing') },
		{ kind: 'spacer' },
		{ kind: 'paragraph', text: t('recognition.pdf.scope') },
		...(attestation.revokedAt
			? [
					{
						kind: 'paragraph',
						text: t('recognition.pdf.revoked', { date: date(attestation.revokedAt) })
					} as const
				]
			: []),
		{ kind: 'heading', text: t('recognition.pdf.verify') },
		{ kind: 'paragraph', text: t('recognition.pdf.verifyHow', { code, url: options.verifyUrl }) }
	];
	return renderPdf({
		title: t('recognition.pdf.title'),
		subtitle: attestation.organisationName,
		lang: options.locale,
		blocks,
		footer: t('recognition.pdf.footer', { code, url: options.verifyUrl }),
		createdAt: attestation.issuedAt,
		author: attestation.organisationName
	});
}
