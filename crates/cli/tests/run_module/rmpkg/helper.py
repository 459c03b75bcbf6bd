VALUE = 'helper value'
