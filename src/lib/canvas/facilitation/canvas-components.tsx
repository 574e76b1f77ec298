import {
	ColorSchemeMenu,
	DefaultHelpMenu,
	DefaultMainMenu,
	DefaultPageMenu,
	DefaultStylePanel,
	EditSubmenu,
	ExportFileContentSubMenu,
	ExtrasGroup,
	KeyboardShortcutsMenuItem,
	TldrawUiMenuGroup,
	TldrawUiMenuSubmenu,
	ToggleDynamicSizeModeItem,
	ToggleEdgeScrollingItem,
	ToggleFocusModeItem,
	ToggleGridItem,
	ToggleKeyboardShortcutsItem,
	TogglePasteAtCursorItem,
	ToggleReduceMotionItem,
	ToggleSnapModeItem,
	ToggleToolLockItem,
	ToggleWrapModeItem,
	useEditor,
	useValue,
	ViewSubmenu,
	type TLComponents,
	type TLUiStylePanelProps
} from '@tldraw/tldraw';
import { useFacilitationView } from './facilitation-view.ts';
import { PingLayer } from './PingLayer.tsx';
import { VoteLayer } from './VoteLayer.tsx';
import { ShapeIndicatorWhileShown } from '../shape-indicator.tsx';
import { FarNotesLayer } from '../shapes/note/far-notes-layer.tsx';

function useRestricted(): boolean {
	const view = useFacilitationView();
	return useValue('restricted', () => view.restricted.get(), [view]);
}

/** Participant mode hides the page menu and the style panel; the rest of tldraw stays as it is. */
function PageMenu() {
	return useRestricted() ? null : <DefaultPageMenu />;
}

/** Tools whose next shape takes the styles: the panel shows while one of them is in hand. */
const STYLED_TOOLS = new Set(['draw', 'highlight', 'geo', 'arrow', 'line', 'text', 'note', 'frame']);

/** The style panel, folded away until something is selected (or drawn), so it covers no frame. */
function StylePanel(props: TLUiStylePanelProps) {
	const editor = useEditor();
	const wanted = useValue(
		'style panel wanted',
		() => editor.getSelectedShapeIds().length > 0 || STYLED_TOOLS.has(editor.getCurrentToolId()),
		[editor]
	);
	return useRestricted() || !wanted ? null : <DefaultStylePanel {...props} />;
}

/** tldraw's main menu without its language menu: the app's own switch sets the language. */
function MainMenu() {
	return (
		<DefaultMainMenu>
			<TldrawUiMenuGroup id="basic">
				<EditSubmenu />
				<ViewSubmenu />
				<ExportFileContentSubMenu />
				<ExtrasGroup />
			</TldrawUiMenuGroup>
			<TldrawUiMenuGroup id="preferences">
				<TldrawUiMenuSubmenu id="preferences" label="menu.preferences">
					<TldrawUiMenuGroup id="preferences-actions">
						<ToggleSnapModeItem />
						<ToggleToolLockItem />
						<ToggleGridItem />
						<ToggleWrapModeItem />
						<ToggleFocusModeItem />
						<ToggleEdgeScrollingItem />
						<ToggleReduceMotionItem />
						<ToggleKeyboardShortcutsItem />
						<ToggleDynamicSizeModeItem />
						<TogglePasteAtCursorItem />
					</TldrawUiMenuGroup>
					<TldrawUiMenuGroup id="color-scheme">
						<ColorSchemeMenu />
					</TldrawUiMenuGroup>
				</TldrawUiMenuSubmenu>
				<KeyboardShortcutsMenuItem />
			</TldrawUiMenuGroup>
		</DefaultMainMenu>
	);
}

function HelpMenu() {
	return (
		<DefaultHelpMenu>
			<KeyboardShortcutsMenuItem />
		</DefaultHelpMenu>
	);
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
export const canvasComponents: TLComponents = {
	InFrontOfTheCanvas,
	OnTheCanvas: FarNotesLayer,
	PageMenu,
	StylePanel,
	MainMenu,
	HelpMenu,
	ShapeIndicator: ShapeIndicatorWhileShown
};
