// Reading settings (issue 14): easy-read (FALC), line spacing, contrast, font, read aloud.
export const frReading = {
	'preferences.textSize.largest': 'Très très grande (double)',
	'reading.easyRead': 'Facile à lire et à comprendre (FALC)',
	'reading.easyRead.hint':
		'Des phrases courtes, des mots simples, de grands textes et des images. En français seulement.',
	'reading.easyRead.off': 'Texte habituel',
	'reading.easyRead.on': 'Facile à lire',
	'reading.switch.label': 'Façon d’écrire',
	'reading.switch.toEasy': 'Passer en facile à lire',
	'reading.switch.toStandard': 'Revenir au texte habituel',
	'reading.lineSpacing': 'Espace entre les lignes',
	'reading.lineSpacing.normal': 'Normal',
	'reading.lineSpacing.wide': 'Large',
	'reading.contrast': 'Contraste',
	'reading.contrast.normal': 'Normal',
	'reading.contrast.high': 'Élevé (noir et blanc)',
	'reading.font': 'Police de caractères',
	'reading.font.standard': 'Habituelle',
	'reading.font.readable': 'Plus facile à lire (lettres bien distinctes)',
	'reading.readAloud': 'Lire la page à voix haute',
	'reading.stopReading': 'Arrêter la lecture'
};
