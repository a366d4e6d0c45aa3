/**
 * Which links keep their order: the longest increasing subsequence of new positions taken in
 * old order. Links outside it are the ones that `moved`. O(n log n).
 * `positions[i]` is the new position of the i-th link in old order; returns a flag per link.
 */
export function inOrder(positions: readonly number[]): boolean[] {
  const tails: number[] = []
  const previous = new Int32Array(positions.length).fill(-1)
  for (let index = 0; index < positions.length; index++) {
    const value = positions[index]!
    let low = 0
    let high = tails.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (positions[tails[middle]!]! < value) low = middle + 1
      else high = middle
    }
    if (low > 0) previous[index] = tails[low - 1]!
    tails[low] = index
  }
  const kept = new Array<boolean>(positions.length).fill(false)
  let cursor = tails.length > 0 ? tails[tails.length - 1]! : -1
  while (cursor >= 0) {
    kept[cursor] = true
    cursor = previous[cursor]!
  }
  return kept
}
