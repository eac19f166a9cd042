// The part of pdf.js's API the letter reader uses (the package's own types are ES-module
// declarations that this CommonJS build cannot resolve).
declare module "pdfjs-dist/legacy/build/pdf.mjs" {
  export interface TextItem {
    readonly str: string;
    /** [scaleX, skewX, skewY, scaleY, x, y] */
    readonly transform: readonly number[];
    readonly width: number;
    readonly height: number;
    readonly hasEOL?: boolean;
  }
  export interface PdfPage {
    getTextContent(): Promise<{ items: ReadonlyArray<TextItem | { type: string }> }>;
  }
  export interface PdfDocument {
    readonly numPages: number;
    getPage(n: number): Promise<PdfPage>;
    destroy(): Promise<void>;
  }
  export function getDocument(source: {
    data: Uint8Array;
    disableFontFace?: boolean;
    useSystemFonts?: boolean;
    isEvalSupported?: boolean;
    verbosity?: number;
  }): { promise: Promise<PdfDocument> };
}

declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  /** Run on the calling thread when set as `globalThis.pdfjsWorker`. */
  export const WorkerMessageHandler: unknown;
}
