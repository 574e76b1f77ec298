import {
	DefaultPageMenu,
	DefaultStylePanel,
	useValue,
	type TLComponents,
	type TLUiStylePanelProps
} from '@tldraw/tldraw';
import { useFacilitationView } from './facilitation-view.ts';
import { PingLayer } from './PingLayer.tsx';
import { VoteLayer } from './VoteLayer.tsx';

function useRestricted(): boolean {
	const view = useFacilitationView();
	return useValue('restricted', () => view.restricted.get(), [view]);
}

/** Participant mode hides the page menu and the style panel; the rest of tldraw stays as it is. */
function PageMenu() {
	return useRestricted() ? null : <DefaultPageMenu />;
}

function StylePanel(props: TLUiStylePanelProps) {
	return useRestricted() ? null : <DefaultStylePanel {...props} />;
}

function InFrontOfTheCanvas() {
	return (
		<>
			<VoteLayer />
			<PingLayer />
		</>
	);
}

/** Werkbord's parts of tldraw's UI (stable: tldraw wants the same object every render). */
export const canvasComponents: TLComponents = { InFrontOfTheCanvas, PageMenu, StylePanel };
