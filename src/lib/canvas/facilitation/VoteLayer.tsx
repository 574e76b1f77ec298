import { useEditor, useValue, type Editor, type TLShape } from '@tldraw/tldraw';
import { templateLocale } from '../../i18n/localized.ts';
import { dotsLeft, isVoteTarget, type ShapeLookup } from '../../facilitation/votes.ts';
import { useFacilitationView } from './facilitation-view.ts';
import './vote-layer.css';

const LABELS = {
	nl: {
		add: 'Stip erbij',
		remove: 'Stip eraf',
		count: (n: number) => `${n} ${n === 1 ? 'stip' : 'stippen'}`
	},
	en: { add: 'Add a dot', remove: 'Take a dot off', count: (n: number) => `${n} ${n === 1 ? 'dot' : 'dots'}` }
};

const lookupIn =
	(editor: Editor): ShapeLookup =>
	(id) => {
		const shape = editor.getShape(id as TLShape['id']);
		return shape ? { type: shape.type, parentId: shape.parentId } : undefined;
	};

/**
 * Dots on the items of a vote, in front of the canvas at each item's top-right corner: this
 * voter's dots with + and − while the vote is open, and the count once the facilitator shows it.
 * Only items in view are drawn (a board can hold thousands).
 */
export function VoteLayer() {
	const editor = useEditor();
	const view = useFacilitationView().vote;
	const locale = useValue('vote locale', () => templateLocale(editor.user.getLocale()), [editor]);
	const state = useValue('vote view', () => view.get(), [view]);
	const items = useValue(
		'vote items',
		() => {
			const vote = state.vote;
			if (!vote) return [];
			const lookup = lookupIn(editor);
			const viewport = editor.getViewportPageBounds();
			return editor
				.getCurrentPageShapes()
				.filter((shape) => isVoteTarget(vote.scope, shape.id, lookup))
				.flatMap((shape) => {
					const bounds = editor.getShapePageBounds(shape);
					if (!bounds || !viewport.collides(bounds)) return [];
					const corner = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY });
					return [{ id: shape.id, x: corner.x, y: corner.y }];
				});
		},
		[editor, state]
	);
	if (!state.vote) return null;
	const { vote, mine, dot } = state;
	const open = vote.status === 'open';
	const left = dotsLeft(vote, mine);
	const text = LABELS[locale];
	return (
		<div className="wb-votes" data-vote-status={vote.status}>
			{items.map(({ id, x, y }) => {
				const own = mine[id] ?? 0;
				const count = vote.counts?.[id] ?? 0;
				return (
					<div key={id} className="wb-vote" style={{ left: x, top: y }} data-vote-target={id}>
						{vote.counts && (
							<span className="wb-vote-count" data-testid="vote-count" title={vote.voters?.[id]?.join(', ')}>
								{count}
							</span>
						)}
						{open && (
							<>
								<span className="wb-vote-mine" aria-label={text.count(own)}>
									{'●'.repeat(own)}
								</span>
								<button
									type="button"
									aria-label={text.remove}
									disabled={own === 0}
									onPointerDown={(event) => event.stopPropagation()}
									onClick={() => dot(id, -1)}
								>
									−
								</button>
								<button
									type="button"
									aria-label={text.add}
									data-testid="vote-add"
									disabled={left === 0 || own >= vote.maxPerItem}
									onPointerDown={(event) => event.stopPropagation()}
									onClick={() => dot(id, 1)}
								>
									+
								</button>
							</>
						)}
					</div>
				);
			})}
		</div>
	);
}
