# Calling a non-callable value (a name shadowed by an int).
total = 0
for n in [1, 2, 3]:
    total += n
print("total", total)
sum = total
print(sum([4, 5]))
