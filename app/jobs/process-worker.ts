import { runJob } from './run-job';

/**
 * The job worker's entry: a process of its own, started by the desktop app as an Electron
 * utilityProcess (messages through process.parentPort) and by the CLI and the tests as a Node
 * child process (messages through process.send). One job in, one reply out, the same messages.
 */
interface ElectronParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
if (parentPort) {
  parentPort.on('message', (e) => void runJob(e.data).then((reply) => parentPort.postMessage(reply)));
} else if (process.send) {
  process.on('message', (message) => void runJob(message).then((reply) => process.send?.(reply)));
}
