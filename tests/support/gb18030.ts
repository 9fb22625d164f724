// Encodes text as GB18030 (what Excel's plain "CSV" on Chinese Windows saves), for tests: Node decodes
// GB18030 but has no encoder, so the two-byte table is built by decoding every two-byte sequence once.
let table: Map<string, number[]> | null = null;

function twoByteTable(): Map<string, number[]> {
  const decoder = new TextDecoder("gb18030", { fatal: true });
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && !map.has(char)) map.set(char, [lead, trail]);
      } catch {
        // not a character
      }
    }
  }
  return map;
}

/** ASCII and every character of the two-byte range (all of GBK: common Chinese text and punctuation). */
export function encodeGb18030(text: string): Buffer {
  table ??= twoByteTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
