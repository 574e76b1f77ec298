import { createRoot } from 'react-dom/client';
import { atom, type Editor, type TLPresenceUserInfo, type TLShapeId } from '@tldraw/tldraw';
import type { TemplateDefinition } from '$lib/templates/index.ts';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { agendaSteps, goToShape, type AgendaStep } from './agenda.ts';
import { BoardEditor } from './BoardEditor.tsx';
import { setSelectionLocked } from './locks.ts';
import { createVoteView, type VoteView } from './voting/vote-view.ts';
import { keepRanking, scopeFromSelection, shapeLabel } from './voting/vote-result.ts';
import type { VoteScope } from '../facilitation/facilitation-commands.ts';
import { insertCard } from './shapes/insert-card.ts';
import type { CardType } from './shapes/cards.ts';
import { insertTemplate } from './templates/apply-template.ts';
import { templateLocale } from '../i18n/localized.ts';

export interface MountBoardOptions {
	doc: Y.Doc;
	awareness: Awareness;
	user: TLPresenceUserInfo;
	online: boolean;
	locale: string;
	licenseKey?: string;
	readOnly: boolean;
	facilitator: boolean;
	template: TemplateDefinition | null;
	onError(message: string): void;
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
	destroy(): void;
}

/** Renders the tldraw editor (a React island) into `target`; the Svelte page owns everything around it. */
export function mountBoard(target: HTMLElement, options: MountBoardOptions): MountedBoard {
	const user = atom('werkbord user', options.user);
	const online = atom<'online' | 'offline'>('werkbord online', options.online ? 'online' : 'offline');
	const voteView = createVoteView();
	const root = createRoot(target);
	let editor: Editor | null = null;
	root.render(
		<BoardEditor
			doc={options.doc}
			awareness={options.awareness}
			user={user}
			online={online}
			locale={options.locale}
			licenseKey={options.licenseKey}
			readOnly={options.readOnly}
			facilitator={options.facilitator}
			voteView={voteView}
			template={options.template}
			onEditor={(ready) => (editor = ready)}
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
		showVote: (view) => voteView.set(view),
		voteScope: () => (editor ? scopeFromSelection(editor) : { kind: 'board' }),
		shapeLabel: (id) => (editor ? shapeLabel(editor, id) : id),
		keepRanking: (title, rows) => {
			if (editor) keepRanking(editor, title, rows);
		},
		destroy: () => root.unmount()
	};
}
