import { CARDS, type CardType } from '../canvas/shapes/cards.ts';
import type { CardDefinition, CardField } from '../canvas/shapes/card/card-definition.ts';
import { checkSmart } from '../canvas/shapes/objective/smart-check.ts';
import { columnTotal, formatEuros } from '../canvas/shapes/card/amounts.ts';
import { segmentAt } from '../canvas/shapes/stepfree-ring/ring-geometry.ts';
import { RING_CENTRE, RING_STEPS } from '../canvas/shapes/stepfree-ring/ring-steps.ts';
import type { TemplateLocale } from '../i18n/localized.ts';
import { pickedDay } from '../i18n/picked-day.ts';
import { isPlainObject } from '../plain-object.ts';
import { fixedShapeId, templateById } from '../templates/index.ts';
import { shownLabel } from '../templates/template-labels.ts';
import { plainText } from './rich-text.ts';

/** A board record as stored (JSON). */
export type StoredRecord = Record<string, unknown> & { id: string; typeName: string };

export interface PlanTable {
	label: string;
	columns: string[];
	rows: string[][];
	/** The sum of the amount columns, where the table has one. */
	total: string | null;
}

/** A card as text: what it is, its fields that hold something, its tables. */
export interface PlanCard {
	kind: string;
	fields: { label: string; value: string }[];
	tables: PlanTable[];
	/** The SMART check of an objective, letter by letter. */
	smart: string | null;
	/** Shown as a table of its fields (a persona reads as a profile), or as a list. */
	asTable: boolean;
}

export interface PlanChapter {
	title: string;
	cards: PlanCard[];
	notes: string[];
}

/** The social media plan a board holds, as its ten chapters (domain: docs/models.md). */
export interface Plan {
	title: string;
	locale: TemplateLocale;
	/** Before chapter 1: problem statement, organisation, baseline (the full plan's first frame). */
	start: string[];
	chapters: PlanChapter[];
	/** The StepFree ring's steps with their notes, in order; empty when the board has no ring. */
	ring: { title: string; notes: string[] }[];
	/** Notes in the board's other frames, per frame. */
	otherFrames: { title: string; notes: string[] }[];
	sources: string[];
}

/** Which chapter (by the full-plan template's area key) a kind of card belongs to. */
const CHAPTER_OF_CARD: Record<CardType, string> = {
	goal: 'objectives',
	objective: 'objectives',
	persona: 'audience',
	'content-item': 'content',
	channel: 'channels',
	'ground-rules': 'community',
	'kpi-table': 'measurement',
	budget: 'budget',
	risk: 'risks'
};

const SOURCES = [
	'Li & Bernoff, Groundswell (POST, de vijf doelstellingen / the five objectives)',
	'Kooi, Social Business Strategy Maturity Index (SBSMI)',
	'Heath & Heath, Made to Stick (SUCCESs)',
	'MarketingMonday, Social Media Cycle',
	'StepFree met/with Zest marketing, Sjef Kerkhofs (SocialStrategyModel)',
	'OASIS, UK Government Communication Service',
	'Altimeter, Li & Terpening (SBSMI phases 2–6)'
];

const FULL_PLAN = templateById('full-plan')!;
/** The full plan's own prompt notes, as placed: not the team's content until someone edits them. */
const PROMPTS = new Set(FULL_PLAN.notes.flatMap((note) => [note.text.nl, note.text.en]));
const FRAME_PREFIX = fixedShapeId(FULL_PLAN.id, '');

/**
 * Reads the plan out of a board: cards go to their chapter (by the chapter frame they sit in, or
 * else by their kind), notes in a chapter frame to that chapter, notes on the ring to its steps.
 * Every chapter is there, empty or not, in the plan's order.
 */
