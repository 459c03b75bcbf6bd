# Checks the parts of the frozen csv module that were rewritten in pymem's own words:
# results, messages and output must stay CPython's.
import csv, io
data = "a,b,c\r\n1,2,3\r\n\r\n4,5\r\n6,7,8,9,10\r\n"
r = csv.DictReader(io.StringIO(data), restval='RV', restkey='RK')
print(r.line_num, r.fieldnames, r.line_num)
for row in r: print(row, r.line_num)
r = csv.DictReader(io.StringIO(''), fieldnames=None); print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO(data), fieldnames=iter(['x', 'y'])); print(list(r), r.fieldnames)
r = csv.DictReader(io.StringIO(data)); r.fieldnames = ('p', 'q'); print(next(r), r.line_num)
r = csv.DictReader(io.StringIO("\r\n\r\nh\r\n\r\n\r\nv\r\n")); print(next(r), r.line_num, r.fieldnames)
s = io.StringIO(); w = csv.DictWriter(s, iter(['a', 'b']), restval='?')
w.writeheader(); w.writerow({'a': 1}); w.writerows([{'b': 2}, {'a': 'x,y', 'b': None}])
print(repr(s.getvalue()), w.fieldnames)
try: w.writerow({'a': 1, 'z': 2})  # one extra key: CPython lists several in set order
except ValueError as e: print(e)
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='IGNORE'); print(w2.extrasaction)
w3 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore'); w3.writerow({'a': 1, 'b': 2})
try: csv.DictWriter(io.StringIO(), ['a'], extrasaction="BAD")
except ValueError as e: print(e)
class D2(csv.excel): delimiter = ';'
print(D2()._valid, csv.excel().delimiter, repr(csv.unix_dialect.lineterminator), csv.Dialect.quoting, csv.Dialect.delimiter)
try: csv.Dialect()
except csv.Error as e: print(e)
print(csv.list_dialects())
