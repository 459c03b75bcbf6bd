# Plain Python function calls (not a memory workload: shows the eval loop's call cost).
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib(27)
