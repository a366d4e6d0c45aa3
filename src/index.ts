export type * from './tree/types.js'
export * from './tree/access.js'
export {parseResolution, NoStructureError, type ParseOptions} from './parse/index.js'
export {decodeResolution, DecodeError, type Decoded, type Encoding} from './read/decode.js'
