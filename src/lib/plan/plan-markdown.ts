import type { Plan, PlanCard, PlanTable } from './plan-model.ts';
import { PLAN_WORDS } from './plan-words.ts';

/** What a team typed, safe in Markdown: no markup (emphasis, links, HTML, tables) of its own, each line kept. */
function escape(text: string): string {
	return text
		.replace(/([\\`*_[\]<>|~#])/g, '\\$1')
		.replace(/^([-+=])/gm, '\\$1')
		.replace(/^(\d+)\.(?=\s|$)/gm, '$1\\.')
		.replace(/\n/g, '  \n');
}

const cell = (text: string) => escape(text).replace(/ {2}\n/g, '<br>');

function table(t: PlanTable, total: string): string[] {
	const lines = [
		`| ${t.columns.map(cell).join(' | ')} |`,
		`| ${t.columns.map(() => '---').join(' | ')} |`,
		...t.rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
	];
	if (t.total)
		lines.push(
			`| **${total}** | ${t.columns
				.slice(1)
				.map((_, i, all) => (i === all.length - 1 ? `**${escape(t.total!)}**` : ''))
				.join(' | ')} |`
		);
	return [`*${escape(t.label)}*`, '', ...lines, ''];
}

function card(c: PlanCard, words: (typeof PLAN_WORDS)['nl']): string[] {
	const lines = [`### ${escape(c.kind)}`, ''];
	if (c.asTable)
		lines.push(
			`| ${words.item} | ${words.content} |`,
			'| --- | --- |',
			...c.fields.map((field) => `| **${cell(field.label)}** | ${cell(field.value)} |`)
		);
	else for (const field of c.fields) lines.push(`- **${escape(field.label)}:** ${escape(field.value)}`);
	if (c.smart) lines.push(`- **${words.smart}:** ${escape(c.smart)}`);
	lines.push('');
	for (const t of c.tables) lines.push(...table(t, words.total));
	return lines;
}

const notes = (items: string[]) => [...items.map((note) => `- ${escape(note)}`), ''];

/** The plan as Markdown: a heading per chapter, cards with their fields, tables, notes. */
export function planMarkdown(plan: Plan): string {
	const words = PLAN_WORDS[plan.locale];
	const lines = [`# ${words.plan}: ${escape(plan.title)}`, ''];
	if (plan.start.length > 0) lines.push(`## ${words.start}`, '', ...notes(plan.start));
	for (const chapter of plan.chapters) {
		// Chapter titles are the template's own words.
		lines.push(`## ${chapter.title}`, '');
		if (chapter.cards.length === 0 && chapter.notes.length === 0) lines.push(`*${words.empty}*`, '');
		for (const c of chapter.cards) lines.push(...card(c, words));
		if (chapter.notes.length > 0) lines.push(...notes(chapter.notes));
	}
	if (plan.ring.length > 0) {
		lines.push(`## ${words.ring}`, '');
		for (const step of plan.ring)
			lines.push(
				`### ${escape(step.title)}`,
				'',
				...(step.notes.length ? notes(step.notes) : [`*${words.empty}*`, ''])
			);
	}
	if (plan.otherFrames.length > 0) {
		lines.push(`## ${words.otherFrames}`, '');
		for (const frame of plan.otherFrames) lines.push(`### ${escape(frame.title)}`, '', ...notes(frame.notes));
	}
	lines.push(`## ${words.sources}`, '', ...notes(plan.sources));
	return lines.join('\n');
}