export function planFromRecords(title: string, records: StoredRecord[], locale: TemplateLocale): Plan {
	const shapes = new Map(records.filter((r) => r.typeName === 'shape').map((r) => [r.id, r]));
	const chapterKeys = FULL_PLAN.areas.map((area) => area.key);
	const chapters = new Map<string, PlanChapter>(
		FULL_PLAN.areas.map((area) => [area.key, { title: area.title[locale], cards: [], notes: [] }])
	);
	const chapterFrameOf = (shape: StoredRecord): string | null => {
		for (let parent = String(shape.parentId), depth = 0; depth < 50; depth++) {
			if (parent.startsWith(FRAME_PREFIX)) {
				const key = parent.slice(FRAME_PREFIX.length);
				if (chapters.has(key)) return key;
			}
			const next = shapes.get(parent);
			if (!next) return null;
			parent = String(next.parentId);
		}
		return null;
	};
	const ring: { title: string; notes: string[] }[] = [];
	const ringShape = [...shapes.values()].find((s) => s.type === 'stepfree-ring');
	if (ringShape) {
		ring.push({ title: RING_CENTRE.title[locale], notes: [] });
		RING_STEPS.forEach((step, i) => ring.push({ title: `${i + 1}. ${step.title[locale]}`, notes: [] }));
	}
	const otherFrames = new Map<string, { title: string; notes: string[] }>();

	for (const shape of ordered([...shapes.values()])) {
		const card = CARDS.find((c) => c.type === shape.type);
		const chapter = chapterFrameOf(shape);
		if (card) {
			const key = chapter && chapter !== 'start' ? chapter : CHAPTER_OF_CARD[card.type];
			const text = cardText(card, props(shape), locale);
			if (text) chapters.get(key)!.cards.push(text);
			continue;
		}
		if (shape.type !== 'note') continue;
		const text = plainText(props(shape).richText);
		if (!text || PROMPTS.has(text)) continue;
		if (chapter) chapters.get(chapter)!.notes.push(text);
		else if (ringShape && shape.parentId === ringShape.id) {
			const size = Number(props(ringShape).size);
			const step = segmentAt(Number(shape.x) + 100, Number(shape.y) + 100, size);
			ring[step === 'centre' || step === null ? 0 : step]?.notes.push(text);
		} else {
			const frame = shapes.get(String(shape.parentId));
			if (frame?.type !== 'frame') continue;
			const name = String(props(frame).name ?? '');
			const title = shownLabel(frame, (text) => text === name, locale) ?? name;
			const entry = otherFrames.get(frame.id) ?? { title, notes: [] };
			entry.notes.push(text);
			otherFrames.set(frame.id, entry);
		}
	}
	const start = chapters.get(chapterKeys[0]!)!;
	return {
		title,
		locale,
		start: start.notes,
		chapters: chapterKeys.slice(1).map((key) => chapters.get(key)!),
		ring,
		otherFrames: [...otherFrames.values()],
		sources: SOURCES
	};
}

const props = (shape: StoredRecord) =>
	(isPlainObject(shape.props) ? shape.props : {}) as Record<string, unknown>;

/** Top to bottom, then left to right, as a reader goes through a frame. */
function ordered(shapes: StoredRecord[]): StoredRecord[] {
	return [...shapes].sort((a, b) => Number(a.y) - Number(b.y) || Number(a.x) - Number(b.x));
}

/** A card as text, or null when nobody filled it in (a choice it starts with does not count). */
function cardText(
	card: Pick<CardDefinition, 'type' | 'label' | 'fields'>,
	values: Record<string, unknown>,
	locale: TemplateLocale
): PlanCard | null {
	const fields: PlanCard['fields'] = [];
	const tables: PlanTable[] = [];
	for (const field of card.fields) {
		const value = values[field.key];
		if (field.kind === 'table') {
			const table = tableText(field, value, locale);
			if (table) tables.push(table);
			continue;
		}
		// A choice every card starts with (the persona's colour) is how it looks, not what the team wrote.
		if (field.kind === 'select' && field.required) continue;
		const text = fieldText(field, value, locale);
		if (text) fields.push({ label: field.label[locale], value: text });
	}
	if (fields.length === 0 && tables.length === 0) return null;
	return {
		kind: card.label[locale],
		fields,
		tables,
		smart: card.type === 'objective' ? smartText(values, locale) : null,
		asTable: card.type === 'persona'
	};
}

function fieldText(field: CardField, value: unknown, locale: TemplateLocale): string {
	if (field.kind === 'select') {
		return field.options.find((option) => option.value === value)?.label[locale] ?? '';
	}
	if (field.kind === 'checklist') {
		const ticked = Array.isArray(value) ? value : [];
		return field.options
			.filter((option) => ticked.includes(option.value))
			.map((option) => option.label[locale])
			.join('; ');
	}
	if (field.kind === 'date' && typeof value === 'string') return pickedDay(value.trim(), locale);
	return typeof value === 'string' ? value.trim() : '';
}

function tableText(
	field: Extract<CardField, { kind: 'table' }>,
	value: unknown,
	locale: TemplateLocale
): PlanTable | null {
	const rows = (Array.isArray(value) ? value : [])
		.filter(isPlainObject)
		.map((row) => field.columns.map((column) => String(row[column.key] ?? '').trim()))
		.filter((cells) => cells.some((cell) => cell !== ''));
	if (rows.length === 0) return null;
	const amounts = field.columns.findIndex((column) => column.amount);
	const total = amounts < 0 ? null : formatEuros(columnTotal(rows.map((row) => row[amounts]!)).total, locale);
	return { label: field.label[locale], columns: field.columns.map((c) => c.label[locale]), rows, total };
}

function smartText(values: Record<string, unknown>, locale: TemplateLocale): string {
	const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
	const verdicts = checkSmart({
		statement: text('statement'),
		kpi: text('kpi'),
		baseline: text('baseline'),
		target: text('target'),
		deadline: text('deadline'),
		owner: text('owner'),
		goal: text('goal')
	} as Parameters<typeof checkSmart>[0]);
	return verdicts
		.map((v) => `${v.letter} ${v.met ? '✓' : '✗'}${v.hint ? ` (${v.hint[locale]})` : ''}`)
		.join(' · ');
}
