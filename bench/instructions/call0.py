# Instruction-count micro-workload (bench/instructions/run): one million iterations.
def g():
    return None
def main():
    for i in range(1000000):
        g()
main()
