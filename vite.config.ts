import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { werkbordSync } from './server/vite-plugin.ts';
import { latinFonts } from './vite/latin-fonts.ts';
import { lib0ShortStrings } from './vite/lib0-short-strings.ts';
import { noUnresolvedNames } from './vite/no-unresolved-names.ts';
import { tiptapSchemaOnce } from './vite/tiptap-schema-once.ts';
import { tldrawHoverAtRest } from './vite/tldraw-hover-at-rest.ts';
import { tldrawPatternsWhenIdle } from './vite/tldraw-patterns-when-idle.ts';
import { tldrawShapesToMount } from './vite/tldraw-shapes-to-mount.ts';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './src/lib/i18n/project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'baseLocale']
		}),
		latinFonts(),
		lib0ShortStrings(),
		tiptapSchemaOnce(),
		tldrawHoverAtRest(),
		tldrawPatternsWhenIdle(),
		tldrawShapesToMount(),
		sveltekit(),
		werkbordSync(),
		noUnresolvedNames()
	],
	// The tldraw island's JSX, compiled by Vite's own transform. (@vitejs/plugin-react needs a
	// Fast Refresh preamble in index.html, which SvelteKit pages do not have.)
	oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
	// tldraw's asset module imports its fonts, icons and translations with `?url`; pre-bundling
	// it would break those imports, so Vite serves it as it is.
	optimizeDeps: { exclude: ['@tldraw/assets'] }
});
