"""Summarises `jfr print --events jdk.ExecutionSample` output: the share of samples per top frame, and per the first
frame of the application (vn.danvan) or of a few libraries of interest on each stack. Bench tool for profile.sh."""
import collections, re, sys

text = open(sys.argv[1]).read()
stacks = [re.findall(r"^\s+([\w$.<>]+)\(", block, re.M) for block in text.split("jdk.ExecutionSample")[1:]]
stacks = [s for s in stacks if s]
top, ours, markers = collections.Counter(), collections.Counter(), collections.Counter()
interesting = {
    "AES-GCM decryption": "com.sun.crypto.provider.GaloisCounterMode",
    "JSON writing (Jackson)": "com.fasterxml.jackson.databind.ser",
    "Hibernate: query/HQL translation": "org.hibernate.query.sqm",
    "Hibernate: loading rows": "org.hibernate.sql.results",
    "Hibernate: flush": "org.hibernate.event.internal.AbstractFlushingEventListener",
    "JDBC driver": "com.mysql.cj",
    "JWT verification": "org.jose4j",
    "contract/validation": "org.hibernate.validator",
}
for s in stacks:
    top[s[0]] += 1
    first = next((f for f in s if f.startswith("vn.danvan")), None)
    if first:
        ours[first] += 1
    for name, prefix in interesting.items():
        if any(f.startswith(prefix) for f in s):
            markers[name] += 1
n = len(stacks)
print(f"{n} samples")
print("stacks containing:")
for k, v in markers.most_common():
    print(f"  {100 * v / n:5.1f} %  {k}")
print("top frames:")
for k, v in top.most_common(12):
    print(f"  {100 * v / n:5.1f} %  {k}")
print("first application frame:")
for k, v in ours.most_common(12):
    print(f"  {100 * v / n:5.1f} %  {k}")
