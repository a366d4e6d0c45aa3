import {postsTo} from './checksum.js'
import {damaged} from './format.js'
import {postingCap} from './postings.js'
import type {PlaceCheckQueue} from './place-checks.js'
import {PostingPrefetch, type IndexFile} from './prefetch.js'

/** A seed's list of text ids, and whether it is in strictly ascending order (as the index writes postings). */
export interface PostingList {
  ids: Uint32Array
  ascending: boolean
}

/**
 * The posting lists an open index has read, each once: read from SQLite (`read`), or handed over
 * by a worker reading a trace's seeds ahead (store/prefetch.ts), checked the same way either way.
 */
export class PostingLists {
  private readonly cache = new Map<number, Uint32Array>()
  private readonly ascending = new WeakSet<Uint32Array>()
  private prefetcher: PostingPrefetch | undefined
  /** Lists a worker read ahead and handed over (what a bench or test can see of the worker). */
  readAhead = 0

  constructor(
    private readonly name: string,
    private readonly read: (seed: number) => PostingList,
  ) {}

  /** Ids of the distinct texts holding a seed, in index order, at most `postingCap`. */
  get(seed: number): Uint32Array {
    const known = this.cache.get(seed)
    if (known) return known
    const handed = this.prefetcher?.take(seed)
    if (handed) this.readAhead++
    const {ids, ascending} = handed ?? this.read(seed)
    if (ascending) this.ascending.add(ids)
    this.cache.set(seed, ids)
    return ids
  }

  /** Is a list from `get` in strictly ascending order? */
  inOrder(ids: Uint32Array): boolean {
    return this.ascending.has(ids)
  }

  /**
   * Every seed of a text whose postings were read (whole, not cut at the cap) must post to the
   * text: a posting row lost to damage (its key changed, a b-tree page garbled so SQLite no
   * longer finds it) would otherwise cost the text its votes silently.
   */
  checkPosted(id: number, seeds: Uint32Array): void {
    for (let at = 0; at < seeds.length; at++) {
      const ids = this.cache.get(seeds[at]!)
      if (ids === undefined || ids.length >= postingCap) continue
      if (!postsTo(ids, id, this.ascending.has(ids))) throw damaged(this.name)
    }
  }

  /** The queue on which the worker reading ahead compares counts of places, while it runs. */
  get placeChecks(): PlaceCheckQueue | undefined {
    return this.prefetcher?.placeChecks
  }

  /** Have a worker read the lists of `seeds` of index `file` ahead, in this order; returns what stops it. */
  prefetch(file: IndexFile, seeds: Uint32Array, textLimit: number): () => void {
    if (this.prefetcher || seeds.length === 0) return () => {}
    const prefetcher = PostingPrefetch.start(file, seeds, textLimit)
    this.prefetcher = prefetcher
    return () => {
      prefetcher?.stop()
      this.prefetcher = undefined
    }
  }
}
