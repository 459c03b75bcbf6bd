# os.get_terminal_size and shutil.get_terminal_size: COLUMNS/LINES first, then the terminal
# on standard output, then the fallback; errors for descriptors that are no terminal.
# (Standard output itself may be a terminal where the tests run, so it is not asked here.)
import os
import shutil
import tempfile

with tempfile.TemporaryFile() as f:
    try:
        print(os.get_terminal_size(f.fileno()))
    except OSError as e:
        print(type(e).__name__, e)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
for bad in ("x", 1.5):
    try:
        os.get_terminal_size(bad)
    except TypeError as e:
        print("TypeError", e)
os.environ['COLUMNS'] = '120'
os.environ['LINES'] = '7'
print(shutil.get_terminal_size(), shutil.get_terminal_size((1, 2)))
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).lines)
del os.environ['COLUMNS'], os.environ['LINES']
