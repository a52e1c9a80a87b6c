/** A worker thread of `analyse`: loads the scenario from its text, then plays the random-run chunks it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { sampleRuns } from '../../src/authoring';
import { loadScenario } from '../../src/engine';

export interface ChunkTask {
  index: number;
  from: number;
  to: number;
  seed: number;
}

const { text, file } = workerData as { text: string; file: string };
const r = loadScenario(text, file);
if (!r.ok) throw new Error(`worker could not load ${file}`);
const loaded = r.value;
parentPort!.on('message', (task: ChunkTask) => {
  parentPort!.postMessage({ index: task.index, tally: sampleRuns(loaded, task.seed, task.from, task.to) });
});
