// The `async-lint` executable: binds the CLI to the real process. Everything it does lives in
// lib/cli/run.ts, where tests can drive it without spawning.
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2), {
  readStdin: () => text(process.stdin),
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (output) => process.stdout.write(output),
  stderr: (output) => process.stderr.write(output),
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
});
