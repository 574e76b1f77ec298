import type { ContributionRow } from './contributions.ts';

export interface Contributor {
	name: string;
	shapesCreated: number;
	shapesChanged: number;
	fieldChanges: number;
	/** The frames their shapes are in now, by name, most used first. */
	frames: string[];
}

/**
 * Per participant (an account or guest: one person in two tabs counts once), how many shapes they
 * made and changed, how many props (card fields, note text) they changed, and in which frames.
 * `frameOf` names the frame a shape is in now (null: none, or the shape is gone).
 */
export function contributionTable(
	rows: ContributionRow[],
	frameOf: (recordId: string) => string | null
): Contributor[] {
	const byAuthor = new Map<string, { name: string; rows: ContributionRow[] }>();
	for (const row of rows) {
		const entry = byAuthor.get(row.authorId) ?? { name: row.authorName, rows: [] };
		entry.name = row.authorName;
		entry.rows.push(row);
		byAuthor.set(row.authorId, entry);
	}
	return [...byAuthor.values()]
		.map(({ name, rows: own }) => {
			const frames = new Map<string, number>();
			for (const row of own) {
				const frame = frameOf(row.recordId);
				if (frame) frames.set(frame, (frames.get(frame) ?? 0) + 1);
			}
			return {
				name,
				shapesCreated: own.filter((r) => r.created).length,
				shapesChanged: own.length,
				fieldChanges: own.reduce((sum, r) => sum + r.fieldChanges, 0),
				frames: [...frames.entries()].sort((a, b) => b[1] - a[1]).map(([frame]) => frame)
			};
		})
		.sort((a, b) => b.shapesChanged - a.shapesChanged || a.name.localeCompare(b.name));
}

const csvCell = (value: string | number) => {
	const text = String(value);
	// A leading = + - @ would be a formula in a spreadsheet: quoted with a ' in front.
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r;]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The table as CSV (comma-separated, a header row, UTF-8 with a BOM so spreadsheets read the accents). */
export function contributionCsv(table: Contributor[], header: string[]): string {
	const lines = [
		header,
		...table.map((c) => [c.name, c.shapesCreated, c.shapesChanged, c.fieldChanges, c.frames.join(' | ')])
	];
	return `\ufeff${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
