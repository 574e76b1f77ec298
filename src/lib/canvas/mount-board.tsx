import { createRoot } from 'react-dom/client';
import { atom, react, type Editor, type TLPresenceUserInfo, type TLShapeId } from '@tldraw/tldraw';
import type { TemplateDefinition } from '$lib/templates/index.ts';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { BoardEditor } from './BoardEditor.tsx';
import { exportImage, type ImageExport } from './export-image.ts';
import { exportPdf, type PdfExport } from './export-pdf.ts';
import { agendaSteps, goToShape, type AgendaStep } from './facilitation/agenda.ts';
import { createFacilitationView, type VoteView } from './facilitation/facilitation-view.ts';
import { setSelectionLocked } from './facilitation/locks.ts';
import { bindPrivateNotes } from './facilitation/private-mode.ts';
import { keepRanking, scopeFromSelection, shapeLabel } from './facilitation/vote-result.ts';
import type { VoteScope } from '../facilitation/facilitation-commands.ts';
import type { PingState } from '../facilitation/facilitation-state.ts';
import { insertCard } from './shapes/insert-card.ts';
import type { CardType } from './shapes/cards.ts';
import { insertTemplate } from './templates/apply-template.ts';
import { templateLocale } from '../i18n/localized.ts';

export interface MountBoardOptions {
	boardId: string;
	doc: Y.Doc;
	awareness: Awareness;
	user: TLPresenceUserInfo;
	online: boolean;
	locale: string;
	licenseKey?: string;
	readOnly: boolean;
	facilitator: boolean;
	template: TemplateDefinition | null;
	onError(error: unknown): void;
	/** Whose view this canvas follows now (null: nobody); tldraw stops when the user moves. */
	onFollowing(userId: string | null): void;
}

export interface MountedBoard {
	setUser(user: TLPresenceUserInfo): void;
	setOnline(online: boolean): void;
	/** Inserts a template in the middle of the view (no-op until the editor is ready). */
	insertTemplate(template: TemplateDefinition): void;
	/** Adds an empty card in the middle of the view and opens it for editing. */
	insertCard(type: CardType): void;
	/** The steps of the board's model, for the facilitator's agenda (empty until the editor is ready). */
	agendaSteps(): AgendaStep[];
	/** Shows a step's shape: the whole of it in view, outlined for a moment. */
	goTo(target: string): void;
	/** Where the agenda is now (the ring marks its step); null: no agenda. */
	markAgendaStep(step: { target: string; step: number } | null): void;
	/** Locks or unlocks the selection with Werkbord's lock (a facilitator's action). */
	setSelectionLocked(locked: boolean): void;
	/** Shows a dot vote on the items (or none). */
	showVote(view: VoteView): void;
	/** What a vote opened now would be about: the selected frame or shapes, or the board. */
	voteScope(): VoteScope;
	/** The words of an item, for the ranking. */
	shapeLabel(id: string): string;
	/** Keeps a ranking on the board as a frame of notes. */
	keepRanking(title: string, rows: { target: string; count: number }[]): void;
	/** Follows a participant's view (tldraw's following), or stops following. */
	follow(userId: string | null): void;
	/** The middle of this view, on the page: where a facilitator's "look here" points. */
	viewCentre(): { x: number; y: number };
	/** Shows a "look here": brings the point into view and marks it with the name. */
	showPing(ping: PingState): void;
	/** Participant mode on this canvas (a participant's: page menu and style panel hidden). */
	setRestricted(restricted: boolean): void;
	/** The board, a frame or the selection as an image (null when there is nothing to export). */
	exportImage(options: ImageExport): Promise<Blob | null>;
	/** The board as a PDF, a page per frame (null when there is nothing to export). */
	exportPdf(options: PdfExport): Promise<Blob | null>;
	/** A private brainstorm on or off: this participant's new shapes are private while on. */
	setPrivateMode(on: boolean): void;
	/** Shows this participant's private notes (their own doc) on the canvas, from now on. */
	showPrivateNotes(doc: Y.Doc): void;
	destroy(): void;
}

/** Renders the tldraw editor (a React island) into `target`; the Svelte page owns everything around it. */
export function mountBoard(target: HTMLElement, options: MountBoardOptions): MountedBoard {
	const user = atom('werkbord user', options.user);
	const online = atom<'online' | 'offline'>('werkbord online', options.online ? 'online' : 'offline');
	const view = createFacilitationView();
	const root = createRoot(target);
	let editor: Editor | null = null;
	let stopWatching = () => {};
	let privateNotes: Y.Doc | null = null;
	let unbindPrivate = () => {};
	const bindPrivate = () => {
		if (editor && privateNotes) unbindPrivate = bindPrivateNotes(editor, privateNotes);
	};
	root.render(
		<BoardEditor
			boardId={options.boardId}
			doc={options.doc}
			awareness={options.awareness}
			user={user}
			online={online}
			locale={options.locale}
			licenseKey={options.licenseKey}
			readOnly={options.readOnly}
			facilitator={options.facilitator}
			facilitationView={view}
			template={options.template}
			onEditor={(ready) => {
				editor = ready;
				bindPrivate();
				stopWatching = react('following', () =>
					options.onFollowing(ready.getInstanceState().followingUserId)
				);
			}}
			onError={options.onError}
		/>
	);
	return {
		setUser: (next) => user.set(next),
		setOnline: (next) => online.set(next ? 'online' : 'offline'),
		insertTemplate: (template) => {
			if (editor) insertTemplate(editor, template, templateLocale(options.locale), options.facilitator);
		},
		insertCard: (type) => {
			if (editor) insertCard(editor, type);
		},
		agendaSteps: () => (editor ? agendaSteps(editor, options.template, templateLocale(options.locale)) : []),
		goTo: (target) => {
			if (editor) goToShape(editor, target as TLShapeId);
		},
		setSelectionLocked: (locked) => {
			if (editor) setSelectionLocked(editor, locked);
		},
		showVote: (vote) => view.vote.set(vote),
		voteScope: () => (editor ? scopeFromSelection(editor) : { kind: 'board' }),
		shapeLabel: (id) => (editor ? shapeLabel(editor, id) : id),
		keepRanking: (title, rows) => {
			if (editor) keepRanking(editor, title, rows);
		},
		follow: (userId) => {
			if (!editor) return;
			if (userId) editor.startFollowingUser(userId);
			else editor.stopFollowingUser();
		},
		viewCentre: () => {
			const centre = editor?.getViewportPageBounds().center ?? { x: 0, y: 0 };
			return { x: Math.round(centre.x), y: Math.round(centre.y) };
		},
		showPing: (ping) => {
			view.ping.set(ping);
			editor?.centerOnPoint(ping, { animation: { duration: 400 } });
		},
		setRestricted: (restricted) => view.restricted.set(restricted),
		markAgendaStep: (step) => view.agendaStep.set(step),
		setPrivateMode: (on) => view.privateMode.set(on),
		exportImage: async (exported) => (editor ? exportImage(editor, exported) : null),
		exportPdf: async (exported) => (editor ? exportPdf(editor, exported) : null),
		showPrivateNotes: (doc) => {
			if (privateNotes) return;
			privateNotes = doc;
			bindPrivate();
		},
		destroy: () => {
			stopWatching();
			unbindPrivate();
			root.unmount();
		}
	};
}
