import type {Command} from 'commander'

export function registerParse(program: Command): void {
  void program
}
