# getopt: short clusters and values, long options (abbreviated, =value, separate value),
# gnu_getopt's mixing and its "+" mode, "--", and every GetoptError.
import getopt
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__module__, type(e).__name__, repr(str(e)), getattr(e, "opt", None), getattr(e, "msg", None))
args = ["-a", "-bval", "-c", "cval", "--alpha", "--beta=1", "--gam", "2", "file1", "-x", "file2"]
t(lambda: getopt.getopt(args, "ab:c:x", ["alpha", "beta=", "gamma="]))
t(lambda: getopt.gnu_getopt(args, "ab:c:x", ["alpha", "beta=", "gamma="]))
t(lambda: getopt.gnu_getopt(args, "+ab:c:x", ["alpha", "beta=", "gamma="]))
t(lambda: getopt.getopt(["-ab", "-", "x"], "ab"))
t(lambda: getopt.getopt(["-a", "--", "-b"], "ab"))
t(lambda: getopt.gnu_getopt(["x", "-a", "--", "-b"], "ab"))
t(lambda: getopt.getopt(["--al"], "", "alpha"))
t(lambda: getopt.getopt(["--beta", "v"], "", ["beta="]))
t(lambda: getopt.getopt(["-abc"], "abc:"))
t(lambda: getopt.getopt([], ""))
t(lambda: getopt.getopt(("-a", "x"), "a"))
t(lambda: getopt.getopt(["-z"], "ab"))
t(lambda: getopt.getopt(["-b"], "ab:"))
t(lambda: getopt.getopt(["-:"], "a:"))
t(lambda: getopt.getopt(["--zeta"], "", ["alpha"]))
t(lambda: getopt.getopt(["--al"], "", ["alpha", "alps"]))
t(lambda: getopt.getopt(["--alpha=3"], "", ["alpha"]))
t(lambda: getopt.getopt(["--beta"], "", ["beta="]))
t(lambda: getopt.getopt(["--beta="], "", ["beta="]))
print(getopt.error is getopt.GetoptError, getopt.GetoptError.__mro__, getopt.__all__)
e = getopt.GetoptError("m", "o"); print(e.args, str(e), e.msg, e.opt)
