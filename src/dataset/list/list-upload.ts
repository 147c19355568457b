/**
 * The importList mutation's upload: Apollo Server 5 takes no multipart requests, so the workbook
 * comes as a base64 `String` in the JSON body. One town's list of about two hundred items as the
 * exporter writes it (every item, a sheet per office and the audit sheet) is about 0.1 MB; Excel's
 * own files of such a list, with styles, a few times that. 2 MiB leaves room for a list ten times
 * larger while keeping what one request may make the service unzip and hold small.
 */
export const MAX_WORKBOOK_BYTES = 2 * 1024 * 1024;

/** The base64 text of the largest workbook accepted, with room for the query and the other variables. */
export const MAX_UPLOAD_BODY_BYTES = Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4 + 64 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export type DecodedWorkbook = { ok: true; content: Buffer } | { ok: false; problem: 'not-base64' | 'empty' } | { ok: false; problem: 'too-large'; bytes: number };

/** The workbook's bytes from its base64 text (line breaks allowed, a `data:` URL prefix too), or why not. */
export function decodeWorkbook(text: string): DecodedWorkbook {
  const body = text.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (body.length === 0) return { ok: false, problem: 'empty' };
  if (body.length % 4 !== 0 || !BASE64.test(body)) return { ok: false, problem: 'not-base64' };
  const bytes = (body.length / 4) * 3 - (body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0);
  if (bytes > MAX_WORKBOOK_BYTES) return { ok: false, problem: 'too-large', bytes };
  return { ok: true, content: Buffer.from(body, 'base64') };
}
