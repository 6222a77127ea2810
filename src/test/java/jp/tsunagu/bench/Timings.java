package jp.tsunagu.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs a call repeatedly and reports the median and 95th percentile in milliseconds. */
final class Timings {

    private Timings() {}

    record Result(String name, double median, double p95, int runs) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT, "%-58s median %7.1f ms   p95 %7.1f ms   (%d runs)", name, median, p95, runs);
        }
    }

    static Result measure(String name, int warmup, int runs, Supplier<?> call) {
        for (int i = 0; i < warmup; i++) {
            call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        return summarise(name, millis);
    }

    static Result summarise(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        return new Result(name, median, p95, sorted.size());
    }

    /** The benchmark's report: each line printed as it is added, and kept to be written to a file. */
    static List<String> printingReport() {
        return new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println(line);
                return super.add(line);
            }
        };
    }
}
