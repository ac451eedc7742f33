// Reads one uploaded file from a multipart post without ever holding more than `maxBytes`:
// the Content-Length is checked first (browsers always send it), and the body is counted while
// it is read, because a client can leave the length out (chunked) and send more.

export type UploadedFile =
  | { ok: true; fileName: string; text: string }
  | { ok: false; status: 400 | 413; message: string };

export async function readUploadedFile(
  request: Request,
  options: { field: string; maxBytes: number; maxLabel: string },
): Promise<UploadedFile> {
  const tooLarge: UploadedFile = {
    ok: false,
    status: 413,
    message: `Dit bestand is te groot. Een plandocument mag hoogstens ${options.maxLabel} zijn. Een plan is meestal veel kleiner. Kijk of je het goede bestand hebt gekozen.`,
  };
  const declared = Number(request.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) return tooLarge;

  const body = await readLimited(request.body, options.maxBytes);
  if (body === null) return tooLarge;

  const noFile: UploadedFile = { ok: false, status: 400, message: 'Kies eerst een bestand.' };
  let form: FormData;
  try {
    form = await new Request(request.url, {
      method: 'POST',
      headers: { 'Content-Type': request.headers.get('Content-Type') ?? '' },
      body,
    }).formData();
  } catch {
    return noFile;
  }
  const file = form.get(options.field);
  if (!(file instanceof File) || (file.size === 0 && file.name === '')) return noFile;
  if (file.size === 0) {
    return { ok: false, status: 400, message: 'Dit bestand is leeg. Kies een ander bestand.' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    return { ok: true, fileName: file.name, text };
  } catch {
    return {
      ok: false,
      status: 400,
      message:
        'Dit bestand is geen geldig plandocument: het is geen tekstbestand. Kies het bestand dat eindigt op .json.',
    };
  }
}

/** The whole body, or null as soon as it grows past `maxBytes`. */
async function readLimited(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await discardRest(reader, maxBytes);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Reads on without keeping anything, so the client finishes sending and then sees our answer
 * (stopping at once resets the connection and the person sees no message). A body far over the
 * limit is cut off after all.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number) {
  let discarded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    discarded += value.byteLength;
    if (discarded > maxBytes) {
      await reader.cancel();
      return;
    }
  }
}
