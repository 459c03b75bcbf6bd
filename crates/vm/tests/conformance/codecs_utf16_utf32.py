# UTF-16 and UTF-32 codecs: BOMs, byte orders, surrogate pairs, decoding errors under each
# handler (tools/difffuzz found them missing).
for s in ['', 'a', 'Hello', 'é日本', '💡x', '\x00']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'UTF-32LE', 'utf_32_be', 'utf16']:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
for b in [b'\xff\xfea', b'a\x00b', b'\x00\xd8a\x00', b'\x00\xdc', b'\xfe\xff\x00a', b'\x00\xd8', b'a\x00\x00\xd8\x00\xdc', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'abc']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le']:
        for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
            try: print(enc, err, repr(b.decode(enc, err)))
            except UnicodeDecodeError as e: print(enc, err, 'UnicodeDecodeError', e)
