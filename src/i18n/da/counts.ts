// Danish counts: "1 møde", "3 møder". The phrases that count take the number, not the words,
// so that a language whose verbs agree with the count can say so.

const plural = (one: string, many: string) => (n: number) => `${n} ${n === 1 ? one : many}`;

export const counts = {
  meetings: plural("møde", "møder"),
  news: plural("nyhed", "nyheder"),
};
