// The CJK font of the letter's PDF (issue 14 item 3). LETTER_FONT names it ("path" or "path#PostScriptName"
// for a .ttc collection); unset, the usual system fonts are tried in turn (Debian's fonts-noto-cjk, which
// .ci/run installs, then WenQuanYi and Droid). pdfkit embeds only the glyphs a letter uses.
import { existsSync } from "node:fs";
import { setting } from "@/lib/server/config";

export interface LetterFont {
  path: string;
  /** The face inside a collection (.ttc); undefined for a single font file. */
  family?: string;
}

const SYSTEM_FONTS = [
  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular",
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular",
  "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular",
  "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular",
  "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc#WenQuanYiMicroHei",
  "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
];

function parse(spec: string): LetterFont {
  const hash = spec.lastIndexOf("#");
  return hash > 0 ? { path: spec.slice(0, hash), family: spec.slice(hash + 1) } : { path: spec };
}

/** The font to use, or null when none is there (the PDF route then answers 503). */
export function letterFont(): LetterFont | null {
  const configured = setting("LETTER_FONT");
  const candidates = configured ? [configured] : SYSTEM_FONTS;
  for (const spec of candidates) {
    const font = parse(spec);
    if (existsSync(font.path)) return font;
  }
  return null;
}
