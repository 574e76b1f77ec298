import type { Editor, TLShapeId } from '@tldraw/tldraw';
import type { TemplateDefinition } from '$lib/templates/index.ts';
import type { TemplateLocale } from '../../i18n/localized.ts';
import { areasInReadingOrder, areaTitle } from '../reading-order.ts';
import { RING_STEPS } from '../shapes/stepfree-ring/ring-steps.ts';
import { fixedTemplateIds } from '../templates/build-template.ts';

export interface AgendaStep {
	title: string;
	target: TLShapeId;
}

/**
 * The steps of the board's model in order: the template's areas as it made them (POST: People,
 * Objectives, Strategy, Technology; the plan's chapters), or, on a board without a template (or
 * one whose frames were replaced), its frames in reading order.
 */
export function agendaSteps(
	editor: Editor,
	template: TemplateDefinition | null,
	locale: TemplateLocale
): AgendaStep[] {
	if (template) {
		const idFor = fixedTemplateIds(template.id);
		const steps = template.areas
			.map((area) => ({ title: area.title[locale], target: idFor(area.key) }))
			.filter((step) => editor.getShape(step.target));
		// The ring's steps, each showing the ring, before the template's other areas.
		const ring = editor.getShape(idFor('ring'));
		if (ring)
			steps.unshift(
				...RING_STEPS.map((step, i) => ({ title: `${i + 1}. ${step.title[locale]}`, target: ring.id }))
			);
		if (steps.length > 0) return steps;
	}
	return areasInReadingOrder(editor).map((shape) => ({ title: areaTitle(editor, shape), target: shape.id }));
}

const HIGHLIGHT_MS = 3_000;

/** Brings `target` into view (the whole of it, zoomed to fit) and outlines it for a moment. */
export function goToShape(editor: Editor, target: TLShapeId): void {
	const bounds = editor.getShapePageBounds(target);
	if (!bounds) return;
	editor.stopFollowingUser();
	editor.zoomToBounds(bounds, { inset: 48, animation: { duration: 400 } });
	editor.setHintingShapes([target]);
	setTimeout(() => {
		if (editor.getHintingShapeIds().includes(target)) editor.setHintingShapes([]);
	}, HIGHLIGHT_MS);
}
