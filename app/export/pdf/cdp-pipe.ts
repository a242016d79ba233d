import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
type EventHandler = (params: Params, sessionId?: string) => void;

interface Message {
  id?: number;
  result?: Params;
  error?: { message: string };
  method?: string;
  params?: Params;
  sessionId?: string;
}

interface Pending {
  resolve(result: Params): void;
  reject(error: Error): void;
  method: string;
}

/**
 * The Chrome DevTools Protocol over `--remote-debugging-pipe` (fd 3 in, fd 4 out, each message JSON
 * ended by NUL): the few commands a PDF needs, without loading a whole automation library, whose
 * start-up alone cost the command line a third of a second.
 */
export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, EventHandler[]>();
  /** The pieces of a message not yet ended by its NUL (a PDF arrives as megabytes of base64). */
  private partial: string[] = [];
  private closed: Error | undefined;
  private readonly exited: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
    output: Readable,
  ) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
    this.exited = new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    });
    const fail = (why: string) => {
      this.closed ??= new Error(why);
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: ${why}`));
      this.pending.clear();
    };
    child.once('exit', (code, signal) => fail(`Chromium exited (${signal ?? code})`));
    child.once('error', (e) => fail(`Chromium could not start: ${e.message}`));
    input.on('error', (e) => fail(`the pipe to Chromium broke: ${e.message}`));
  }

  /** Starts `executable` headless with a pipe for the protocol; `args` are added to it. */
  static launch(executable: string, args: string[]): CdpPipe {
    const child = spawn(executable, ['--headless', '--remote-debugging-pipe', ...args, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    const [, , , input, output] = child.stdio;
    return new CdpPipe(child, input as Writable, output as Readable);
  }

  send(method: string, params: Params = {}, sessionId?: string): Promise<Params> {
    if (this.closed) return Promise.reject(new Error(`${method}: ${this.closed.message}`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  on(event: string, handler: EventHandler): void {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
  }

  /** Resolves with the next `event` of `sessionId` (registered before the command that causes it). */
  once(event: string, sessionId: string): Promise<Params> {
    return new Promise((resolve) => {
      const handler: EventHandler = (params, from) => {
        if (from !== sessionId) return;
        this.handlers.set(
          event,
          (this.handlers.get(event) ?? []).filter((h) => h !== handler),
        );
        resolve(params);
      };
      this.on(event, handler);
    });
  }

  private get exitedAlready(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** Ends a Chromium that stopped answering. */
  async kill(): Promise<void> {
    if (this.exitedAlready) return;
    this.child.kill('SIGKILL');
    await this.exited;
  }

  /** Asks Chromium to close, and kills it if it has not within a few seconds. */
  async close(): Promise<void> {
    if (this.exitedAlready) return;
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    this.send('Browser.close').catch(() => undefined);
    await this.exited;
    clearTimeout(timer);
  }

  private receive(chunk: string): void {
    let rest = chunk;
    let end: number;
    while ((end = rest.indexOf('\0')) >= 0) {
      this.partial.push(rest.slice(0, end));
      rest = rest.slice(end + 1);
      const text = this.partial.join('');
      this.partial = [];
      this.dispatch(JSON.parse(text) as Message);
    }
    if (rest) this.partial.push(rest);
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const p = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) p?.reject(new Error(`${p.method}: ${message.error.message}`));
      else p?.resolve(message.result ?? {});
    } else if (message.method) {
      for (const h of this.handlers.get(message.method) ?? []) h(message.params ?? {}, message.sessionId);
    }
  }
}
