/** A download's file name from the board's title and the day: letters, digits and dashes only. */
export function exportName(
	title: string,
	extension: string,
	day = new Date().toISOString().slice(0, 10)
): string {
	const base =
		title
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 80) || 'werkbord';
	return `${base}-${day}.${extension}`;
}
