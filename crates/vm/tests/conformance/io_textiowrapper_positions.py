# io.TextIOWrapper's positions under random reads: read(n), readline(n), read(), tell()
# and seek() back to any cookie tell() gave, in each newline mode, over encodings with
# multi-byte characters and byte order marks, with chunks as small as one byte (so
# characters, '\r\n' pairs and BOMs are split between chunks).
import io
import random

rnd = random.Random(20240601)
ALPHABET = ['a', 'b', 'é', '€', '😀', '\r', '\n', '\r\n', ' ']
for case in range(60):
    text = ''.join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 30)))
    encoding = rnd.choice(['utf-8', 'utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig',
                           'latin-1'])
    if encoding == 'latin-1':
        text = text.replace('€', 'x').replace('😀', 'y')
    newline = rnd.choice([None, '', '\n', '\r', '\r\n'])
    w = io.TextIOWrapper(io.BytesIO(text.encode(encoding)), encoding=encoding,
                         newline=newline)
    w._CHUNK_SIZE = rnd.choice([1, 2, 3, 5, 8, 8192])
    cookies = []
    log = []
    for step in range(rnd.randint(1, 14)):
        op = rnd.choice(['read', 'readline', 'tell', 'seek', 'readall', 'seek0', 'seekend'])
        if op == 'read':
            n = rnd.randint(0, 6)
            log.append(('read', n, w.read(n)))
        elif op == 'readline':
            n = rnd.choice([-1, -1, 0, 1, 3])
            log.append(('readline', n, w.readline(n)))
        elif op == 'tell':
            cookies.append(w.tell())
            log.append(('tell', cookies[-1]))
        elif op == 'seek' and cookies:
            log.append(('seek', w.seek(rnd.choice(cookies)), w.read(2)))
        elif op == 'readall':
            log.append(('read()', w.read()))
        elif op == 'seek0':
            log.append(('seek0', w.seek(0)))
        elif op == 'seekend':
            log.append(('seekend', w.seek(0, 2)))
    print(case, repr(text), encoding, repr(newline), w._CHUNK_SIZE, log, w.newlines)
