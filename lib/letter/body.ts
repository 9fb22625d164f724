// The letter's frame prints the salutation, the opening formula (您提出的《…》收悉。现答复如下) and the
// thanks; the reply's text is the body only. Text written before templates gave the body only may still
// carry them: the frame then leaves its own out rather than change what the unit wrote, except the
// salutation, which the frame always prints since each co-signing deputy gets the letter addressed to them.

export interface LetterBody {
  paragraphs: string[];
  /** The text already says 收悉 (the frame's opening would repeat it). */
  hasOpening: boolean;
  /** The text already ends with thanks (the frame's closing would repeat it). */
  hasClosing: boolean;
}

const SALUTATION = /^[^，。；！？\s]{1,40}代表[：:]$/;
const OPENING = /收悉|现答复如下/;
const CLOSING = /^(感谢|谢谢|衷心感谢)/;

export function letterBody(text: string): LetterBody {
  const paragraphs = text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (SALUTATION.test(paragraphs[0] ?? "")) paragraphs.shift();
  const hasOpening = paragraphs.slice(0, 2).some((p) => OPENING.test(p));
  const hasClosing = CLOSING.test(paragraphs.at(-1) ?? "");
  return { paragraphs, hasOpening, hasClosing };
}
