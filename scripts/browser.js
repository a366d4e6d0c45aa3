// The browser the HTML reports are tested and photographed in, brought entirely through npm:
// @sparticuz/chromium carries a headless Chromium (and the NSS libraries it links to) packed with
// brotli inside its npm package, and @fontsource/noto-sans-sc a CJK font, so that `npm test` needs
// no root, no apt and no system browser. playwright-core drives it and never downloads anything.
//
// The first launch on a machine unpacks it into the temporary folder (about 5 s, 200 MB), once for
// every process that asks at the same time: each unpacks into its own staging folder and renames it
// into place, and a process that loses the race uses the winner's copy.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  chmodSync,
} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {Writable} from 'node:stream'
import {pipeline} from 'node:stream/promises'
import {createBrotliDecompress, inflateSync} from 'node:zlib'

const require = createRequire(import.meta.url)
/** The folder of an installed package, whatever its "exports" allow. */
function packageFolder(name) {
  let folder = dirname(require.resolve(name))
  while (
    !existsSync(join(folder, 'package.json')) ||
    JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).name !== name
  ) {
    if (dirname(folder) === folder) throw new Error(`cannot find the folder of ${name}`)
    folder = dirname(folder)
  }
  return folder
}
const chromiumPackage = packageFolder('@sparticuz/chromium')
// Noto Sans SC for Chinese; Noto Sans Symbols 2 for the marks the reports use (✖ ⚠ ↕ ⇄).
const fontPackages = ['@fontsource/noto-sans-sc', '@fontsource/noto-sans-symbols-2'].map(packageFolder)
const versionOf = (folder) => JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')).version
const version = [chromiumPackage, ...fontPackages].map(versionOf).join('-')

/** Flags for a headless Chromium on a machine with a closed network, run as any user. */
export const chromiumArgs = [
  '--headless=shell',
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
]

/** Unpack a brotli-compressed file to `target`. */
async function unbrotli(source, target, mode) {
  await pipeline(
    createReadStream(source),
    createBrotliDecompress({chunkSize: 2 ** 21}),
    createWriteStream(target, {mode}),
  )
}

/** Unpack a brotli-compressed tar (regular files and folders only, as the package ships them). */
async function untarBrotli(source, folder) {
  const chunks = []
  await pipeline(
    createReadStream(source),
    createBrotliDecompress({chunkSize: 2 ** 21}),
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(chunk)
        done()
      },
    }),
  )
  const tar = Buffer.concat(chunks)
  let offset = 0
  let longName
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start, length) => header.toString('utf8', start, start + length).replace(/\0[\s\S]*$/, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1) || '0'
    const prefix = field(345, 155)
    let name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100))
    longName = undefined
    const body = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    if (type === 'L') {
      longName = body.toString('utf8').replace(/\0[\s\S]*$/, '')
      continue
    }
    name = name.replace(/^\.\//, '')
    if (!name || name.split('/').includes('..')) continue
    const path = join(folder, name)
    if (type === '5') mkdirSync(path, {recursive: true})
    else if (type === '0' || type === '7') {
      mkdirSync(dirname(path), {recursive: true})
      writeFileSync(path, body, {mode: parseInt(field(100, 8).trim() || '644', 8) & 0o777})
    }
  }
}

/**
 * A WOFF 1.0 font as the OpenType file it wraps (fontconfig reads OpenType, not WOFF): each table
 * inflated when compressed, laid out again behind an sfnt table directory, 4-byte aligned.
 */
