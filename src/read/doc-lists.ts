import {formatNumber} from './docx-numbering.js'

// Word's automatic numbering in a binary .doc ([MS-DOC] PlfLst, PlfLfo): the numbers Word draws
// before list paragraphs are in no text stream, only in these tables, so they are counted here
// as the .docx reader counts w:numbering.

interface Level {
  start: number
  /** Word's number format (nfc, [MS-OSHARED] MSONFC): 0 decimal, 1 I, 2 i, 3 A, 4 a, 22 01, 23 bullet, 37 一, 38 壹, 255 none. */
  format: number
  /** The number text: code points 0–8 stand for the levels' numbers. */
  text: string
}

interface List {
  id: number
  levels: Level[]
}

interface Override {
  listId: number
  /** Levels whose start the override sets, and levels it redefines. */
  starts: Map<number, number>
  levels: Map<number, Level>
}

const formats: Record<number, string> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  10: 'ideographDigital',
  14: 'decimalFullWidth',
  18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2',
  22: 'decimalZero',
  23: 'bullet',
  26: 'decimalEnclosedFullstop',
  27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese',
  29: 'ideographEnclosedCircle',
  30: 'ideographTraditional',
  31: 'ideographZodiac',
  33: 'taiwaneseCounting',
  34: 'ideographLegalTraditional',
  35: 'taiwaneseCountingThousand',
  36: 'taiwaneseDigital',
  37: 'chineseCounting',
  38: 'chineseLegalSimplified',
  39: 'chineseCountingThousand',
  255: 'none',
}

/** Read one LVL at `offset`; returns it and the offset after it. */
function readLevel(table: Buffer, offset: number): {level: Level; next: number} {
  const start = table.readInt32LE(offset)
  const format = table[offset + 4] ?? 0
  const chpx = table[offset + 24] ?? 0
  const papx = table[offset + 25] ?? 0
  let at = offset + 28 + papx + chpx
  const count = table.readUInt16LE(at)
  at += 2
  const text = table.toString('utf16le', at, at + count * 2)
  return {level: {start, format, text}, next: at + count * 2}
}

export class DocLists {
  private readonly lists = new Map<number, List>()
  private readonly overrides: Override[] = []
  private readonly values = new Map<string, number[]>()
  private readonly restarted = new Set<string>()

  constructor(word: Buffer, table: Buffer) {
    try {
      this.readLists(word, table)
      this.readOverrides(word, table)
    } catch {
      // A damaged list table: paragraphs are read without their automatic numbers.
    }
  }

  private readLists(word: Buffer, table: Buffer): void {
    const fc = word.readUInt32LE(0x02e2)
    const lcb = word.readUInt32LE(0x02e6)
    if (lcb < 2 || fc + lcb > table.length) return
    const count = table.readInt16LE(fc)
    const heads: Array<{id: number; simple: boolean}> = []
    for (let index = 0; index < count; index++) {
      const at = fc + 2 + index * 28
      heads.push({id: table.readInt32LE(at), simple: ((table[at + 26] ?? 0) & 1) !== 0})
    }
    let offset = fc + lcb
    for (const head of heads) {
      const levels: Level[] = []
      for (let index = 0; index < (head.simple ? 1 : 9); index++) {
        const read = readLevel(table, offset)
        levels.push(read.level)
        offset = read.next
      }
      this.lists.set(head.id, {id: head.id, levels})
    }
  }

  private readOverrides(word: Buffer, table: Buffer): void {
    const fc = word.readUInt32LE(0x02ea)
    const lcb = word.readUInt32LE(0x02ee)
    if (lcb < 4 || fc + lcb > table.length) return
    const count = table.readUInt32LE(fc)
    const counts: number[] = []
    for (let index = 0; index < count && fc + 4 + index * 16 + 16 <= table.length; index++) {
      const at = fc + 4 + index * 16
      this.overrides.push({listId: table.readInt32LE(at), starts: new Map(), levels: new Map()})
      counts.push(table[at + 12] ?? 0)
    }
    // Then, for each override, a CP and its level overrides (start-at values, redefined levels).
    let offset = fc + 4 + count * 16
    counts.forEach((levels, index) => {
      const override = this.overrides[index]
      offset += 4
      for (let level = 0; level < levels; level++) {
        const start = table.readInt32LE(offset)
        const bits = table.readUInt32LE(offset + 4)
        offset += 8
        const which = bits & 0x0f
        if (bits & 0x10) override?.starts.set(which, start)
        if (bits & 0x20) {
          const read = readLevel(table, offset)
          override?.levels.set(which, read.level)
          offset = read.next
        }
      }
    })
  }

  /** Count a paragraph in list override `lfo` (1-based) at `ilvl`; its label, empty for bullets and unknown lists. */
  label(lfo: number, ilvl: number): string {
    const override = this.overrides[lfo - 1]
    if (!override) return ''
    const list = this.lists.get(override.listId)
    const levelOf = (index: number): Level | undefined => override.levels.get(index) ?? list?.levels[index]
    const startOf = (index: number): number => override.starts.get(index) ?? levelOf(index)?.start ?? 0
    // Word counts a list's paragraphs across all the overrides that point to it; an override
    // that sets a level's start restarts that level where it is first used.
    const key = `list:${override.listId}`
    const counters = this.values.get(key) ?? []
    this.values.set(key, counters)
    const restart = `${lfo}:${ilvl}`
    if (override.starts.has(ilvl) && !this.restarted.has(restart)) {
      this.restarted.add(restart)
      counters[ilvl] = startOf(ilvl)
    } else counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : (counters[ilvl] ?? 0) + 1
    counters.length = ilvl + 1
    const level = levelOf(ilvl)
    if (!level || level.format === 23 || level.format === 255) return ''
    let label = ''
    for (const char of level.text) {
      const code = char.charCodeAt(0)
      if (code <= 8) {
        label += formatNumber(counters[code] ?? startOf(code), formats[levelOf(code)?.format ?? 0] ?? 'decimal')
      } else label += char
    }
    return label
  }
}
