/**
 * Inflating a zip entry with a running byte count, stopping as soon as it yields more than
 * allowed. Uses the platform's DecompressionStream("deflate-raw") (Node ≥ 20.12 and every
 * browser an Office add-in runs in), so nothing is added to the task pane bundle. Node and browser.
 */

export type Inflated =
  /** The whole entry, within the limit (`bytes` empty unless asked to keep them). */
  | { status: "ok"; size: number; bytes: Uint8Array }
  /** It yielded more than the limit; inflation was abandoned there. */
  | { status: "over" }
  /** The data does not inflate (bad deflate data, or trailing bytes some inflaters refuse). */
  | { status: "failed" }
  /** This platform has no raw-deflate DecompressionStream. */
  | { status: "unavailable" };

/** Input is fed in slices so that backpressure keeps at most a few output chunks in memory. */
const SLICE = 64 * 1024;

/**
 * Inflates raw-deflate `data`, never holding more than `limit` bytes of output (plus one chunk).
 *
 * @example await inflateWithin(entryBytes, entry.uncompressedSize) // { status: "over" } for a lie
 */
export async function inflateWithin(data: Uint8Array, limit: number, keep = false): Promise<Inflated> {
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream("deflate-raw");
  } catch {
    return { status: "unavailable" };
  }
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = feed(writer, data);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        await feeding;
        return { status: "over" };
      }
      if (keep) chunks.push(read.value);
    }
  } catch {
    await feeding;
    return { status: "failed" };
  }
  await feeding;
  return { status: "ok", size, bytes: concat(chunks, size) };
}

/** Writes `data` slice by slice; a write refused because the reader gave up is not an error here. */
async function feed(writer: WritableStreamDefaultWriter<BufferSource>, data: Uint8Array): Promise<void> {
  try {
    // `slice` copies into a plain ArrayBuffer, which is what BufferSource asks for.
    for (let at = 0; at < data.byteLength; at += SLICE) await writer.write(data.slice(at, at + SLICE));
    await writer.close();
  } catch {
    // The readable side was cancelled (over the limit) or errored (bad data): reported there.
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
