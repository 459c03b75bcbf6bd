# pymem's `base64` module (CPython's Lib/base64.py is Python too): base64 on top of the
# native `binascii`, and base32, base16 and base85 written here.

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decoder_input(s):
    """The bytes a decoder works on: an ASCII str, or anything bytes-like."""
    if isinstance(s, bytes_types):
        return s
    if isinstance(s, str):
        try:
            data = s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
        return data
    try:
        view = memoryview(s)
    except TypeError:
        kind = s.__class__.__name__
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % kind) from None
    return view.tobytes()


def _to_bytes(s):
    """The bytes of an encoder's input (bytes-like only)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


def _alphabet_swap(source, target):
    # A translation table between the standard '+/' and two other characters.
    for pair in (source, target):
        assert len(pair) == 2, repr(pair)
    return bytes.maketrans(source, target)


def b64encode(s, altchars=None):
    """Base64 of the bytes-like `s`; `altchars` (2 bytes) replaces '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        encoded = encoded.translate(_alphabet_swap(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of base64 `s`; with `validate`, anything outside the alphabet is an
    error instead of being skipped."""
    data = _decoder_input(s)
    if altchars is not None:
        data = data.translate(_alphabet_swap(_decoder_input(altchars), b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


# The standard alphabet is the default one; the URL-safe one has '-' and '_' for '+'
# and '/'.
_URLSAFE = b'-_'


def standard_b64encode(s):
    return b64encode(s)


def urlsafe_b64encode(s):
    return b64encode(s, _URLSAFE)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64decode(s):
    return b64decode(s, _URLSAFE)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Padding for each remainder of the input modulo 5, and the data characters kept.
_B32_PAD = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _to_bytes(s)
    rest = len(s) % 5
    if rest:
        s = s + b'\0' * (5 - rest)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(n >> shift) & 31])
    pad = _B32_PAD[rest]
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decoder_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    # map01: the digit 0 reads as the letter O, the digit 1 as the letter given.
    if map01 is not None:
        letter = _decoder_input(map01)
        assert len(letter) == 1, repr(letter)
        s = s.translate(bytes.maketrans(b'01', b'O' + letter))
    s = s.upper() if casefold else s
    total = len(s)
    s = s.rstrip(b'=')
    padchars = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    n = 0
    for i in range(0, len(s), 8):
        n = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = (n << 5) | v
        # A short last group stands for its missing (padding) characters.
        n <<= 5 * (8 - len(s[i:i + 8]))
        out += n.to_bytes(5, 'big')
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        keep = (43 - 5 * padchars) // 8
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Base32 (RFC 4648) of the bytes-like `s`."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes of base32 `s`; `casefold` accepts lowercase, `map01` maps '0' to 'O' and
    '1' to the given letter."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Base32 with the extended hex alphabet of `s`."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """The bytes of extended-hex base32 `s`."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Base16 (uppercase hex) of `s`."""
    return binascii.b2a_hex(s).upper()


def b16decode(s, casefold=False):
    """The bytes of base16 `s` (uppercase only, unless `casefold`)."""
    s = _decoder_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')


def _85encode(b, alphabet, pad=False, foldnuls=False, foldspaces=False):
    b = _to_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    out = bytearray()
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            out += b'z'
            continue
        if foldspaces and word == 0x20202020:
            out += b'y'
            continue
        digits = bytearray(5)
        for j in range(4, -1, -1):
            word, digits[j] = divmod(word, 85)
        out += bytes(alphabet[d] for d in digits)
    if padding and not pad:
        if out[-1:] == b'z':
            out[-1:] = alphabet[0:1] * 5
        del out[len(out) - padding:]
    return bytes(out)


def _85decode(b, alphabet, name):
    b = _decoder_input(b)
    values = {c: i for i, c in enumerate(alphabet)}
    padding = (-len(b)) % 5
    b = b + alphabet[-1:] * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad %s character at position %d' % (name, i + j))
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError('%s overflow in hunk starting at byte %d' % (name, i))
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Base85 (as git and Mercurial use it) of `b`; `pad` keeps a multiple of 4 bytes."""
    return _85encode(b, _B85, pad)


def b85decode(b):
    """The bytes of base85 `b`."""
    return _85decode(b, _B85, 'base85')


_A85 = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 of `b`: 'z' for four zero bytes, 'y' for four spaces with `foldspaces`,
    lines of `wrapcol` characters, and Adobe's <~ ~> frame with `adobe`."""
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = b'<~' + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += b'~>'
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes of Ascii85 `b`; characters in `ignorechars` are skipped."""
    b = _decoder_input(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (b'~>',))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = 0
                for v in group:
                    acc = acc * 85 + v
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def _require_bytes_like(s):
    try:
        memoryview(s)
    except TypeError as err:
        kind = s.__class__.__name__
        raise TypeError('expected bytes-like object, not %s' % kind) from err


def encodebytes(s):
    """Base64 of `s` in lines of at most 76 characters, each ending with a newline."""
    _require_bytes_like(s)
    return b''.join([binascii.b2a_base64(s[start:start + MAXBINSIZE])
                     for start in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    """The bytes of base64 `s` (lines and all)."""
    _require_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64 of the binary file `input`, written to the binary file `output`."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """The bytes of the base64 lines of the binary file `input`, written to `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
