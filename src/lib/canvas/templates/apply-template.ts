import type { Editor, TLShapeId } from '@tldraw/tldraw';
import { extent } from '$lib/templates/layout.ts';
import type { TemplateDefinition } from '$lib/templates/index.ts';
import type { TemplateLocale } from '$lib/i18n/localized.ts';
import { buildTemplateRecords, fixedTemplateIds, freshTemplateIds } from './build-template.ts';

/** Document meta key that records which template a new board was filled with. */
const APPLIED_META = 'werkbordTemplate';

/**
 * Fills a new board with the template it was created with, once: the first editor to open it
 * does it, and ids derived from the template make simultaneous first opens converge.
 */
export function applyNewBoardTemplate(
	editor: Editor,
	template: TemplateDefinition,
	locale: TemplateLocale,
	lockStructure: boolean
): void {
	const meta = editor.getDocumentSettings().meta;
	if (meta[APPLIED_META] || editor.getCurrentPageShapeIds().size > 0) return;
	const records = buildTemplateRecords(template, {
		locale,
		origin: { x: 0, y: 0 },
		idFor: fixedTemplateIds(template.id),
		pageId: editor.getCurrentPageId(),
		lockStructure
	});
	// Not part of anyone's undo history: undoing should not empty the board.
	editor.run(
		() => {
			editor.store.put(records);
			editor.updateDocumentSettings({ meta: { ...meta, [APPLIED_META]: template.id } });
		},
		{ history: 'ignore' }
	);
}

/** Inserts a template around the middle of the view, as a new set of shapes the user can undo. */
export function insertTemplate(
	editor: Editor,
	template: TemplateDefinition,
	locale: TemplateLocale,
	lockStructure: boolean
): void {
	const center = editor.getViewportPageBounds().center;
	const size = extent(template.areas);
	const pageId = editor.getCurrentPageId();
	const records = buildTemplateRecords(template, {
		locale,
		origin: { x: center.x - size.w / 2, y: center.y - size.h / 2 },
		idFor: freshTemplateIds(),
		pageId,
		above: editor.getHighestIndexForParent(pageId),
		lockStructure
	});
	editor.markHistoryStoppingPoint('insert template');
	editor.run(() => editor.store.put(records));
	const frames = records
		.filter((record) => record.parentId === pageId)
		.map((record) => record.id as TLShapeId);
	editor.select(...frames);
	editor.zoomToSelection();
}
