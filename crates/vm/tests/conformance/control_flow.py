# if/elif/else, while/for with else, break/continue, conditional expressions, chained logic
for n in range(6):
    if n == 0:
        print("zero")
    elif n % 2:
        print(n, "odd")
    else:
        print(n, "even")
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 6:
        break
    print("while", i)
else:
    print("not reached")
for x in []:
    pass
else:
    print("for-else runs")
for x in range(3):
    if x == 1:
        break
else:
    print("not reached")
print("yes" if 1 > 0 else "no", 0 or "default", 1 and 2, None or 0, not None)
total = 0
for i in range(1, 101):
    total += i
print(total)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz", steps)
print([1, 2] if [] else "empty", 5 if None is None else 6)
if __name__ == "__main__":
    print("main guard")
