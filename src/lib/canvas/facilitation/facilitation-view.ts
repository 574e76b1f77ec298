import { createContext, useContext } from 'react';
import { atom } from '@tldraw/tldraw';
import type { PingState, VoteState } from '../../facilitation/facilitation-state.ts';

/** What the canvas shows of a dot vote: the vote, this voter's dots, and where a click on a dot goes. */
export interface VoteView {
	vote: VoteState | null;
	mine: Record<string, number>;
	dot(target: string, change: 1 | -1): void;
}

/**
 * The workshop state the canvas draws, set by the Svelte page (mount-board.tsx) and read by the
 * layers in front of the canvas: the vote, the latest "look here" ping, and participant mode.
 */
export function createFacilitationView() {
	return {
		vote: atom<VoteView>('werkbord vote', { vote: null, mine: {}, dot: () => {} }),
		ping: atom<PingState | null>('werkbord ping', null),
		/** Hides the page menu and the style panel (participant mode; never for facilitators). */
		restricted: atom('werkbord restricted', false),
		/** A private brainstorm is on: this participant's new shapes are private. */
		privateMode: atom('werkbord private mode', false),
		/** The agenda's current step (its shape and number), for the StepFree ring to mark its segment. */
		agendaStep: atom<{ target: string; step: number } | null>('werkbord agenda step', null)
	};
}

export type FacilitationView = ReturnType<typeof createFacilitationView>;

export const FacilitationViewContext = createContext<FacilitationView | null>(null);

export function useFacilitationView(): FacilitationView {
	const view = useContext(FacilitationViewContext);
	if (!view) throw new Error('FacilitationViewContext is missing');
	return view;
}
