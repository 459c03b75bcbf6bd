secret = 'private'
