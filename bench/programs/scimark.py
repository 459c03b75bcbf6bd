# scimark: SOR relaxation, Monte-Carlo pi, sparse matrix multiply, LU factorisation and FFT kernels.
import math
import random
import sys


def sor(n, cycles, omega=1.25):
    g = [[(i * 7 + j * 3) % 11 / 10.0 for j in range(n)] for i in range(n)]
    omega_over_four = omega * 0.25
    one_minus_omega = 1.0 - omega
    for _ in range(cycles):
        for i in range(1, n - 1):
            gi, gim, gip = g[i], g[i - 1], g[i + 1]
            for j in range(1, n - 1):
                gi[j] = omega_over_four * (gim[j] + gip[j] + gi[j - 1] + gi[j + 1]) + one_minus_omega * gi[j]
    return sum(map(sum, g))


def monte_carlo(samples, seed):
    rng = random.Random(seed)
    under = 0
    for _ in range(samples):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            under += 1
    return under / samples * 4.0


def sparse_matmult(n, nz, cycles, seed):
    rng = random.Random(seed)
    nr = nz // n
    row = [0] * (n + 1)
    col = []
    val = []
    for r in range(n):
        row[r + 1] = row[r] + nr
        step = max(1, r // nr)
        for i in range(nr):
            col.append(i * step)
            val.append(rng.random())
    x = [rng.random() for _ in range(n)]
    y = [0.0] * n
    for _ in range(cycles):
        for r in range(n):
            s = 0.0
            for i in range(row[r], row[r + 1]):
                s += x[col[i]] * val[i]
            y[r] += s
    return sum(y)


def lu_factor(a, pivot):
    m, n = len(a), len(a[0])
    for j in range(min(m, n)):
        jp = j
        t = abs(a[j][j])
        for i in range(j + 1, m):
            ab = abs(a[i][j])
            if ab > t:
                jp, t = i, ab
        pivot[j] = jp
        if a[jp][j] == 0:
            raise ZeroDivisionError("singular")
        if jp != j:
            a[j], a[jp] = a[jp], a[j]
        if j < m - 1:
            recp = 1.0 / a[j][j]
            for k in range(j + 1, m):
                a[k][j] *= recp
        if j < min(m, n) - 1:
            for ii in range(j + 1, m):
                aii, aj = a[ii], a[j]
                aiij = aii[j]
                for jj in range(j + 1, n):
                    aii[jj] -= aiij * aj[jj]


def lu(n, seed):
    rng = random.Random(seed)
    a = [[rng.random() for _ in range(n)] for _ in range(n)]
    pivot = [0] * n
    lu_factor(a, pivot)
    det = 1.0
    for i in range(n):
        det *= a[i][i]
    return pivot[:8], det


def fft_transform(data, direction):
    n = len(data) // 2
    if n <= 1:
        return
    logn = n.bit_length() - 1
    j = 0
    for i in range(n - 1):
        ii, jj = 2 * i, 2 * j
        k = n >> 1
        if i < j:
            data[ii], data[jj] = data[jj], data[ii]
            data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
        while k <= j:
            j -= k
            k >>= 1
        j += k
    dual = 1
    for _ in range(logn):
        w_real, w_imag = 1.0, 0.0
        theta = 2.0 * direction * math.pi / (2.0 * dual)
        s = math.sin(theta)
        t = math.sin(theta / 2.0)
        s2 = 2.0 * t * t
        for b in range(0, n, 2 * dual):
            i, j = 2 * b, 2 * (b + dual)
            wd_real, wd_imag = data[j], data[j + 1]
            data[j], data[j + 1] = data[i] - wd_real, data[i + 1] - wd_imag
            data[i] += wd_real
            data[i + 1] += wd_imag
        for a in range(1, dual):
            tmp_real = w_real - s * w_imag - s2 * w_real
            tmp_imag = w_imag + s * w_real - s2 * w_imag
            w_real, w_imag = tmp_real, tmp_imag
            for b in range(0, n, 2 * dual):
                i, j = 2 * (b + a), 2 * (b + a + dual)
                z1_real, z1_imag = data[j], data[j + 1]
                wd_real = w_real * z1_real - w_imag * z1_imag
                wd_imag = w_real * z1_imag + w_imag * z1_real
                data[j], data[j + 1] = data[i] - wd_real, data[i + 1] - wd_imag
                data[i] += wd_real
                data[i + 1] += wd_imag
        dual *= 2


def fft(n, seed):
    rng = random.Random(seed)
    data = [rng.random() for _ in range(2 * n)]
    orig = data[:]
    fft_transform(data, -1)
    spectrum = sum(abs(x) for x in data)
    fft_transform(data, 1)
    err = max(abs(d / n - o) for d, o in zip(data, orig))
    return round(spectrum, 6), err < 1e-10


def main(scale):
    print("sor", sor(40, 3 * scale))
    print("monte carlo", monte_carlo(20000 * scale, 113))
    print("sparse", sparse_matmult(200, 1000, 10 * scale, 7))
    print("lu", lu(30 * scale, 101))
    print("fft", fft(1 << (7 + scale), 5))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 4)
