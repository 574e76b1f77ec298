/** The files a board exports to (`/b/<id>/export.<format>`); the route matcher runs in the browser too. */
export const EXPORT_FORMATS = ['json', 'md', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
