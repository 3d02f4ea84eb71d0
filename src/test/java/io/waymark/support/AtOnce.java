package io.waymark.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests sent from many threads at the same moment, as many people pressing Save together would. */
public final class AtOnce {

    /** How many at once: the bar for every unique rule and every If-Match. */
    public static final int TWENTY = 20;

    private AtOnce() {
    }

    /** Runs {@code send(i)} for i from 0 to n - 1 on n threads released together; the answers in the order of i. */
    public static <T> List<T> send(int n, IntFunction<T> send) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return send.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
