/**
 * Agent text can carry characters that are invisible or that reorder what is around them:
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks
 * (U+200E, U+200F, U+061C), zero-width and invisible characters (U+200B–U+200D, U+2060–U+2064,
 * U+FEFF, U+180E). Shown raw, "evil\u202Eexe.txt" reads as "eviltxt.exe". Each is replaced by
 * a visible marker such as ⟨U+202E⟩, so the text reads in the order it was written. A zero-width
 * joiner inside an emoji sequence (👩‍💻) is kept: it only joins pictures. Pure.
 */
const HIDDEN =
  /[\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

export function legibleText(text: string): string {
  return text.replace(
    HIDDEN,
    (ch) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`,
  );
}