export function woffToSfnt(woff) {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font')
  const flavor = woff.readUInt32BE(4)
  const count = woff.readUInt16BE(12)
  const tables = []
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20
    const offset = woff.readUInt32BE(entry + 4)
    const compressed = woff.readUInt32BE(entry + 8)
    const length = woff.readUInt32BE(entry + 12)
    const raw = woff.subarray(offset, offset + compressed)
    tables.push({
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    })
  }
  const power = 2 ** Math.floor(Math.log2(count))
  const header = Buffer.alloc(12 + 16 * count)
  header.writeUInt32BE(flavor, 0)
  header.writeUInt16BE(count, 4)
  header.writeUInt16BE(power * 16, 6)
  header.writeUInt16BE(Math.log2(power), 8)
  header.writeUInt16BE(count * 16 - power * 16, 10)
  const parts = [header]
  let offset = header.length
  tables.forEach((table, i) => {
    table.tag.copy(header, 12 + i * 16)
    header.writeUInt32BE(table.checksum, 12 + i * 16 + 4)
    header.writeUInt32BE(offset, 12 + i * 16 + 8)
    header.writeUInt32BE(table.data.length, 12 + i * 16 + 12)
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4)
    table.data.copy(padded)
    parts.push(padded)
    offset += padded.length
  })
  return Buffer.concat(parts)
}

/**
 * Where the unpacked browser lives, unpacking it the first time.
 * @returns {Promise<{executablePath: string, env: Record<string, string>}>}
 */
export async function chromiumInstall() {
  const root = join(tmpdir(), `resdiff-chromium-${version}`)
  if (!existsSync(join(root, 'ready'))) {
    const stage = mkdtempSync(join(tmpdir(), 'resdiff-chromium-stage-'))
    try {
      const bin = join(chromiumPackage, 'bin')
      await unbrotli(join(bin, 'chromium.br'), join(stage, 'chromium'), 0o755)
      chmodSync(join(stage, 'chromium'), 0o755)
      await untarBrotli(join(bin, 'swiftshader.tar.br'), join(stage, 'lib'))
      await untarBrotli(join(bin, 'al2023.tar.br'), join(stage, 'nss'))
      await untarBrotli(join(bin, 'fonts.tar.br'), join(stage, 'fonts'))
      // Each font in its unicode-range pieces: fontconfig sees one family covering them all.
      for (const fontPackage of fontPackages) {
        const folder = join(stage, 'fonts', fontPackage.split('/').pop())
        mkdirSync(folder, {recursive: true})
        for (const file of readdirSync(join(fontPackage, 'files'))) {
          if (/-400-normal\.woff$/.test(file)) {
            const font = woffToSfnt(readFileSync(join(fontPackage, 'files', file)))
            writeFileSync(
              join(folder, file.replace(/\.woff$/, font.toString('latin1', 0, 4) === 'OTTO' ? '.otf' : '.ttf')),
              font,
            )
          }
        }
      }
      writeFileSync(
        join(stage, 'fonts', 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
          `  <dir>${join(root, 'fonts')}</dir>\n  <cachedir>${join(root, 'fontcache')}</cachedir>\n</fontconfig>\n`,
      )
      writeFileSync(join(stage, 'ready'), `${version}\n`)
      try {
        renameSync(stage, root)
      } catch (error) {
        if (!existsSync(join(root, 'ready'))) throw error
      }
    } finally {
      rmSync(stage, {recursive: true, force: true})
    }
  }
  const libraries = [join(root, 'nss', 'lib'), join(root, 'lib'), process.env['LD_LIBRARY_PATH']]
    .filter(Boolean)
    .join(':')
  return {
    executablePath: join(root, 'chromium'),
    env: {
      ...process.env,
      LD_LIBRARY_PATH: libraries,
      FONTCONFIG_PATH: join(root, 'fonts'),
      FONTCONFIG_FILE: join(root, 'fonts', 'fonts.conf'),
    },
  }
}

/** A persistent browser context in a fresh profile folder, on the npm Chromium. */
export async function launchBrowser(chromium, profile, options = {}) {
  const install = await chromiumInstall()
  return chromium.launchPersistentContext(profile, {
    executablePath: install.executablePath,
    env: install.env,
    args: chromiumArgs,
    headless: true,
    offline: true,
    ...options,
  })
}
