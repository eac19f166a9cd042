// A worker thread of a many-file run. It loads the command modules (and, on first use, the Gul bok
// chart) once, then reads one file per message until the main thread closes it.
import { parentPort, workerData } from "node:worker_threads";
import { processFile, type RunSettings } from "./process-file";

export interface WorkerTask {
  readonly index: number;
  readonly file: string;
}

const settings = workerData as RunSettings;
const port = parentPort;
if (port) {
  port.on("message", (task: WorkerTask) => {
    void processFile(task.file, settings).then((result) => port.postMessage({ index: task.index, result }));
  });
}
