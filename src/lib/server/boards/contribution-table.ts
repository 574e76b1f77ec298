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

/**
 * The work done since an earlier count (`then`, as stored with a snapshot): per author and shape,
 * the changes made after it; a shape counts as made since when it was not made by then.
 */
export function contributionsSince(now: ContributionRow[], then: ContributionRow[]): ContributionRow[] {
	const before = new Map(then.map((row) => [`${row.authorId}\u0000${row.recordId}`, row]));
	return now.flatMap((row) => {
		const earlier = before.get(`${row.authorId}\u0000${row.recordId}`);
		if (!earlier) return [row];
		const changes = row.changes - earlier.changes;
		if (changes <= 0) return [];
		return [
			{
				...row,
				created: row.created && !earlier.created,
				changes,
				fieldChanges: Math.max(0, row.fieldChanges - earlier.fieldChanges)
			}
		];
	});
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
