import { atom } from '@tldraw/tldraw';
import type { VoteState } from '../../facilitation/facilitation-state.ts';

/** What the canvas shows of a dot vote: the vote, this voter's dots, and where a click on a dot goes. */
export interface VoteView {
	vote: VoteState | null;
	mine: Record<string, number>;
	dot(target: string, change: 1 | -1): void;
}

export const createVoteView = () => atom<VoteView>('werkbord vote', { vote: null, mine: {}, dot: () => {} });

export type VoteViewAtom = ReturnType<typeof createVoteView>;
