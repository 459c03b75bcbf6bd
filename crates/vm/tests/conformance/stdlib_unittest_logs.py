# unittest: assertLogs / assertNoLogs (records, formatted output, levels, logger objects,
# children, the failure messages) and that the logger is restored afterwards.
import logging
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
log = logging.getLogger('app')

with t.assertLogs('app', level='INFO') as cm:
    log.info('first %s', 1)
    logging.getLogger('app.db').error('second')
    log.debug('not captured')
print(cm.output, [r.getMessage() for r in cm.records], [r.levelname for r in cm.records])

with t.assertLogs() as cm:
    logging.warning('root warning')
print(cm.output)

with t.assertLogs(log, logging.DEBUG) as cm:
    log.debug('dbg')
print(cm.output)

for kw in [dict(level='ERROR'), dict()]:
    try:
        with t.assertLogs('app', **kw):
            log.debug('quiet')
    except AssertionError as e:
        print('AssertionError:', e)

try:
    with t.assertLogs('other.name', 'WARNING'):
        pass
except AssertionError as e:
    print('AssertionError:', e)

with t.assertNoLogs('app', 'ERROR'):
    log.warning('below error')
try:
    with t.assertNoLogs('app'):
        log.info('oops %d', 3)
        log.warning('twice')
except AssertionError as e:
    print('AssertionError:', e)

try:
    with t.assertLogs('app'):
        raise KeyError('inside')
except KeyError as e:
    print('KeyError passes through:', e)

print(log.handlers, log.level, log.propagate, logging.getLogger().handlers == [])
