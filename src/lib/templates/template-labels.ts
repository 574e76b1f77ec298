import { fixedShapeId, templateById, templates } from './index.ts';
import type { Localized, TemplateLocale } from '../i18n/localized.ts';

/**
 * A template's text on a board (a frame's title, its guiding question, a prompt note, the source
 * line) is stored as typed in the language of whoever applied it, with a reference to where it
 * came from in the shape's meta: `<template>/<title|guidance|note|source>[/<key>]`. While the
 * stored text is still one of the template's, each viewer reads it in their own language.
 */
export const LABEL_META = 'label';

export type LabelKind = 'title' | 'guidance' | 'note' | 'source';

export const labelRef = (templateId: string, kind: LabelKind, key?: string): string =>
	key === undefined ? `${templateId}/${kind}` : `${templateId}/${kind}/${key}`;

/** The template text a reference names, in both languages; undefined for an unknown reference. */
export function templateLabel(ref: string): Localized | undefined {
	const [templateId, kind, ...keyParts] = ref.split('/');
	const key = keyParts.join('/');
	const template = templateById(templateId ?? '');
	if (!template) return undefined;
	switch (kind) {
		case 'title':
			return template.areas.find((area) => area.key === key)?.title;
		case 'guidance':
			return template.areas.find((area) => area.key === key)?.guidance;
		case 'note':
			return template.notes.find((note) => note.key === key)?.text;
		case 'source':
			return template.source;
		default:
			return undefined;
	}
}

// Longest first: one template's id may begin another's.
const FIXED_ID_PREFIXES = templates
	.map((template) => ({ prefix: fixedShapeId(template.id, ''), template }))
	.sort((a, b) => b.prefix.length - a.prefix.length);

/**
 * Where a shape's text came from: its meta's reference or, on boards filled before references were
 * stored, the fixed id a new board's template gives each shape (`fixedShapeId`).
 */
export function labelRefOf(shape: { id: string; meta?: unknown }): string | null {
	const meta = shape.meta as Record<string, unknown> | undefined;
	if (typeof meta?.[LABEL_META] === 'string') return meta[LABEL_META];
	const fixed = FIXED_ID_PREFIXES.find(({ prefix }) => shape.id.startsWith(prefix));
	if (!fixed) return null;
	const { template } = fixed;
	const key = shape.id.slice(fixed.prefix.length);
	if (key === 'source') return labelRef(template.id, 'source');
	if (key.endsWith('/guidance')) return labelRef(template.id, 'guidance', key.slice(0, -'/guidance'.length));
	if (template.areas.some((area) => area.key === key)) return labelRef(template.id, 'title', key);
	if (template.notes.some((note) => note.key === key)) return labelRef(template.id, 'note', key);
	return null;
}

/**
 * The text a viewer reads in place of the stored one: the template's text in their language while
 * `isStored` recognises one of the template's texts as what is stored (nobody edited it); otherwise
 * null, and the stored text shows as typed.
 */
export function shownLabel(
	shape: { id: string; meta?: unknown },
	isStored: (text: string) => boolean,
	locale: TemplateLocale
): string | null {
	const ref = labelRefOf(shape);
	const label = ref === null ? undefined : templateLabel(ref);
	if (!label || !(isStored(label.nl) || isStored(label.en))) return null;
	return label[locale];
}
