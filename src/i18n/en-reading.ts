// Reading settings (issue 14): easy-read (FALC), line spacing, contrast, font, read aloud.
export const enReading = {
	'preferences.textSize.largest': 'Largest (double)',
	'reading.easyRead': 'Easy to read and understand (FALC)',
	'reading.easyRead.hint': 'Short sentences, simple words, large text and pictures. In French only for now.',
	'reading.easyRead.off': 'Usual text',
	'reading.easyRead.on': 'Easy to read',
	'reading.switch.label': 'Way of writing',
	'reading.switch.toEasy': 'Switch to easy to read (French)',
	'reading.switch.toStandard': 'Back to the usual text',
	'reading.lineSpacing': 'Line spacing',
	'reading.lineSpacing.normal': 'Normal',
	'reading.lineSpacing.wide': 'Wide',
	'reading.contrast': 'Contrast',
	'reading.contrast.normal': 'Normal',
	'reading.contrast.high': 'High (black and white)',
	'reading.font': 'Font',
	'reading.font.standard': 'Usual',
	'reading.font.readable': 'Easier to read (distinct letters)',
	'reading.readAloud': 'Read the page aloud',
	'reading.stopReading': 'Stop reading'
};
