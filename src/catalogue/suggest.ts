/** Edit distance, to suggest the id an author most likely meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** `; did you mean "x"?` for a close known id, else a pointer to where the ids are listed. */
export function suggest(given: string, known: Iterable<string>, where: string): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(given, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(given.length / 3)) ? `; did you mean "${best}"?` : `; see ${where}`;
}
