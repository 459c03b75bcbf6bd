# Instruction-count micro-workload (bench/instructions/run): one million iterations.
class T:
    def m(self, a):
        return a
def main():
    t = T()
    for i in range(1000000):
        t.m(i)
main()
