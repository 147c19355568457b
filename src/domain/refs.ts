/**
 * A node as the statements name it in a fact or an answer: its id with its official and English
 * names (a township, office, station, person …); a post adds its rank and level. One name for it
 * everywhere (the word is "ref", docs/architecture.md).
 */
export interface NamedRef {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface PostRef extends NamedRef {
  rank: string | null;
  level: string | null;
}
