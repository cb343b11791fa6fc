// Shorten the names the wasm and its JS glue use for each other.
//
// wasm-bindgen names every import like `__wbg_setAttribute_2d8f1e0c5b7a9e31` and every closure
// export like `wasm_bindgen__convert__closures_____invoke__h4a96dd2f26cd2bb9`. The hex hashes
// cannot be compressed, and each name is stored twice (in the wasm and in the JS), so they cost
// patients about 3 KB brotli. This rewrites both files with one- or two-letter names. It changes
// no code: only the import/export section of the wasm and the matching keys in the JS (and it
// drops the wasm's metadata sections, which browsers ignore).

const textDecoder = new TextDecoder();
const textEncoder = new TextEncoder();

function readLeb(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [result, pos];
  }
}

function leb(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function name(s) {
  const bytes = textEncoder.encode(s);
  return [...leb(bytes.length), ...bytes];
}

/** a, b, …, Z, aa, ab, …: valid JS property names, never `__proto__`. */
function shortName(i) {
  const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = chars[i % chars.length] + s;
    i = Math.floor(i / chars.length) - 1;
  } while (i >= 0);
  return s;
}

/** Import and export sections rewritten with short names (imports under `module`) and custom
 * (metadata) sections dropped; everything else byte for byte. Also returns the old import
 * module name, which the JS glue uses as a key. */
export function shortenWasm(wasm, module) {
  // old name -> { short, isImport }; imports and exports share no names.
  const renamed = new Map();
  let oldModule = null; // wasm-bindgen puts every import in one module
  const out = [wasm.subarray(0, 8)];
  let pos = 8;
  let next = 0;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = readLeb(wasm, pos + 1);
    const end = start + size;
    if (id === 0 && !process.env.AA_KEEP_NAMES) {
      // Custom sections (`producers`, `target_features`) are metadata no browser reads.
      // AA_KEEP_NAMES=1 keeps them: with `data-keep-debug` and `-g` in `data-wasm-opt-params` in
      // index.html, the build then keeps function names for profiling (bench/wasm-top.mjs).
      pos = end;
      continue;
    }
    if (id !== 2 && id !== 7) {
      out.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let p = start;
    const [count, afterCount] = readLeb(wasm, p);
    p = afterCount;
    const body = [...leb(count)];
    const readName = () => {
      const [len, s] = readLeb(wasm, p);
      p = s + len;
      return textDecoder.decode(wasm.subarray(s, s + len));
    };
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        oldModule = readName();
        const field = readName();
        const descStart = p;
        const kind = wasm[p++];
        if (kind !== 0) throw new Error(`short-names: unexpected import kind ${kind} for ${field}`);
        [, p] = readLeb(wasm, p);
        const short = shortName(next++);
        renamed.set(field, { short, isImport: true });
        body.push(...name(module), ...name(short), ...wasm.subarray(descStart, p));
      } else {
        const field = readName();
        const descStart = p;
        p += 1;
        [, p] = readLeb(wasm, p);
        // Keep plain names (`memory`, `main`) that could also be ordinary JS words.
        const keep = !field.startsWith("__") && !field.startsWith("wasm_bindgen__");
        const short = keep ? field : shortName(next++);
        if (!keep) renamed.set(field, { short, isImport: false });
        body.push(...name(short), ...wasm.subarray(descStart, p));
      }
    }
    if (p !== end) throw new Error(`short-names: section ${id} did not parse to its end`);
    out.push(Uint8Array.from([id, ...leb(body.length), ...body]));
    pos = end;
  }
  const total = out.reduce((n, part) => n + part.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of out) {
    joined.set(part, at);
    at += part.length;
  }
  return { wasm: joined, renamed, oldModule };
}

/** The JS glue with every renamed identifier replaced. Every import must be provided by the glue
 * (fail loudly otherwise); some exports (`__abort_handler`) are not used by it. */
export function shortenJs(js, renamed, oldModule, module) {
  const quotedModule = JSON.stringify(oldModule);
  if (!js.includes(quotedModule)) throw new Error(`short-names: ${quotedModule} not in the JS glue`);
  js = js.split(quotedModule).join(JSON.stringify(module));
  for (const [from, { short: to, isImport }] of renamed) {
    const pattern = new RegExp(`(?<![\\w$])${from}(?![\\w$])`, "g");
    const before = js;
    js = js.replace(pattern, to);
    if (isImport && js === before) throw new Error(`short-names: ${from} not found in the JS glue`);
  }
  return js;
}
