import { runCli } from './run';

runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(t + '\n'),
  err: (t) => process.stderr.write(t + '\n'),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
