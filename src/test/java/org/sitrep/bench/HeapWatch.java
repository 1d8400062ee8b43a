package org.sitrep.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a workload runs. Two figures, because neither alone is the truth:
 * the most heap found live after any collection (what the work really needs, a lower bound for
 * {@code -Xmx}) and the sum of the heap pools' peaks (an upper bound: the pools may peak at
 * different moments, and it counts garbage not yet collected).
 */
final class HeapWatch implements AutoCloseable {

  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();
  /** {nanoTime at the notification, bytes live after that collection}, in order of arrival. */
  private final List<long[]> samples = java.util.Collections.synchronizedList(new ArrayList<>());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onGc;

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  private void onGc(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
      used += usage.getUsed();
    }
    // the map also holds non-heap pools (metaspace, code cache); subtract them for the heap alone
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage after = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
      if (pool.getType() == MemoryType.NON_HEAP && after != null) {
        used -= after.getUsed();
      }
    }
    maxAfterGc.accumulateAndGet(used, Math::max);
    samples.add(new long[] {System.nanoTime(), used});
    collections.incrementAndGet();
  }

  /** The largest heap occupancy found right after a collection, in bytes. */
  long maxLiveAfterGc() {
    return maxAfterGc.get();
  }

  /**
   * The largest heap occupancy found right after a collection notified between two
   * {@link System#nanoTime()} instants, in bytes; -1 when none was.
   */
  long maxLiveAfterGcBetween(long fromNanos, long toNanos) {
    synchronized (samples) {
      return samples.stream().filter(s -> s[0] >= fromNanos && s[0] < toNanos).mapToLong(s -> s[1]).max().orElse(-1);
    }
  }

  long collections() {
    return collections.get();
  }

  /** The sum of the heap pools' peak usage since this watch started, in bytes. */
  static long sumOfPoolPeaks() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static long maxHeap() {
    return Runtime.getRuntime().maxMemory();
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
