import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite';

/** tldraw's fonts, icons and translations, bundled by Vite and served from our own origin. */
export const assetUrls = getAssetUrlsByImport();
