import {
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import type { Plan, PlanCard, PlanTable } from './plan-model.ts';
import { PLAN_WORDS } from './plan-words.ts';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
	new Paragraph({ text, heading: level });

const bullets = (items: string[]) => items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));

/** A table with a bold header row (and, for a card's fields, a bold first column of labels). */
function table(t: PlanTable, total: string, labels = false): (Paragraph | Table)[] {
	const row = (cells: string[], bold = false) =>
		new TableRow({
			children: cells.map(
				(text, i) =>
					new TableCell({
						children: [
							new Paragraph({ children: [new TextRun({ text, bold: bold || (labels && i === 0) })] })
						]
					})
			)
		});
	const rows = [row(t.columns, true), ...t.rows.map((cells) => row(cells))];
	if (t.total)
		rows.push(
			row([total, ...t.columns.slice(1).map((_, i, all) => (i === all.length - 1 ? t.total! : ''))], true)
		);
	return [
		...(t.label ? [new Paragraph({ children: [new TextRun({ text: t.label, italics: true })] })] : []),
		new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
		new Paragraph('')
	];
}

function card(c: PlanCard, words: (typeof PLAN_WORDS)['nl']): (Paragraph | Table)[] {
	const field = (label: string, value: string) =>
		new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
	const fields = c.asTable
		? table(
				{
					label: '',
					columns: [words.item, words.content],
					rows: c.fields.map((f) => [f.label, f.value]),
					total: null
				},
				words.total,
				true
			)
		: c.fields.map((f) => field(f.label, f.value));
	return [
		heading(c.kind, HeadingLevel.HEADING_2),
		...fields,
		...(c.smart ? [field(words.smart, c.smart)] : []),
		...c.tables.flatMap((t) => table(t, words.total))
	];
}

/** The plan as a Word document (DOCX, built with the `docx` library), in the order of Markdown's. */
export async function planDocx(plan: Plan): Promise<Uint8Array<ArrayBuffer>> {
	const words = PLAN_WORDS[plan.locale];
	const body: (Paragraph | Table)[] = [
		new Paragraph({ text: `${words.plan}: ${plan.title}`, heading: HeadingLevel.TITLE })
	];
	if (plan.start.length > 0) body.push(heading(words.start, HeadingLevel.HEADING_1), ...bullets(plan.start));
	for (const chapter of plan.chapters) {
		body.push(heading(chapter.title, HeadingLevel.HEADING_1));
		if (chapter.cards.length === 0 && chapter.notes.length === 0)
			body.push(new Paragraph({ children: [new TextRun({ text: words.empty, italics: true })] }));
		for (const c of chapter.cards) body.push(...card(c, words));
		body.push(...bullets(chapter.notes));
	}
	if (plan.ring.length > 0) {
		body.push(heading(words.ring, HeadingLevel.HEADING_1));
		for (const step of plan.ring)
			body.push(heading(step.title, HeadingLevel.HEADING_2), ...bullets(step.notes));
	}
	if (plan.otherFrames.length > 0) {
		body.push(heading(words.otherFrames, HeadingLevel.HEADING_1));
		for (const frame of plan.otherFrames)
			body.push(heading(frame.title, HeadingLevel.HEADING_2), ...bullets(frame.notes));
	}
	body.push(heading(words.sources, HeadingLevel.HEADING_1), ...bullets(plan.sources));
	const document = new Document({ creator: 'Werkbord', title: plan.title, sections: [{ children: body }] });
	return new Uint8Array(await Packer.toBuffer(document));
}
