import { runJob } from './run-job';
import { createJobRunner, type JobRunner } from './runner';

/**
 * Jobs run in this thread, through the same messages (copied with structuredClone, as a worker
 * would receive them), without a budget: a long job cannot be stopped here. For callers that
 * have no worker to start: the browser test harness and tests of the handlers.
 */
export function createInProcessJobRunner(): JobRunner {
  return createJobRunner((_budget, events) => {
    let killed = false;
    return {
      post(request) {
        void runJob(structuredClone(request)).then((reply) => {
          if (!killed) events.message(structuredClone(reply));
        });
      },
      kill() {
        killed = true;
      },
    };
  });
}
