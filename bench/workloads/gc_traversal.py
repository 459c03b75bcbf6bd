# pyperformance's gc_traversal: a 1000-level tower of lists (≈500k references), then timed full
# collections that find nothing. Same shape and sizes as bm_gc_traversal; pyperf's loop count is
# fixed at LOOPS.
import gc
import time

N_LEVELS = 1000
LOOPS = 50


def create_recursive_containers(n_levels):

    current_list = []
    for n in range(n_levels):
        new_list = [None] * n
        for index in range(n):
            new_list[index] = current_list
        current_list = new_list

    return current_list


def benchmark_collection(loops, n_levels):
    total_time = 0
    all_cycles = create_recursive_containers(n_levels)
    for _ in range(loops):
        gc.collect()
        # Main loop to measure
        t0 = time.perf_counter()
        collected = gc.collect()
        total_time += time.perf_counter() - t0

        assert collected == 0

    return total_time


if __name__ == "__main__":
    elapsed = benchmark_collection(LOOPS, N_LEVELS)
    print("METRIC collect_us_per_loop", elapsed * 1e6 / LOOPS)
