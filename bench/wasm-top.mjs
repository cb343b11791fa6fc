// Where the wasm's bytes go (like `twiggy top`): code size per function, largest first, and data
// segments. Needs a wasm with a name section, e.g. the build with names kept:
//   wasm-opt -Oz -g target/.../aa-decision-aid_bg.wasm -o /tmp/named.wasm   (after wasm-bindgen)
//   node bench/wasm-top.mjs /tmp/named.wasm [count] [filter-regex]
import { readFileSync } from "node:fs";

const buf = readFileSync(process.argv[2]);
const count = Number(process.argv[3] || 40);
const filter = process.argv[4] ? new RegExp(process.argv[4]) : null;
const dec = new TextDecoder();
function leb(pos) {
  let r = 0, shift = 0;
  for (;;) {
    const b = buf[pos++];
    r += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return [r, pos];
  }
}
let pos = 8, imports = 0;
const bodies = [], names = new Map();
let dataBytes = 0;
const sections = [];
while (pos < buf.length) {
  const id = buf[pos];
  const [size, start] = leb(pos + 1);
  const end = start + size;
  sections.push([id, size]);
  if (id === 2) {
    let [n, p] = leb(start);
    for (let i = 0; i < n; i++) {
      let l; [l, p] = leb(p); p += l; [l, p] = leb(p); p += l;
      const kind = buf[p++];
      if (kind === 0) { imports++; [, p] = leb(p); }
      else if (kind === 1) { p++; const f = buf[p++]; [, p] = leb(p); if (f & 1) [, p] = leb(p); }
      else if (kind === 2) { const f = buf[p++]; [, p] = leb(p); if (f & 1) [, p] = leb(p); }
      else if (kind === 3) { p += 2; }
    }
  } else if (id === 10) {
    let [n, p] = leb(start);
    for (let i = 0; i < n; i++) {
      const [s, b] = leb(p);
      bodies.push(s + (b - p));
      p = b + s;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0) {
    const [nl, np] = leb(start);
    const name = dec.decode(buf.subarray(np, np + nl));
    if (name === "name") {
      let p = np + nl;
      while (p < end) {
        const sub = buf[p];
        const [ss, sp] = leb(p + 1);
        if (sub === 1) {
          let [n, q] = leb(sp);
          for (let i = 0; i < n; i++) {
            let idx, l;
            [idx, q] = leb(q); [l, q] = leb(q);
            names.set(idx, dec.decode(buf.subarray(q, q + l)));
            q += l;
          }
        }
        p = sp + ss;
      }
    }
  }
  pos = end;
}
const rows = bodies.map((s, i) => [s, names.get(i + imports) || `func[${i + imports}]`]);
const total = rows.reduce((a, [s]) => a + s, 0);
const shown = rows.filter(([, n]) => !filter || filter.test(n)).sort((a, b) => b[0] - a[0]);
console.log(`code ${total} bytes in ${rows.length} functions; data ${dataBytes} bytes; file ${buf.length}`);
if (filter) console.log(`matching /${filter.source}/: ${shown.reduce((a, [s]) => a + s, 0)} bytes in ${shown.length} functions`);
for (const [s, n] of shown.slice(0, count)) console.log(`${String(s).padStart(7)}  ${n.slice(0, 150)}`);
