package org.samakki.linkage.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** Follows the heap left in use after each garbage collection, to report the peak of live data. */
final class HeapWatch {

  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final AtomicLong PEAK = new AtomicLong();

  private HeapWatch() {}

  static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used =
                    info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed)
                        .sum();
                PEAK.accumulateAndGet(used, Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  /** The peak in bytes; the heap in use now if no collection has happened yet. */
  static long peakAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    return Math.max(PEAK.get(), runtime.totalMemory() - runtime.freeMemory());
  }
}
