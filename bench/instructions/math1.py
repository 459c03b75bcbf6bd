# Instruction-count micro-workload (bench/instructions/run): one million iterations.
from math import sin
def main():
    for i in range(1000000):
        sin(1.0)
main()
