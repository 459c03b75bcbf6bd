# Instruction-count micro-workload (bench/instructions/run): one million iterations.
def g(a, b):
    return a
def main():
    for i in range(1000000):
        g(i, i)
main()
