package org.sitrep.internal.geo;

/**
 * Prints the load time and retained heap of a {@link Gazetteer}; the figures in the resources' README
 * come from here. Run after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes org.sitrep.internal.geo.GazetteerFootprint}
 */
public final class GazetteerFootprint {

    private GazetteerFootprint() {
    }

    public static void main(String[] args) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = usedAfterGc();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        Gazetteer first = Gazetteer.load();
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        long firstCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long after = usedAfterGc();
        System.out.printf("first load: %d ms wall, %d ms CPU of the loading thread (cold JVM, includes class loading)%n",
                firstMillis, firstCpuMillis);
        System.out.printf("retained heap: %.1f MB%n", (after - before) / 1e6);

        int runs = 5;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Gazetteer.load();
            total += System.nanoTime() - t;
        }
        System.out.printf("warm load: %d ms (mean of %d)%n", total / runs / 1_000_000, runs);
        System.out.printf("entries: %d countries, %d regions, %d cities, %d features; maxNameTokens %d%n",
                first.count(GeoKind.COUNTRY), first.count(GeoKind.REGION), first.count(GeoKind.CITY),
                first.count(GeoKind.FEATURE), first.maxNameTokens());
        // Keeps the first instance reachable until after the measurement.
        System.out.println(first.resolve("Kursk region", java.util.Set.of()).orElseThrow());
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
