// Layout worker: runs registry layouts off the main thread (see run.ts). One job at a time; replies echo `seq`.
import { runLayoutHeadless, type LayoutJob, type LayoutReply } from './headless.ts';

self.onmessage = (e: MessageEvent<LayoutJob>) => {
  const { seq, request } = e.data;
  let reply: LayoutReply;
  try {
    reply = { seq, ok: true, positions: runLayoutHeadless(request) };
  } catch (err) {
    reply = { seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
