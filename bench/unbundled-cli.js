// The CLI as tsc leaves it in dist/ (some six hundred modules), for bench/startup.bench.js to set
// beside the bundled bin/resdiff.js.
import {main} from '../dist/cli/program.js'

process.exitCode = await main(process.argv.slice(2))
