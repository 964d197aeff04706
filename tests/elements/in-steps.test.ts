import { expect } from '@open-wc/testing';
import { inSteps } from '../../src/elements/shared/in-steps.js';

// A check runs in steps: a big file's steps leave room for input between them (and before the
// first render of the data); a small file's run straight through, without waiting for a task.

describe('inSteps', () => {
  const realNow = performance.now;
  let clock = 0;
  beforeEach(() => {
    clock = 0;
    performance.now = () => clock;
  });
  afterEach(() => {
    performance.now = realNow;
  });

  /** Steps that each take `ms` of the (stubbed) clock, recording whether a queued task has run. */
  function* steps(count: number, ms: number, log: string[], ran: () => boolean): Generator<void, string, void> {
    for (let i = 0; i < count; i++) {
      clock += ms;
      log.push(`step ${i}${ran() ? ' after the task' : ''}`);
      yield;
    }
    return 'done';
  }

  /** Runs the steps with a task queued just before; says where that task ran. */
  async function run(count: number, ms: number): Promise<{ log: string[]; value: string }> {
    const log: string[] = [];
    let taskRan = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      taskRan = true;
      log.push('task');
      channel.port1.close();
    };
    channel.port2.postMessage(undefined);
    const value = await inSteps(steps(count, ms, log, () => taskRan));
    log.push(taskRan ? 'end after the task' : 'end');
    return { log, value };
  }

  it('runs short steps straight through: nothing waits for the next task', async () => {
    const { log, value } = await run(4, 1);
    expect(value).to.equal('done');
    expect(log).to.deep.equal(['step 0', 'step 1', 'step 2', 'step 3', 'end']);
  });

  it('pauses between long steps, so a task waiting (input) runs before the work goes on', async () => {
    const { log, value } = await run(3, 30);
    expect(value).to.equal('done');
    expect(log.slice(0, 3)).to.deep.equal(['step 0', 'task', 'step 1 after the task']);
  });

  it('pauses before handing back a long check: the first render starts in a task of its own', async () => {
    const { log } = await run(1, 30);
    expect(log).to.deep.equal(['step 0', 'task', 'end after the task']);
  });

  it('pauses after the last step too when it ran long, before handing the result back', async () => {
    // The last part of a check runs after its last yield (the references), then it returns.
    function* lastPartLong(log: string[]): Generator<void, string, void> {
      clock += 1;
      log.push('step 0');
      yield;
      clock += 30;
      log.push('last part');
      return 'done';
    }
    const log: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      log.push('task');
      channel.port1.close();
    };
    channel.port2.postMessage(undefined);
    await inSteps(lastPartLong(log));
    log.push('handed back');
    expect(log).to.deep.equal(['step 0', 'last part', 'task', 'handed back']);
  });

  it('counts the time since the last pause: many short steps add up to a pause', async () => {
    const { log } = await run(12, 2);
    const task = log.indexOf('task');
    expect(task, log.join(', ')).to.be.within(5, 7);
    expect(log.at(-1)).to.equal('end after the task');
  });
});
