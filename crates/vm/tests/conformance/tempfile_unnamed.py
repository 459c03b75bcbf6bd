# tempfile.TemporaryFile: a file whose name is removed at once, readable back in binary
# and text modes.
import tempfile

with tempfile.TemporaryFile() as f:
    print(f.write(b'hello\n'), f.seek(0), f.read())
with tempfile.TemporaryFile('w+', encoding='utf-8') as f:
    f.write('text\nmore\n')
    f.seek(0)
    print(f.readlines(), f.closed)
print(f.closed)
with tempfile.TemporaryFile(suffix='.log', prefix='x') as f:
    f.write(b'abc')
    f.seek(1)
    print(f.read(1))
