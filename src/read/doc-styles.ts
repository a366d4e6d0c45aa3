// The style sheet of a binary Word document ([MS-DOC] STSH): what a paragraph or character
// style gives the text when no direct formatting says otherwise — italics (a resolution's
// leading phrases set by a character style, its formula by a paragraph style) and list
// numbering (a numbered paragraph style). Styles inherit from their base style.

/** Walk a property list (grpprl): each single property modifier (sprm) with the offset of its operand. */
export function forEachSprm(grpprl: Uint8Array, start: number, each: (sprm: number, at: number) => void): void {
  const view = Buffer.from(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength)
  let offset = start
  while (offset + 2 <= view.length) {
    const sprm = view.readUInt16LE(offset)
    offset += 2
    each(sprm, offset)
    const spra = sprm >> 13
    const sizes = [1, 1, 2, 4, 2, 2, -1, 3]
    let size = sizes[spra] ?? 1
    if (size === -1) {
      // Variable: a length byte (a table's sprmTDefTable has a 2-byte length, one less).
      if (sprm === 0xd608 && offset + 2 <= view.length) size = view.readUInt16LE(offset) + 1
      else size = (view[offset] ?? 0) + 1
    }
    offset += size
  }
}

export const sprmCFItalic = 0x0836
export const sprmPIlvl = 0x260a
export const sprmPIlfo = 0x460b

interface Style {
  base: number
  /** sprmCFItalic's operand in the style's own character properties, when it sets one. */
  italic?: number
  /** sprmPIlfo and sprmPIlvl of a paragraph style. */
  list?: number
  level?: number
}

const noStyle = 0x0fff

export class DocStyles {
  private readonly styles: Array<Style | undefined> = []

  constructor(word: Buffer, table: Buffer) {
    try {
      this.read(word, table)
    } catch {
      // A damaged style sheet: the text is read with its direct formatting only.
      this.styles.length = 0
    }
  }

  private read(word: Buffer, table: Buffer): void {
    const fc = word.readUInt32LE(0x00a2)
    const lcb = word.readUInt32LE(0x00a6)
    if (lcb < 4 || fc + lcb > table.length) return
    const end = fc + lcb
    const header = table.readUInt16LE(fc)
    const count = table.readUInt16LE(fc + 2)
    const baseSize = table.readUInt16LE(fc + 4)
    let offset = fc + 2 + header
    for (let istd = 0; istd < count && offset + 2 <= end; istd++) {
      const size = table.readUInt16LE(offset)
      const at = offset + 2
      offset = at + size
      if (size === 0 || offset > end) continue
      const kind = table.readUInt16LE(at + 2) & 0x0f
      const base = table.readUInt16LE(at + 2) >> 4
      const style: Style = {base}
      // The name (a length, UTF-16 letters, a terminating zero), then the property lists.
      let upx = at + baseSize
      upx += 2 + table.readUInt16LE(upx) * 2 + 2
      const lists: Buffer[] = []
      while (upx + 2 <= offset && lists.length < 3) {
        const length = table.readUInt16LE(upx)
        lists.push(table.subarray(upx + 2, Math.min(offset, upx + 2 + length)))
        upx += 2 + length + (length % 2)
      }
      // A paragraph style (1) has its paragraph properties (after its istd) then its character
      // properties; a character style (2) its character properties only.
      const characters = kind === 1 ? lists[1] : kind === 2 ? lists[0] : undefined
      if (characters)
        forEachSprm(characters, 0, (sprm, operand) => {
          if (sprm === sprmCFItalic) style.italic = characters[operand] ?? 0
        })
      const paragraph = kind === 1 ? lists[0] : undefined
      if (paragraph && paragraph.length >= 2)
        forEachSprm(paragraph, 2, (sprm, operand) => {
          if (sprm === sprmPIlfo && operand + 2 <= paragraph.length) style.list = paragraph.readInt16LE(operand)
          if (sprm === sprmPIlvl) style.level = Math.min(8, paragraph[operand] ?? 0)
        })
      this.styles[istd] = style
    }
  }

  /** Whether a style (through its bases) sets italics on or off; undefined when none of them says. */
  italic(istd: number): boolean | undefined {
    const chain: Style[] = []
    for (let current = istd; current !== noStyle && chain.length < 16;) {
      const style = this.styles[current]
      if (!style) break
      chain.push(style)
      current = style.base
    }
    // From the furthest base down: 1 on, 0 off, 0x80 as the base, 0x81 the opposite of the base.
    let value: boolean | undefined
    for (const style of chain.reverse()) {
      if (style.italic === undefined) continue
      value = applyToggle(style.italic, value ?? false)
    }
    return value
  }

  /** The list (LFO index) and level a paragraph style numbers its paragraphs in, through its bases. */
  list(istd: number): {list: number; level: number} | undefined {
    let level: number | undefined
    let steps = 0
    for (let current = istd; current !== noStyle && steps < 16; steps++) {
      const style = this.styles[current]
      if (!style) return undefined
      level ??= style.level
      if (style.list !== undefined) return style.list > 0 ? {list: style.list, level: level ?? 0} : undefined
      current = style.base
    }
    return undefined
  }
}

/** A toggle property's operand applied over the value beneath it (the style's). */
export function applyToggle(operand: number, beneath: boolean): boolean {
  if (operand === 0x80) return beneath
  if (operand === 0x81) return !beneath
  return operand === 1
}
