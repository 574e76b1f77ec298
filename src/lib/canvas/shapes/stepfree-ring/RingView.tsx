import { useContext } from 'react';
import { useEditor, useValue, type TLShapeId } from '@tldraw/tldraw';
import { templateLocale } from '../../../i18n/localized.ts';
import { badgeSide, LABEL_WIDTH, ringFontSize } from './ring-dimensions.ts';
import { badgeAnchor, labelAnchor, segmentAt, segmentPath } from './ring-geometry.ts';
import type { RingShape } from './ring-shape-props.ts';
import { RING_CENTRE, RING_STEPS } from './ring-steps.ts';
import { FacilitationViewContext } from '../../facilitation/facilitation-view.ts';

const FILLS = ['#e7f5ff', '#fff4e6'];

/** Counts the ring's children per step, by where their centre lies. */
function useStepCounts(shape: RingShape): number[] {
	const editor = useEditor();
	return useValue(
		'ring step counts',
		() => {
			const counts = RING_STEPS.map(() => 0);
			for (const id of editor.getSortedChildIdsForParent(shape.id)) {
				const child = editor.getShape(id);
				if (!child) continue;
				const centre = editor.getShapeGeometry(child).bounds.center;
				const step = segmentAt(child.x + centre.x, child.y + centre.y, shape.props.size);
				if (typeof step === 'number') counts[step - 1]! += 1;
			}
			return counts;
		},
		[editor, shape.id, shape.props.size]
	);
}

/** The step under the shapes being dragged over the ring, to highlight it. */
function useHoveredStep(shape: RingShape): number | 'centre' | null {
	const editor = useEditor();
	return useValue(
		'ring hovered step',
		() => {
			if (!editor.isIn('select.translating')) return null;
			const selected = editor.getSelectedShapeIds();
			if (selected.includes(shape.id as TLShapeId)) return null;
			const bounds = editor.getSelectionPageBounds();
			if (!bounds) return null;
			const local = editor.getPointInShapeSpace(shape, bounds.center);
			return segmentAt(local.x, local.y, shape.props.size);
		},
		[editor, shape]
	);
}

/** The ring step the facilitator's agenda is at (its steps come first in the agenda), if it is this ring. */
function useAgendaStep(shape: RingShape): number | null {
	const view = useContext(FacilitationViewContext);
	return useValue(
		'ring agenda step',
		() => {
			const current = view?.agendaStep.get();
			return current?.target === shape.id && current.step < RING_STEPS.length ? current.step + 1 : null;
		},
		[view, shape.id]
	);
}

/** About how wide a character of the labels' bold face is, in em (with room to spare). */
const CHAR_EM = 0.7;
/** The guiding question's size under the step's name (ring.css, .wb-ring-question). */
const QUESTION_EM = 0.62;

const longestWord = (text: string) => Math.max(...text.split(/[\s-]+/).map((word) => word.length));

/**
 * The label's size relative to the ring's text, so that its longest word (and the question's, in
 * its smaller type) fits on a line: labels wrap between words only ("Probleemstelling" is never split).
 */
function labelScale(title: string, question: string | undefined): number {
	const longest = Math.max(longestWord(title), question ? longestWord(question) * QUESTION_EM : 0);
	// The label is LABEL_WIDTH of the ring wide: in ems of the ring's text, that is the same for every size.
	const labelEms = LABEL_WIDTH / ringFontSize(1);
	return Math.min(1, labelEms / (longest * CHAR_EM));
}

export function RingView({ shape }: { shape: RingShape }) {
	const editor = useEditor();
	const locale = useValue('ring locale', () => templateLocale(editor.user.getLocale()), [editor]);
	const { size } = shape.props;
	const counts = useStepCounts(shape);
	const hovered = useHoveredStep(shape);
	const agendaStep = useAgendaStep(shape);
	const font = ringFontSize(size);
	return (
		<div className="wb-ring" style={{ width: size, height: size, fontSize: font }}>
			<svg width={size} height={size} viewBox={`0 0 ${size} ${size}`}>
				{RING_STEPS.map((_, i) => (
					<path
						key={i}
						d={segmentPath(i + 1, size)}
						fill={hovered === i + 1 ? '#ffe066' : agendaStep === i + 1 ? '#a5d8ff' : FILLS[i % 2]}
						stroke="#495057"
						strokeWidth={size / 400}
						data-step={i + 1}
						data-highlighted={hovered === i + 1}
						data-agenda={agendaStep === i + 1}
					/>
				))}
				<circle
					cx={size / 2}
					cy={size / 2}
					r={(size / 2) * 0.32}
					fill={hovered === 'centre' ? '#ffe066' : '#d3f9d8'}
					stroke="#495057"
					strokeWidth={size / 400}
				/>
			</svg>
			{RING_STEPS.map((step, i) => {
				const at = labelAnchor(i + 1, size);
				const title = step.title[locale];
				const badge = badgeAnchor(i + 1, size);
				return (
					<div key={i}>
						<div
							className="wb-ring-label"
							style={{
								left: at.x,
								top: at.y,
								width: size * LABEL_WIDTH,
								fontSize: `${labelScale(title, step.question?.[locale])}em`
							}}
							data-testid={`ring-label-${i + 1}`}
						>
							<span className="wb-ring-number">{i + 1}</span>
							{title}
							{step.question && <span className="wb-ring-question">{step.question[locale]}</span>}
						</div>
						{counts[i]! > 0 && (
							<div
								className="wb-ring-badge"
								data-testid={`ring-badge-${i + 1}`}
								style={{ left: badge.x, top: badge.y, width: badgeSide(size), height: badgeSide(size) }}
							>
								{counts[i]}
							</div>
						)}
					</div>
				);
			})}
			<div className="wb-ring-centre" style={{ left: size / 2, top: size / 2, width: size * 0.28 }}>
				<strong>{RING_CENTRE.title[locale]}</strong>
				<span>{RING_CENTRE.detail[locale]}</span>
			</div>
		</div>
	);
}
