# Unpacking a row with too few fields inside a loop.
rows = [("alice", 30, "paris"), ("bob", 25)]
for row in rows:
    name, age, city = row
    print(name, age, city)
