import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/** Report one problem the way every rule does: on the file, with a place, the rule id and our source. */
export function report(file: VFile, ruleId: string, reason: string, place: Point | Position | undefined): void {
  file.message(reason, {place, ruleId, source: 'resdiff'})
}
