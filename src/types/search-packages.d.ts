// Type declarations for search packages that ship none the project's module resolution finds.

declare module 'wink-porter2-stemmer' {
  /** The Porter2 (English) stem of one lower-case word. */
  export default function stem(word: string): string;
}

declare module 'opencc-js/t2cn' {
  /** A converter between Chinese variants; `{ from: 't', to: 'cn' }` turns traditional into simplified. */
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
