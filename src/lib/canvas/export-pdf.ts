import { exportToBlob, type Editor, type TLShapeId } from '@tldraw/tldraw';
import regularFont from '@expo-google-fonts/ibm-plex-sans/400Regular/IBMPlexSans_400Regular.ttf?url';
import boldFont from '@expo-google-fonts/ibm-plex-sans/600SemiBold/IBMPlexSans_600SemiBold.ttf?url';
import { areasInReadingOrder, areaTitle } from './reading-order.ts';

export interface PdfExport {
	boardTitle: string;
	/** The day in the footer, as the reader writes it (e.g. 02-12-2026). */
	day: string;
	/** "Page 2 of 11" in the reader's language. */
	pageLabel(page: number, pages: number): string;
}

interface Page {
	title: string;
	ids: TLShapeId[];
}

// A4 landscape in points; the header and footer take a band each.
const PAGE = { width: 841.89, height: 595.28, margin: 36, header: 34, footer: 24 };
// Frames are drawn as images (cards are HTML on the canvas); about 2,400 pixels across stays sharp on A4.
const IMAGE_PIXELS = 2_400;

/**
 * The board as a PDF: one page per area (frame or ring) in reading order, each with the board and area
 * title above and the day and page number below; the whole board on one page when it has no areas.
 */
export async function exportPdf(editor: Editor, options: PdfExport): Promise<Blob | null> {
	const pages = boardPages(editor, options.boardTitle);
	if (pages.length === 0) return null;
	const { jsPDF } = await import('jspdf');
	const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
	await embedFonts(pdf);
	pdf.setProperties({ title: options.boardTitle, creator: 'Werkbord' });
	for (const [index, page] of pages.entries()) {
		if (index > 0) pdf.addPage('a4', 'landscape');
		drawBands(pdf, options, page.title, index + 1, pages.length);
		const image = await pageImage(editor, page.ids);
		if (image) placeImage(pdf, image);
	}
	return pdf.output('blob');
}

function boardPages(editor: Editor, boardTitle: string): Page[] {
	const areas = areasInReadingOrder(editor).filter((shape) => shape.parentId === editor.getCurrentPageId());
	if (areas.length > 0) return areas.map((shape) => ({ title: areaTitle(editor, shape), ids: [shape.id] }));
	const all = [...editor.getCurrentPageShapeIds()];
	return all.length > 0 ? [{ title: boardTitle, ids: all }] : [];
}

async function embedFonts(pdf: import('jspdf').jsPDF): Promise<void> {
	for (const [file, url, style] of [
		['IBMPlexSans-Regular.ttf', regularFont, 'normal'],
		['IBMPlexSans-SemiBold.ttf', boldFont, 'bold']
	] as const) {
		const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
		let binary = '';
		for (let i = 0; i < bytes.length; i += 0x8000)
			binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		pdf.addFileToVFS(file, binary);
		pdf.addFont(file, 'IBMPlexSans', style);
	}
}

function drawBands(
	pdf: import('jspdf').jsPDF,
	options: PdfExport,
	areaTitle: string,
	page: number,
	pages: number
): void {
	const { width, height, margin } = PAGE;
	pdf.setTextColor(30, 30, 30);
	pdf.setFont('IBMPlexSans', 'bold');
	pdf.setFontSize(14);
	pdf.text(fit(pdf, areaTitle, width / 2), margin, margin + 12);
	pdf.setFont('IBMPlexSans', 'normal');
	pdf.setFontSize(10);
	pdf.setTextColor(90, 90, 90);
	pdf.text(fit(pdf, options.boardTitle, width / 2 - margin * 2), width - margin, margin + 12, {
		align: 'right'
	});
	pdf.setDrawColor(200, 200, 200);
	pdf.line(margin, margin + PAGE.header - 10, width - margin, margin + PAGE.header - 10);
	pdf.text(options.day, margin, height - margin + 6);
	pdf.text(options.pageLabel(page, pages), width - margin, height - margin + 6, { align: 'right' });
}

/** The text cut with an ellipsis to `room` points, so a long title does not run into the other. */
function fit(pdf: import('jspdf').jsPDF, text: string, room: number): string {
	if (pdf.getTextWidth(text) <= room) return text;
	let cut = text;
	while (cut.length > 1 && pdf.getTextWidth(`${cut}…`) > room) cut = cut.slice(0, -1);
	return `${cut.trimEnd()}…`;
}

interface PageImage {
	bytes: Uint8Array;
	width: number;
	height: number;
}

async function pageImage(editor: Editor, ids: TLShapeId[]): Promise<PageImage | null> {
	const bounds = editor.getShapePageBounds(ids[0]!);
	const across = ids.length === 1 && bounds ? bounds.w : editor.getCurrentPageBounds()?.w;
	const scale = Math.min(2, IMAGE_PIXELS / Math.max(1, across ?? IMAGE_PIXELS));
	const blob = await exportToBlob({
		editor,
		ids,
		format: 'png',
		opts: { background: true, scale, padding: 16 }
	});
	const bitmap = await createImageBitmap(blob);
	const image = {
		bytes: new Uint8Array(await blob.arrayBuffer()),
		width: bitmap.width,
		height: bitmap.height
	};
	bitmap.close();
	return image;
}

/** The image as large as the space between the bands allows, centred, its proportions kept. */
function placeImage(pdf: import('jspdf').jsPDF, image: PageImage): void {
	const { width, height, margin, header, footer } = PAGE;
	const room = {
		x: margin,
		y: margin + header,
		w: width - margin * 2,
		h: height - margin * 2 - header - footer
	};
	const scale = Math.min(room.w / image.width, room.h / image.height);
	const w = image.width * scale;
	const h = image.height * scale;
	pdf.addImage(
		image.bytes,
		'PNG',
		room.x + (room.w - w) / 2,
		room.y + (room.h - h) / 2,
		w,
		h,
		undefined,
		'FAST'
	);
}
