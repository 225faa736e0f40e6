/** Child processes of the bench: the servers (server.ts and others) and measuring runs. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A running bench server. */
export interface BenchServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  stop(): void;
}

/** Spawns the server with tsx; resolves once it printed its port. */
export function startBenchServer(): Promise<BenchServer> {
  const script = fileURLToPath(new URL("./server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", (chunk: Buffer) => {
      const port = Number.parseInt(chunk.toString("utf8"), 10);
      resolve({
        origin: `http://127.0.0.1:${port}`,
        stop: () => {
          child.stdin.end();
          child.kill();
        },
      });
    });
  });
}

/** An API server running in a child process. */
export interface ApiProcess {
  baseUrl: string;
  stop(): void;
}

/** Spawns `script` (a file beside this one) with `options` as JSON; resolves to its base URL. */
export function startApiProcess(file: string, options: object): Promise<ApiProcess> {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, JSON.stringify(options)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", (chunk: Buffer) => {
      resolve({
        baseUrl: chunk.toString("utf8").trim(),
        stop: () => {
          child.stdin.end();
          child.kill();
        },
      });
    });
  });
}

/**
 * Runs `node <args>` and resolves to the JSON it printed on stdout; rejects, naming `label`, when
 * it exits with an error. stderr is passed through.
 */
export function runJsonProcess<T>(
  args: readonly string[],
  label: string,
  cwd?: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${label}: exit ${code}`)),
    );
  });
}
