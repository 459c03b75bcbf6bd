x = b'a' 'b'  # c
