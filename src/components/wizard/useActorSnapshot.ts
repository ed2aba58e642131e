import { useEffect, useState } from 'preact/hooks';
import type { AnyActorRef, SnapshotFrom } from 'xstate';

/**
 * The actor's current snapshot, re-rendering on every change. A few lines of our own instead of
 * @xstate/react, which does not work through preact/compat in Astro (it breaks prerendering).
 */
export function useActorSnapshot<TActor extends AnyActorRef>(actor: TActor): SnapshotFrom<TActor> {
  const [snapshot, setSnapshot] = useState<SnapshotFrom<TActor>>(() => actor.getSnapshot());
  useEffect(() => {
    setSnapshot(actor.getSnapshot());
    const subscription = actor.subscribe((next: SnapshotFrom<TActor>) => setSnapshot(next));
    return () => subscription.unsubscribe();
  }, [actor]);
  return snapshot;
}
