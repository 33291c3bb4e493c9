import { inflateSync } from 'node:zlib';

/** A decoded image: `data` holds RGBA bytes, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Decodes the PNGs browsers write for screenshots (8-bit RGB or RGBA, not interlaced), enough
 * to look at pixels without another dependency.
 */
export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const chunks: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6))
        throw new Error(`Unsupported PNG: depth ${depth}, colour type ${colour}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      chunks.push(body);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? current[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      current[x] = (line[x]! + predict(filter, a, b, c)) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const to = (y * width + x) * 4;
      out[to] = current[x * channels]!;
      out[to + 1] = current[x * channels + 1]!;
      out[to + 2] = current[x * channels + 2]!;
      out[to + 3] = channels === 4 ? current[x * channels + 3]! : 255;
    }
    previous = current;
  }
  return { width, height, data: out };
}

function predict(filter: number, a: number, b: number, c: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return a;
    case 2:
      return b;
    case 3:
      return (a + b) >> 1;
    case 4: {
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
    default:
      throw new Error(`Unknown PNG filter ${filter}`);
  }
}

/**
 * The share of pixels within `tolerance` (per channel) of the most common colour: near 1 for
 * a solid block, well below it where text can be read.
 */
export function uniformity({ data }: Pixels, tolerance = 24): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let mode = 0;
  let best = -1;
  for (const [key, count] of counts) if (count > best) [mode, best] = [key, count];
  const [r, g, b] = [mode >> 16, (mode >> 8) & 0xff, mode & 0xff];
  let near = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.abs(data[i]! - r) <= tolerance &&
      Math.abs(data[i + 1]! - g) <= tolerance &&
      Math.abs(data[i + 2]! - b) <= tolerance
    )
      near++;
  }
  return near / (data.length / 4);
}

/**
 * The pixels of `rect` (in the image's own pixels) cut out of `image`: a viewport screenshot
 * cropped here reads the same in every harness, whose screenshot clips disagree on whether
 * they count from the viewport or the document once a page is scrolled.
 */
export function crop(
  image: Pixels,
  rect: { x: number; y: number; width: number; height: number },
): Pixels {
  const data = new Uint8Array(rect.width * rect.height * 4);
  for (let row = 0; row < rect.height; row++) {
    const from = ((rect.y + row) * image.width + rect.x) * 4;
    data.set(image.data.subarray(from, from + rect.width * 4), row * rect.width * 4);
  }
  return { width: rect.width, height: rect.height, data };
}
