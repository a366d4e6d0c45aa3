export {diffParagraphWords, formatKey, type WordChange, type WordDiffOptions} from './words.js'
export {contentWords, shingles} from './tokens.js'
