export { importText } from './import-text.js';
export { htmlToText } from './html-to-text.js';
export { decodeText, type DecodedText } from './decode-text.js';
export { locateJsonPointer } from './locate-pointer.js';
export type {
  ComposedText,
  Coverage,
  ImportOptions,
  ImportReport,
  ImportResult,
  ReportEntry,
  ReportKind,
  Span,
} from './types.js';
