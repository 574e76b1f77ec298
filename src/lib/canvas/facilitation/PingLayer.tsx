import { useEffect, useState } from 'react';
import { useEditor, useValue } from '@tldraw/tldraw';
import { templateLocale } from '../../i18n/localized.ts';
import { useFacilitationView } from './facilitation-view.ts';
import './ping-layer.css';

const SHOWN_MS = 5_000;
const LABEL = { nl: (name: string) => `${name}: kijk hier`, en: (name: string) => `${name}: look here` };

/**
 * The facilitator's "look here": every canvas brings the point into the middle of its view and
 * shows a pulsing ring there with the facilitator's name, for a few seconds.
 */
export function PingLayer() {
	const editor = useEditor();
	const view = useFacilitationView();
	const ping = useValue('ping', () => view.ping.get(), [view]);
	const [shown, setShown] = useState<number | null>(null);
	const locale = useValue('ping locale', () => templateLocale(editor.user.getLocale()), [editor]);
	const at = useValue('ping at', () => (ping ? editor.pageToViewport(ping) : null), [editor, ping]);

	useEffect(() => {
		if (!ping) return;
		setShown(ping.seq);
		const timer = setTimeout(() => setShown(null), SHOWN_MS);
		return () => clearTimeout(timer);
	}, [ping]);

	if (!ping || !at || shown !== ping.seq) return null;
	return (
		<div className="wb-ping" style={{ left: at.x, top: at.y }} data-testid="ping">
			<span className="wb-ping-ring" />
			<span className="wb-ping-label">{LABEL[locale](ping.name)}</span>
		</div>
	);
}
