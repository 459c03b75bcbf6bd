# Instruction-count micro-workload (bench/instructions/run): one million iterations.
def main():
    x = 0
    for i in range(1000000):
        x = i + 1
main()
