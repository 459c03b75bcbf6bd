# csv: an uncaught csv.Error from a strict reader (the C reader shows no frame).
import csv, io
rows = list(csv.reader(io.StringIO("a,\"b\"x,c\n"), strict=True))
