# Instruction-count micro-workload (bench/instructions/run): one million iterations.
class T:
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c
def main():
    for i in range(1000000):
        T(i, i, i)
main()
