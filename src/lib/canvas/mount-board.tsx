import { createRoot } from 'react-dom/client';
import { atom, type TLPresenceUserInfo } from '@tldraw/tldraw';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { BoardEditor } from './BoardEditor.tsx';

export interface MountBoardOptions {
	doc: Y.Doc;
	awareness: Awareness;
	user: TLPresenceUserInfo;
	online: boolean;
	locale: string;
	licenseKey?: string;
	readOnly: boolean;
	onError(message: string): void;
}

export interface MountedBoard {
	setUser(user: TLPresenceUserInfo): void;
	setOnline(online: boolean): void;
	destroy(): void;
}

/** Renders the tldraw editor (a React island) into `target`; the Svelte page owns everything around it. */
export function mountBoard(target: HTMLElement, options: MountBoardOptions): MountedBoard {
	const user = atom('werkbord user', options.user);
	const online = atom<'online' | 'offline'>('werkbord online', options.online ? 'online' : 'offline');
	const root = createRoot(target);
	root.render(
		<BoardEditor
			doc={options.doc}
			awareness={options.awareness}
			user={user}
			online={online}
			locale={options.locale}
			licenseKey={options.licenseKey}
			readOnly={options.readOnly}
			onError={options.onError}
		/>
	);
	return {
		setUser: (next) => user.set(next),
		setOnline: (next) => online.set(next ? 'online' : 'offline'),
		destroy: () => root.unmount()
	};
}
