import { fileURLToPath } from 'node:url';
import { patchModule, replaceOnce } from './patch-module.ts';

const GENERATE_IMAGE = 'const generateImage = (dpr, currentZoom, darkMode) => {\n';
const WHEN_IDLE = fileURLToPath(new URL('../src/lib/when-idle.ts', import.meta.url));

/**
 * tldraw's hatched fill drawn once the page has nothing else to do. tldraw 3.15 paints the hatch
 * pattern for every zoom step and both themes (8 canvases, each encoded to a PNG) as soon as the
 * editor mounts, on every board: 20–45 ms in the middle of opening one, for a fill that few
 * shapes use. Until they are ready, a hatched shape is filled plain, as tldraw does meanwhile
 * anyway. The build fails if tldraw changes the function, rather than silently losing this.
 */
export const tldrawPatternsWhenIdle = () =>
	patchModule({
		name: 'werkbord-tldraw-patterns-when-idle',
		module: /[\\/]tldraw[\\/]dist-esm[\\/]lib[\\/]shapes[\\/]shared[\\/]defaultStyleDefs\.mjs$/,
		changed: 'tldraw changed its generateImage',
		file: 'vite/tldraw-patterns-when-idle.ts',
		patch(code) {
			const patched = replaceOnce(
				code,
				GENERATE_IMAGE,
				'const generateImage = (dpr, currentZoom, darkMode) =>\n' +
					'  whenIdle().then(() => generateImageNow(dpr, currentZoom, darkMode));\n' +
					'const generateImageNow = (dpr, currentZoom, darkMode) => {\n'
			);
			return patched && `import { whenIdle } from ${JSON.stringify(WHEN_IDLE)};\n${patched}`;
		}
	});
