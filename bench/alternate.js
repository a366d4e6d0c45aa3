// The driver the A/B benches share: each round runs this same script once per APP@INDEX, in a
// new process marked as the child by an environment variable, by turns (a shared machine's load
// then falls on every build alike); each child prints one JSON line. Not a bench of its own.
import {spawnSync} from 'node:child_process'
import {loadavg} from 'node:os'

/** Runs `script APP INDEX DRAFT` per name and round with `childFlag` set; the parsed lines per name, and the loads seen. */
export function alternate(script, rounds, draft, named, childFlag) {
  const results = new Map(named.map((name) => [name, []]))
  const loads = [loadavg()[0]]
  for (let round = 0; round < Number(rounds); round++)
    for (const name of named) {
      const [app, index] = name.split('@')
      const run = spawnSync(process.execPath, [script, app, index, draft], {
        encoding: 'utf8',
        env: {...process.env, [childFlag]: '1'},
      })
      if (run.status !== 0) throw new Error(`${name}: ${run.stderr}`)
      results.get(name).push(JSON.parse(run.stdout))
      loads.push(loadavg()[0])
    }
  return {results, loads}
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The range of the 1-minute load average over the runs. */
export const loadRange = (loads) =>
  `load average (1 min) ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}`
