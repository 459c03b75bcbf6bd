# Mixed micro-workload (bench/instructions/run --mixed): total instructions, pymem vs CPython.
st = set()
for i in range(50000):
    st.add(i * 3)
c = sum(1 for i in range(50000) if i in st)
