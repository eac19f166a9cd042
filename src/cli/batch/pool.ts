// Runs a many-file run's files on `jobs` worker threads, largest files first (so one big file does
// not start last and leave the other workers idle), and hands each result back as it finishes.
// A run that writes its files in list order (--json) takes them in that order instead: a large file
// read first would wait, findings and all, until every file listed before it had been written.
// One job, or one file, runs in this thread: a worker would only add its start-up.
import { statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { diagnostic } from "../../core/diagnostics";
import type { FileResult } from "./file-result";
import { processFile, type RunSettings, unreadableResult } from "./process-file";
import type { WorkerTask } from "./worker";

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export async function runFiles(
  files: readonly string[],
  jobs: number,
  settings: RunSettings,
  onResult: (index: number, result: FileResult) => void,
  order: "largest-first" | "as-listed" = "largest-first",
): Promise<void> {
  const listed = files.map((file, index) => ({ file, index, size: order === "as-listed" ? 0 : sizeOf(file) }));
  const queue = order === "as-listed" ? listed : listed.sort((a, b) => b.size - a.size || a.index - b.index);
  const workers = Math.min(jobs, files.length);
  if (workers <= 1) {
    for (const { file, index } of queue) onResult(index, await processFile(file, settings));
    return;
  }
  let next = 0;
  const script = join(__dirname, "worker.js");
  await new Promise<void>((resolveAll) => {
    let running = 0;
    const start = () => {
      if (next >= queue.length) return;
      running++;
      const worker = new Worker(script, { workerData: settings });
      let current: WorkerTask | null = null;
      const feed = () => {
        if (next >= queue.length) {
          current = null;
          void worker.terminate();
          return;
        }
        const { file, index } = queue[next++];
        current = { index, file };
        worker.postMessage(current);
      };
      worker.on("message", (message: { index: number; result: FileResult }) => {
        onResult(message.index, message.result);
        feed();
      });
      // A worker that dies (out of memory on a huge sheet, or a bug) loses only the file it was
      // reading: that file is reported, and a fresh worker takes the rest.
      worker.on("error", (error) => {
        if (current) {
          const detail = error instanceof Error ? error.message : String(error);
          onResult(current.index, unreadableResult(current.file, diagnostic("error", "CLI-WORKER-FAILED", { file: current.file, detail }), true));
          current = null;
        }
      });
      worker.on("exit", () => {
        running--;
        if (current) {
          onResult(current.index, unreadableResult(current.file, diagnostic("error", "CLI-WORKER-FAILED", { file: current.file, detail: "exit" }), true));
          current = null;
        }
        if (next < queue.length) start();
        else if (running === 0) resolveAll();
      });
      feed();
    };
    for (let i = 0; i < workers; i++) start();
  });
}
